#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

class QLockFile;

namespace rapport {

class ChangeNotifier;
enum class Entity;
enum class ChangeKind;

struct OpenOptions
{
    bool createIfMissing = true;
    // Take the single-writer lock (QLockFile beside the database). Read-only inspection may skip it.
    bool takeLock = true;
    // Apply pending migrations. When false a database that needs migrating is refused.
    bool migrate = true;
    // An existing file is always examined read-only before it is opened for writing (FileProbe). Files up
    // to this size also get PRAGMA quick_check there (about 0.3 s per 100 MB); larger ones skip it at open
    // so startup stays quick, and the app runs FileProbe::probe(path, true) on a worker afterwards.
    qint64 quickCheckMaxBytes = 128 * 1024 * 1024;
};

// One open Rapport database file: a named connection with verified pragmas, the single-writer lock,
// and the change notifier. Not copyable; the connection belongs to the thread that opened it.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});
    // The default location: AppDataLocation/rapport.sqlite.
    static QString defaultPath();

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    // The version of the SQLite library behind the Qt driver (for the About box and bug reports).
    QString sqliteVersion() const;
    ChangeNotifier* notifier() const { return m_notifier.get(); }

    // Transactions nest as savepoints; changes are announced when the outermost one commits.
    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();
    int transactionDepth() const { return m_depth; }
    void announce(Entity entity, qint64 id, ChangeKind kind);

    // Settings stored in the database file (business name, currency, SLA rules, ...).
    QString setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);

private:
    Database() = default;
    Status configure();

    struct PendingChange
    {
        Entity entity;
        qint64 id;
        ChangeKind kind;
    };

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::vector<PendingChange> m_pending;
    std::vector<size_t> m_savepointMarks;
    int m_depth = 0;
};

} // namespace rapport
