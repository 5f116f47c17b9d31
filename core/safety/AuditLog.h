#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QVariantMap>

#include <memory>

namespace rapport {

class Database;
class DirectStatement;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString entity;
    qint64 entityId = 0;
    QString action; // insert, update, archive, unarchive, delete
    QString changesJson; // {"field": [before, after], ...}
    QString rowHash;
    QString prevHash;
    QString hash;
};

// Appends entries to the chain, remembering its tail between calls. Valid only while its caller holds the
// write transaction (nobody else can append then); bulk writers keep one for the whole transaction.
class AuditTail
{
public:
    explicit AuditTail(Database& db);
    ~AuditTail();
    Status append(const QString& entity, qint64 entityId, const QString& action, const QVariantMap& before,
                  const QVariantMap& after);
    // Someone else (RecordStore) appended meanwhile: read the tail again before the next append.
    void forget() { m_loaded = false; }

private:
    Status load();

    Database& m_db;
    bool m_loaded = false;
    qint64 m_lastId = 0;
    QString m_lastHash;
    QDateTime m_at;     // the last entry's time ...
    QString m_storedAt; // ... and its stored text
    std::unique_ptr<DirectStatement> m_insert; // prepared once, reused for every entry
};

// The append-only, hash-chained change history. Writers call append() inside the transaction that
// made the change, so a change and its history commit or roll back together.
class AuditLog
{
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    Status append(const QString& entity, qint64 entityId, const QString& action, const QVariantMap& before,
                  const QVariantMap& after);
    Result<QList<AuditEntry>> history(const QString& entity, qint64 entityId) const;

    // SHA-256 (hex) of a record's full content, in a canonical form independent of column order and types.
    static QString rowHash(const QVariantMap& row);
    // SHA-256 (hex) of one entry's content chained to the previous entry's hash.
    static QString entryHash(const AuditEntry& entry);
    // The same, with entry.at already in its stored form (bulk writers format it once a second, not per entry).
    static QString entryHash(const AuditEntry& entry, const QString& storedAt);
    // {"field": [before, after]} for the fields that differ; every non-null field for an insert or delete.
    static QString changesJson(const QVariantMap& before, const QVariantMap& after);
    // The canonical text of one stored value: null stays null, everything else is its text.
    static QJsonValue canonicalValue(const QVariant& value);

private:
    Database& m_db;
};

} // namespace rapport
