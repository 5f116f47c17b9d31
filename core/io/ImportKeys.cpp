#include "ImportKeys.h"

#include "db/Database.h"

namespace rapport {

ImportKeys::~ImportKeys() = default;

// Changing temp_store drops existing temporary tables; only import keys live there, and only during an import.
ImportKeys::OnDisk::OnDisk(Database& db) : m_db(db)
{
    if (db.transactionDepth() > 0)
        return; // inside a caller's transaction the setting cannot change; memory it is
    m_previous = scalar(db.connection(), QStringLiteral("PRAGMA temp_store")).toString();
    execSql(db.connection(), QStringLiteral("PRAGMA temp_store = FILE"), nullptr);
}

ImportKeys::OnDisk::~OnDisk()
{
    if (!m_previous.isEmpty())
        execSql(m_db.connection(), QStringLiteral("PRAGMA temp_store = %1").arg(m_previous.toInt()), nullptr);
}

Status ImportKeys::create()
{
    QString error;
    if (!execSql(m_db.connection(),
                 QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_keys (key TEXT PRIMARY KEY, id INTEGER NOT NULL) "
                                "WITHOUT ROWID"),
                 &error) ||
        !execSql(m_db.connection(), QStringLiteral("DELETE FROM temp.import_keys"), &error))
        return makeError(QStringLiteral("sql"), error);
    m_insert = std::make_unique<Query>(m_db.connection(),
                                       QStringLiteral("INSERT OR IGNORE INTO temp.import_keys (key, id) VALUES (?, ?)"));
    m_insertUnique = std::make_unique<Query>(
        m_db.connection(), QStringLiteral("INSERT INTO temp.import_keys (key, id) VALUES (?, ?) ON CONFLICT(key) "
                                          "DO UPDATE SET id = -1 WHERE id <> excluded.id"));
    m_find = std::make_unique<Query>(m_db.connection(), QStringLiteral("SELECT id FROM temp.import_keys WHERE key = ?"));
    return Ok{};
}

Status ImportKeys::add(const QString& key, qint64 id)
{
    m_insert->bindAll({key, id});
    if (!m_insert->exec())
        return m_insert->asError();
    return Ok{};
}

Status ImportKeys::addUnique(const QString& key, qint64 id)
{
    m_insertUnique->bindAll({key, id});
    if (!m_insertUnique->exec())
        return m_insertUnique->asError();
    return Ok{};
}

Result<qint64> ImportKeys::find(const QString& key)
{
    m_find->bind(key);
    if (!m_find->exec())
        return m_find->asError();
    const qint64 id = m_find->next() ? m_find->value(0).toLongLong() : 0;
    m_find->raw().finish();
    return id;
}

void ImportKeys::drop()
{
    m_insert.reset();
    m_find.reset();
    m_insertUnique.reset();
    execSql(m_db.connection(), QStringLiteral("DROP TABLE IF EXISTS temp.import_keys"), nullptr);
}

} // namespace rapport
