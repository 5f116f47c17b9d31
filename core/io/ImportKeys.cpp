#include "ImportKeys.h"

#include "db/Database.h"

#include <QHash>

namespace rapport {
namespace {

constexpr quint64 kFilterBits = quint64(1) << 26; // 8 MiB: under 1 % false hits up to about 5 million keys
constexpr int kFilterProbes = 4;

} // namespace

ImportKeys::~ImportKeys() = default;

void ImportKeys::remember(const QString& key)
{
    const quint64 h1 = qHash(key, 0x9e3779b9u);
    const quint64 h2 = qHash(key, 0x85ebca6bu) | 1;
    for (int i = 0; i < kFilterProbes; ++i) {
        const quint64 bit = (h1 + quint64(i) * h2) % kFilterBits;
        m_seen[bit / 64] |= quint64(1) << (bit % 64);
    }
}

bool ImportKeys::mayHave(const QString& key) const
{
    const quint64 h1 = qHash(key, 0x9e3779b9u);
    const quint64 h2 = qHash(key, 0x85ebca6bu) | 1;
    for (int i = 0; i < kFilterProbes; ++i) {
        const quint64 bit = (h1 + quint64(i) * h2) % kFilterBits;
        if (!(m_seen[bit / 64] & (quint64(1) << (bit % 64))))
            return false;
    }
    return true;
}

// Changing temp_store drops existing temporary tables; only import keys live there, and only during an import.
ImportKeys::OnDisk::OnDisk(Database& db) : m_db(db)
{
    if (db.transactionDepth() > 0)
        return; // inside a caller's transaction the setting cannot change; memory it is
    m_previous = scalar(db.connection(), QStringLiteral("PRAGMA temp_store")).toString();
    execSql(db.connection(), QStringLiteral("PRAGMA temp_store = FILE"), nullptr);
    // The temporary file's own page cache (2 MB by default) would send most key inserts to the disk; 8 MB
    // keeps the hot part of the key index in memory and is still a small fixed bound.
    m_previousCache = scalar(db.connection(), QStringLiteral("PRAGMA temp.cache_size")).toString();
    execSql(db.connection(), QStringLiteral("PRAGMA temp.cache_size = -8192"), nullptr);
}

ImportKeys::OnDisk::~OnDisk()
{
    if (!m_previous.isEmpty())
        execSql(m_db.connection(), QStringLiteral("PRAGMA temp_store = %1").arg(m_previous.toInt()), nullptr);
    if (!m_previousCache.isEmpty())
        execSql(m_db.connection(), QStringLiteral("PRAGMA temp.cache_size = %1").arg(m_previousCache.toInt()), nullptr);
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
    m_insert = std::make_unique<DirectStatement>(m_db.connection(),
                                       QStringLiteral("INSERT OR IGNORE INTO temp.import_keys (key, id) VALUES (?, ?)"));
    m_insertUnique = std::make_unique<DirectStatement>(
        m_db.connection(), QStringLiteral("INSERT INTO temp.import_keys (key, id) VALUES (?, ?) ON CONFLICT(key) "
                                          "DO UPDATE SET id = -1 WHERE id <> excluded.id"));
    m_find = std::make_unique<DirectStatement>(m_db.connection(), QStringLiteral("SELECT id FROM temp.import_keys WHERE key = ?"));
    m_seen.assign(kFilterBits / 64, 0);
    return Ok{};
}

Status ImportKeys::add(const QString& key, qint64 id)
{
    m_insert->bindText(key).bindInt(id);
    if (!m_insert->exec())
        return m_insert->asError();
    remember(key);
    return Ok{};
}

Status ImportKeys::addUnique(const QString& key, qint64 id)
{
    m_insertUnique->bindText(key).bindInt(id);
    if (!m_insertUnique->exec())
        return m_insertUnique->asError();
    remember(key);
    return Ok{};
}

Result<qint64> ImportKeys::find(const QString& key)
{
    if (!mayHave(key))
        return qint64(0);
    m_find->bindText(key);
    if (!m_find->exec())
        return m_find->asError();
    return m_find->hasRow() ? m_find->firstInt() : qint64(0);
}

void ImportKeys::drop()
{
    m_insert.reset();
    m_find.reset();
    m_insertUnique.reset();
    m_seen = {};
    execSql(m_db.connection(), QStringLiteral("DROP TABLE IF EXISTS temp.import_keys"), nullptr);
}

} // namespace rapport
