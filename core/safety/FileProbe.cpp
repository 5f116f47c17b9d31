#include "FileProbe.h"

#include "db/Migrator.h"
#include "db/Query.h"
#include "safety/BackupService.h"
#include "safety/DatabaseFileSetup.h"
#include "safety/ReadConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rapport {
namespace {

constexpr qint64 kApplicationId = 1380995668; // 'RPRT', set by migration 0001

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::FileProbe", text);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

quint32 be32(const QByteArray& b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8) |
           quint32(quint8(b[at + 3]));
}

Error damaged(const QString& path, const QString& reason)
{
    return makeError(QStringLiteral("damaged"),
                     QCoreApplication::translate("rapport::FileProbe", "%1 is damaged: %2. It was not changed.")
                         .arg(native(path), reason));
}

Error orphanWal(const QString& path, const QString& reason)
{
    return makeError(QStringLiteral("orphan_wal"),
                     QCoreApplication::translate(
                         "rapport::FileProbe",
                         "%1 cannot be opened safely: %2. Opening it would apply that log to the wrong file, so "
                         "neither file was changed.")
                         .arg(native(path), reason));
}

// The -wal must be a write-ahead log for a database with this page size.
Status inspectWal(const QString& path, int pageSize)
{
    QFile wal(FileProbe::walPath(path));
    if (!wal.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("unreadable"),
                         QCoreApplication::translate("rapport::FileProbe", "Cannot read %1: %2")
                             .arg(native(wal.fileName()), wal.errorString()));
    const QByteArray header = wal.read(32);
    if (header.size() < 32)
        return orphanWal(path, QCoreApplication::translate("rapport::FileProbe",
                                                           "the write-ahead log beside it (-wal) is cut short"));
    const quint32 magic = be32(header, 0);
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return orphanWal(path, QCoreApplication::translate("rapport::FileProbe",
                                                           "the file beside it named -wal is not a write-ahead log"));
    if (be32(header, 8) != quint32(pageSize))
        return orphanWal(
            path, QCoreApplication::translate("rapport::FileProbe",
                                              "the write-ahead log beside it (-wal) belongs to another database"));
    return Ok{};
}

// A -wal holding a complete other database passes every structural check. The audit log only ever grows
// and its entries never change, so the newest entry in the main file alone must read the same through the log.
Status walBelongs(const QString& path, const QSqlDatabase& withWal)
{
    auto mainOnly = ReadConnection::open(path, true);
    if (!mainOnly)
        return Ok{}; // cannot tell; the other checks still apply
    Query last(mainOnly.value()->db(), QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last.exec() || !last.next())
        return Ok{}; // an empty log, or a main file mid-checkpoint: nothing to compare
    const qint64 id = last.value(0).toLongLong();
    const QString hash = last.value(1).toString();
    const QVariant throughLog = scalar(withWal, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {id});
    if (throughLog.toString() != hash)
        return orphanWal(
            path, QCoreApplication::translate("rapport::FileProbe",
                                              "the write-ahead log beside it (-wal) belongs to another database"));
    return Ok{};
}

} // namespace

bool FileProbe::hasWal(const QString& path)
{
    const QFileInfo wal(walPath(path));
    return wal.exists() && wal.size() > 0;
}

