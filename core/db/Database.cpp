#include "Database.h"

#include "ChangeNotifier.h"
#include "Migrator.h"
#include "Query.h"
#include "safety/DatabaseFileSetup.h"
#include "safety/DatabaseLock.h"
#include "safety/FileProbe.h"
#include "safety/FileSync.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QStandardPaths>

namespace rapport {
namespace {

constexpr qint64 kApplicationId = 1380995668; // 'RPRT'
constexpr int kBusyTimeoutMs = 5000;

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("rapport-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status takeLock(const QString& path, std::unique_ptr<QLockFile>& lock)
{
    lock = std::make_unique<QLockFile>(DatabaseLock::lockPath(path));
    return DatabaseLock::acquire(path, *lock);
}

} // namespace

QString entityName(Entity entity)
{
    switch (entity) {
    case Entity::Customer: return QStringLiteral("customer");
    case Entity::Deal: return QStringLiteral("deal");
    case Entity::Ticket: return QStringLiteral("ticket");
    case Entity::Activity: return QStringLiteral("activity");
    case Entity::Task: return QStringLiteral("task");
    case Entity::Campaign: return QStringLiteral("campaign");
    case Entity::Setting: return QStringLiteral("setting");
    case Entity::Tag: return QStringLiteral("tag");
    case Entity::Stage: return QStringLiteral("stage");
    case Entity::Target: return QStringLiteral("target");
    case Entity::Segment: return QStringLiteral("segment");
    }
    return {};
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("rapport.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString& rawPath, const OpenOptions& options)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    if (QFileInfo(path).isDir())
        return makeError(QStringLiteral("not_sqlite"), tr("%1 is a folder, not a database file.").arg(path));
    const bool exists = QFileInfo::exists(path);
    if (!exists && FileProbe::hasWal(path))
        // A -wal without its file: creating one would destroy the log.
        return FileProbe::withBackupHint(path, FileProbe::inspect(path).error());
    if (!exists && !options.createIfMissing)
        return makeError(QStringLiteral("missing"), tr("There is no database at %1.").arg(path));
    if (exists) {
        // Cheap header checks before anything else, then writability: SQLite would silently open a
        // read-only file read-only and fail at the first save.
        if (auto inspected = FileProbe::inspect(path); !inspected)
            return FileProbe::withBackupHint(path, inspected.error());
        if (!QFileInfo(path).isWritable() || !FileSync::folderWritable(QFileInfo(path).absolutePath()))
            return makeError(QStringLiteral("read_only"),
                             tr("%1 is read-only (or on a read-only disk), so Rapport cannot save changes to it. It was "
                                "not changed. Copy it to a folder you can write to, or allow writing to it.")
                                 .arg(QDir::toNativeSeparators(path)));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_notifier = std::make_unique<ChangeNotifier>();
    if (options.takeLock) {
        // The lock folder must exist before the database file does.
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (auto locked = takeLock(path, db->m_lock); !locked)
            return locked.error();
    }
    if (exists) {
        // Read-only SQLite checks before the read-write open, which may replay a -wal or write pragmas.
        const bool quickCheck = QFileInfo(path).size() <= options.quickCheckMaxBytes;
        Status examined = FileProbe::examine(path, quickCheck);
        if (!examined && examined.error().code == QStringLiteral("needs_recovery")) {
            // A transaction a crash interrupted: SQLite rolls it back, then the file is examined again.
            if (auto recovered = DatabaseFileSetup::recoverHotJournal(path); !recovered)
                return FileProbe::withBackupHint(path, makeError(QStringLiteral("damaged"), recovered.error().message));
            examined = FileProbe::examine(path, quickCheck);
        }
        if (!examined)
            return examined.error();
    } else {
        if (auto created = DatabaseFileSetup::createAtomically(path); !created)
            return created.error();
    }

    db->m_connectionName = nextConnectionName();
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        if (!conn.isValid())
            return makeError(QStringLiteral("driver"), tr("The SQLite driver for Qt (QSQLITE) is not installed."));
        conn.setDatabaseName(path);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!conn.open())
            return makeError(QStringLiteral("open"),
                             tr("Cannot open %1: %2").arg(path, explainSqlError(conn.lastError().text())));
    }
    if (auto configured = db->configure(); !configured)
        return configured.error();
    if (options.migrate) {
        if (auto migrated = Migrator::migrate(db->connection()); !migrated)
            return migrated.error();
    } else if (db->schemaVersion() < Migrator::latestVersion()) {
        return makeError(QStringLiteral("needs_upgrade"), tr("%1 needs to be upgraded before use.").arg(path));
    }
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Status Database::configure()
{
    QSqlDatabase conn = connection();
    // Look before writing anything: a file that is not ours, or is newer than this app, stays untouched.
    Query probe(conn, QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                     "(SELECT user_version FROM pragma_user_version), "
                                     "(SELECT count(*) FROM sqlite_master)"));
    if (!probe.exec() || !probe.next())
        return makeError(QStringLiteral("damaged"),
                         tr("%1 cannot be read as a database: %2 It was not changed.").arg(m_path, probe.error()));
    const qint64 appId = probe.value(0).toLongLong();
    const int version = probe.value(1).toInt();
    const int objects = probe.value(2).toInt();
    probe.raw().finish(); // an open statement would keep a read transaction and block journal_mode=WAL
    if (objects > 0 && appId != kApplicationId)
        return makeError(QStringLiteral("not_rapport"),
                         tr("%1 is an SQLite database, but not a Rapport database. It was not changed.").arg(m_path));
    if (version > Migrator::latestVersion())
        return makeError(QStringLiteral("too_new"),
                         tr("%1 was made by a newer version of Rapport (data version %2; this version reads up to %3). "
                            "It was not changed. Please update Rapport.")
                             .arg(m_path)
                             .arg(version)
                             .arg(Migrator::latestVersion()));

    struct Pragma
    {
        QString set;
        QString read;
        QString expected;
    };
    std::vector<Pragma> pragmas = {
        {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("1")},
        {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA journal_mode"), QStringLiteral("wal")},
        {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA synchronous"), QStringLiteral("2")},
        {QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), QStringLiteral("PRAGMA busy_timeout"),
         QString::number(kBusyTimeoutMs)},
#ifdef Q_OS_MACOS
        {QStringLiteral("PRAGMA fullfsync = ON"), QStringLiteral("PRAGMA fullfsync"), QStringLiteral("1")},
#endif
        {QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA temp_store"), QStringLiteral("2")},
        {QStringLiteral("PRAGMA cache_size = -32768"), QStringLiteral("PRAGMA cache_size"), QStringLiteral("-32768")},
    };
    for (const auto& p : pragmas) {
        QString error;
        // journal_mode=WAL returns a row; run it as a query and read the result back separately.
        QSqlQuery set(conn);
        if (!set.exec(p.set))
            return makeError(QStringLiteral("pragma"),
                             tr("Cannot prepare %1: %2").arg(m_path, explainSqlError(set.lastError().text())));
        const QString actual = scalar(conn, p.read).toString().toLower();
        if (actual != p.expected)
            return makeError(QStringLiteral("pragma"),
                             tr("%1: the setting '%2' is '%3' instead of '%4'.").arg(m_path, p.read, actual, p.expected));
    }
    return Ok{};
}

Database::~Database()
{
    m_notifier.reset();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
            if (conn.isOpen()) {
                // Fold the WAL back in so the single file is complete for copying or other tools.
                QSqlQuery(conn).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                conn.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock)
        m_lock->unlock();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

QString Database::sqliteVersion() const
{
    return scalar(connection(), QStringLiteral("SELECT sqlite_version()")).toString();
}

bool Database::begin(QString* error)
{
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (!execSql(connection(), sql, error))
        return false;
    m_savepointMarks.push_back(m_pending.size());
    ++m_depth;
    return true;
}

bool Database::commit(QString* error)
{
    if (m_depth == 0)
        return false;
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth - 1);
    if (!execSql(connection(), sql, error))
        return false;
    --m_depth;
    m_savepointMarks.pop_back();
    if (m_depth == 0) {
        auto pending = std::move(m_pending);
        m_pending.clear();
        for (const auto& change : pending)
            emit m_notifier->changed(change.entity, change.id, change.kind);
    }
    return true;
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    QString ignored;
    if (m_depth == 1) {
        execSql(connection(), QStringLiteral("ROLLBACK"), &ignored);
    } else {
        execSql(connection(), QStringLiteral("ROLLBACK TO sp%1").arg(m_depth - 1), &ignored);
        execSql(connection(), QStringLiteral("RELEASE sp%1").arg(m_depth - 1), &ignored);
    }
    --m_depth;
    m_pending.resize(m_savepointMarks.back());
    m_savepointMarks.pop_back();
}

void Database::announce(Entity entity, qint64 id, ChangeKind kind)
{
    if (m_depth == 0)
        emit m_notifier->changed(entity, id, kind);
    else
        m_pending.push_back({entity, id, kind});
}

QString Database::setting(const QString& key, const QString& fallback) const
{
    const QVariant v = scalar(connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

} // namespace rapport

#include "safety/AuditLog.h"
#include "db/SqlTransaction.h"

namespace rapport {

Status Database::setSetting(const QString& key, const QString& value)
{
    SqlTransaction tx(*this);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    const QVariant old = scalar(connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (old.isValid() && old.toString() == value)
        return Ok{};
    Query q(connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindAll({key, value});
    if (!q.exec())
        return q.asError();
    // Settings have no numeric id: the entry carries the key inside its before/after images.
    QVariantMap before;
    if (old.isValid())
        before.insert(key, old);
    AuditLog log(*this);
    if (auto logged = log.append(entityName(Entity::Setting), 0, old.isValid() ? QStringLiteral("update")
                                                                                : QStringLiteral("insert"),
                                 before, {{key, value}});
        !logged)
        return logged;
    announce(Entity::Setting, 0, ChangeKind::Updated);
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

} // namespace rapport
