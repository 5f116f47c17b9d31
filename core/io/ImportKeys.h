#pragma once

#include "Result.h"
#include "db/DirectStatement.h"

#include <memory>
#include <vector>

namespace rapport {

class Database;

// Match keys ("e:ann@example.com", "p…:+8613800138000", ...) -> record id for one import, in a temporary
// table: lookups stay indexed and memory stays flat however large the file. Create it inside the import's
// transaction so a rollback takes it away too; drop() after a commit.
class ImportKeys
{
public:
    explicit ImportKeys(Database& db) : m_db(db) {}
    ~ImportKeys();

    // The connection keeps temporary tables in memory (temp_store = MEMORY); for an import's keys that
    // would grow with the file. While one of these lives (create it before the transaction), temporary
    // tables go to a temporary file, read through a bounded cache, so memory stays flat.
    class OnDisk
    {
    public:
        explicit OnDisk(Database& db);
        ~OnDisk();
        OnDisk(const OnDisk&) = delete;
        OnDisk& operator=(const OnDisk&) = delete;

    private:
        Database& m_db;
        QString m_previous;
        QString m_previousCache;
    };

    Status create();
    // The first id given for a key stays.
    Status add(const QString& key, qint64 id);
    // Like add(), but a key given to two different ids is marked ambiguous: find() then returns -1.
    Status addUnique(const QString& key, qint64 id);
    // 0 when the key is unknown.
    Result<qint64> find(const QString& key);
    void drop();

private:
    // Most keys of an import are new: a fixed-size Bloom filter answers "certainly unknown" without asking
    // the table, and its size does not grow with the file.
    void remember(const QString& key);
    bool mayHave(const QString& key) const;

    Database& m_db;
    std::vector<quint64> m_seen;
    std::unique_ptr<DirectStatement> m_insert;
    std::unique_ptr<DirectStatement> m_find;
    std::unique_ptr<DirectStatement> m_insertUnique;
};

} // namespace rapport