Status FileProbe::inspect(const QString& path)
{
    const QFileInfo info(path);
    const bool wal = hasWal(path);
    if (!info.exists()) {
        if (wal)
            return orphanWal(path, tr("there is a write-ahead log (-wal) but no database file"));
        return makeError(QStringLiteral("missing"), tr("There is no database at %1.").arg(native(path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("unreadable"), tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    const qint64 size = file.size();
    if (size == 0) {
        if (wal)
            return orphanWal(path, tr("the file is empty but has a write-ahead log (-wal) beside it"));
        return makeError(QStringLiteral("empty"),
                         tr("%1 is empty (0 bytes), so it holds no data. It was not changed.").arg(native(path)));
    }
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return makeError(QStringLiteral("not_sqlite"),
                         tr("%1 is not a Rapport database (it is not an SQLite file). It was not changed.").arg(native(path)));
    if (header.size() < 100)
        return damaged(path, tr("the file is truncated inside its header"));
    int pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return damaged(path, tr("its header is damaged (page size %1)").arg(pageSize));
    const int writeVersion = quint8(header[18]);
    const int readVersion = quint8(header[19]);
    if (writeVersion < 1 || writeVersion > 2 || readVersion < 1 || readVersion > 2 || quint8(header[21]) != 64 ||
        quint8(header[22]) != 32 || quint8(header[23]) != 32)
        return damaged(path, tr("its header is damaged"));
    if (size % pageSize != 0)
        return damaged(path, tr("the file is truncated (%1 bytes is not a whole number of %2-byte pages)").arg(size).arg(pageSize));
    // The page count in the header is valid when its version stamp matches the change counter. With a -wal the
    // log may hold the newest pages, so only a file without one can be measured against it.
    const quint32 headerPages = be32(header, 28);
    if (!wal && headerPages > 0 && be32(header, 24) == be32(header, 92) && size < qint64(headerPages) * pageSize)
        return damaged(path, tr("the file is truncated (it has %1 of its %2 pages)").arg(size / pageSize).arg(headerPages));
    if (wal) {
        if (writeVersion != 2 || readVersion != 2)
            return orphanWal(path, tr("a write-ahead log (-wal) lies beside it, but the file does not use one"));
        if (auto ok = inspectWal(path, pageSize); !ok)
            return ok;
    }
    return Ok{};
}

namespace {

// A read-only connection to a file in WAL mode creates an empty -wal and a -shm when there are none, and
// cannot remove them when it closes. It runs under the database's lock. Files it made are removed again (declared before the connection, so
// this runs after it closed): a file Rapport looked at and refused is left exactly as it was found.
class NoTraceBeside
{
public:
    explicit NoTraceBeside(const QString& path)
        : m_wal(FileProbe::walPath(path)), m_shm(FileProbe::shmPath(path)), m_hadWal(QFileInfo::exists(m_wal)),
          m_hadShm(QFileInfo::exists(m_shm))
    {
    }
    ~NoTraceBeside()
    {
        if (!m_hadWal && QFileInfo(m_wal).size() == 0)
            QFile::remove(m_wal);
        // Without a -shm before, nobody had the file open (every WAL connection keeps one).
        if (!m_hadShm)
            QFile::remove(m_shm);
    }
    NoTraceBeside(const NoTraceBeside&) = delete;
    NoTraceBeside& operator=(const NoTraceBeside&) = delete;

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

} // namespace

Status FileProbe::probe(const QString& path, bool quickCheck)
{
    const NoTraceBeside noTrace(path);
    auto conn = ReadConnection::open(path);
    if (!conn)
        return damaged(path, conn.error().message);
    const QSqlDatabase db = conn.value()->db();
    Query q(db, QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                               "(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master), "
                               "(SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                               "AND name IN ('settings', 'customers', 'audit_log'))"));
    if (!q.exec() || !q.next()) {
        // A hot -journal needs a read-write connection to roll back; that is recovery, not damage.
        if (DatabaseFileSetup::hasHotJournal(path))
            return makeError(QStringLiteral("needs_recovery"),
                             tr("%1 has an interrupted change to roll back first.").arg(native(path)));
        return damaged(path, tr("it cannot be read as a database (%1)").arg(q.error()));
    }
    const qint64 appId = q.value(0).toLongLong();
    const int version = q.value(1).toInt();
    const int objects = q.value(2).toInt();
    const int coreTables = q.value(3).toInt();
    q.raw().finish();
    if ((objects > 0 || appId != 0) && appId != kApplicationId)
        return makeError(QStringLiteral("not_rapport"),
                         tr("%1 is an SQLite database, but not a Rapport database. It was not changed.").arg(native(path)));
    if (version > Migrator::latestVersion())
        return makeError(QStringLiteral("too_new"),
                         tr("%1 was made by a newer version of Rapport (data version %2; this version reads up to %3). "
                            "It was not changed. Please update Rapport.")
                             .arg(native(path))
                             .arg(version)
                             .arg(Migrator::latestVersion()));
    if (appId == kApplicationId && (version < 1 || coreTables != 3))
        return damaged(path, tr("its tables do not match its data version %1").arg(version));
    if (hasWal(path)) {
        if (auto same = walBelongs(path, db); !same)
            return same;
    }
    if (quickCheck) {
        Query check(db, QStringLiteral("PRAGMA quick_check(5)"));
        // A page too damaged to read stops the check itself (SQLite's "malformed" error).
        const QString unreadable = tr("some of its pages cannot be read");
        if (!check.exec())
            return damaged(path, unreadable);
        QStringList problems;
        while (check.next())
            problems << check.value(0).toString();
        if (auto read = endOfRows(check); !read)
            return damaged(path, unreadable);
        if (problems != QStringList{QStringLiteral("ok")})
            return damaged(path, tr("SQLite's quick check failed (%1)")
                                     .arg(problems.isEmpty() ? check.error() : problems.join(QStringLiteral("; "))));
    }
    return Ok{};
}

Status FileProbe::examine(const QString& path, bool quickCheck)
{
    Status result = inspect(path);
    if (result)
        result = probe(path, quickCheck);
    if (result)
        return result;
    return withBackupHint(path, result.error());
}

Error FileProbe::withBackupHint(const QString& path, const Error& error)
{
    // A foreign or newer file is not damaged: no restore advice for those.
    const QString& code = error.code;
    if (code == QStringLiteral("not_rapport") || code == QStringLiteral("too_new") || code == QStringLiteral("missing"))
        return error;
    if (code != QStringLiteral("damaged") && code != QStringLiteral("orphan_wal") && !BackupService::newestBackup(path))
        return error;
    return makeError(code, error.message + backupHint(path));
}

QString FileProbe::backupHint(const QString& path)
{
    const auto newest = BackupService::newestBackup(path);
    if (!newest)
        return tr(" No backup was found in %1.").arg(native(BackupService::defaultFolder(path)));
    return tr(" The newest verified backup is %1 (made %2 UTC); restore it to go back to that point.")
        .arg(native(newest->path), newest->createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace rapport
