#include "BackupService.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"
#include "safety/BackupRotation.h"
#include "safety/FileProbe.h"
#include "safety/FileSync.h"
#include "safety/PageCopy.h"
#include "safety/ReadConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTimeZone>

#include <algorithm>
#include <atomic>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::BackupService", text);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

std::atomic<bool>& pageCopyEnabled()
{
    static std::atomic<bool> enabled{true};
    return enabled;
}

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QString BackupService::defaultFolder(const QString& dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupService::folderFor(const QString& dbPath, const QString& folderSetting)
{
    if (folderSetting.trimmed().isEmpty())
        return defaultFolder(dbPath);
    return QDir::cleanPath(QFileInfo(dbPath).absoluteDir().absoluteFilePath(folderSetting.trimmed()));
}

QString BackupService::fileNameFor(const QString& dbPath, const QDateTime& createdAt)
{
    return QStringLiteral("%1-%2.sqlite").arg(QFileInfo(dbPath).completeBaseName(), stamp(createdAt));
}

QString BackupService::newBackupPath(const QString& dbPath, const QString& folder, const QDateTime& createdAt)
{
    const QDir dir(folder);
    QString path = dir.filePath(fileNameFor(dbPath, createdAt));
    // Two backups in the same second get a counter rather than overwriting each other.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2-%3.sqlite").arg(QFileInfo(dbPath).completeBaseName(), stamp(createdAt)).arg(n));
    return path;
}

QList<BackupFile> BackupService::list(const QString& dbPath, const QString& folder)
{
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d{8})T(\\d{6})Z(?:-\\d+)?\\.sqlite$")
                                         .arg(QRegularExpression::escape(QFileInfo(dbPath).completeBaseName())));
    QList<BackupFile> found;
    const QFileInfoList entries = QDir(folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo& info : entries) {
        const auto match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
        const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HHmmss"));
        if (!date.isValid() || !time.isValid())
            continue;
        found << BackupFile{info.absoluteFilePath(), QDateTime(date, time, QTimeZone::utc()), info.size()};
    }
    std::sort(found.begin(), found.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.path < b.path;
    });
    return found;
}

std::optional<BackupFile> BackupService::newestBackup(const QString& dbPath)
{
    const auto files = list(dbPath, defaultFolder(dbPath));
    if (files.isEmpty())
        return std::nullopt;
    return files.last();
}

void BackupService::setPageCopyEnabled(bool enabled)
{
    pageCopyEnabled().store(enabled);
}

Status BackupService::verify(const QString& backupPath, bool thorough)
{
    // Reading a WAL-mode file leaves an empty -wal and a -shm beside it; those this check made are removed.
    const bool hadWal = QFileInfo::exists(FileProbe::walPath(backupPath));
    const bool hadShm = QFileInfo::exists(FileProbe::shmPath(backupPath));
    const auto tidy = qScopeGuard([&] {
        if (!hadWal && QFileInfo(FileProbe::walPath(backupPath)).size() == 0)
            QFile::remove(FileProbe::walPath(backupPath));
        if (!hadShm && !QFileInfo::exists(FileProbe::walPath(backupPath)))
            QFile::remove(FileProbe::shmPath(backupPath));
    });
    // The same header, identity and version checks as opening, then SQLite's full integrity check.
    if (auto inspected = FileProbe::inspect(backupPath); !inspected)
        return inspected;
    if (auto probed = FileProbe::probe(backupPath, false); !probed)
        return probed;
    auto conn = ReadConnection::open(backupPath);
    if (!conn)
        return conn.error();
    Query q(conn.value()->db(), thorough ? QStringLiteral("PRAGMA integrity_check(5)") : QStringLiteral("PRAGMA quick_check(5)"));
    if (!q.exec())
        return makeError(QStringLiteral("damaged"), tr("%1 failed its integrity check: %2").arg(native(backupPath), q.error()));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    if (auto read = endOfRows(q); !read)
        lines << read.error().message;
    if (lines != QStringList{QStringLiteral("ok")})
        return makeError(QStringLiteral("damaged"), tr("%1 failed its integrity check: %2")
                                                        .arg(native(backupPath), lines.join(QStringLiteral("; "))));
    return Ok{};
}

Result<BackupFile> BackupService::createBackup(const QString& dbPath, const QString& rawTarget)
{
    const QString target = QFileInfo(rawTarget).absoluteFilePath();
    if (QFileInfo::exists(target))
        return makeError(QStringLiteral("exists"), tr("%1 already exists; choose another name.").arg(native(target)));
    if (!QFileInfo(dbPath).isFile())
        return makeError(QStringLiteral("missing"), tr("There is no database at %1.").arg(native(dbPath)));
    const QDateTime createdAt = Clock::nowUtc();
    // Written under a temporary name and renamed only once verified: a file with a backup's name is a good one.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial); // a leftover of an interrupted backup of ours
    QString error;
    if (!FileSync::createOwnerOnly(partial, &error))
        return makeError(QStringLiteral("write"), tr("Cannot create %1: %2").arg(native(partial), error));
    auto cleanup = [&](const Error& e) {
        QFile::remove(partial);
        return e;
    };
    {
        auto conn = ReadConnection::open(dbPath);
        if (!conn)
            return cleanup(conn.error());
        // SQLite's backup API copies the pages of one snapshot (about three times faster than VACUUM INTO,
        // which rebuilds every table and index); VACUUM INTO where Qt keeps that API out of reach. Both read
        // one snapshot in a read transaction: consistent even while the app writes.
        const QSqlDatabase source = conn.value()->db();
        if (pageCopyEnabled().load() && PageCopy::available(source)) {
            if (auto copied = PageCopy::copy(source, partial); !copied)
                return cleanup(makeError(QStringLiteral("write"),
                                         tr("The backup to %1 failed: %2").arg(native(target), copied.error().message)));
        } else {
            // VACUUM INTO rebuilds every index of the copy; SQLite's default 2 MB cache makes that reread pages.
            execSql(source, QStringLiteral("PRAGMA cache_size = -32768"), nullptr);
            Query vacuum(source, QStringLiteral("VACUUM INTO ?"));
            vacuum.bind(partial);
            if (!vacuum.exec())
                return cleanup(makeError(QStringLiteral("write"),
                                         tr("The backup to %1 failed: %2").arg(native(target), vacuum.error())));
        }
    }
    // Neither way syncs the copy (journal and syncs are off for it); a backup must survive a power cut.
    if (!FileSync::flush(partial))
        return cleanup(makeError(QStringLiteral("write"), tr("Cannot write %1 to the disk.").arg(native(partial))));
    if (auto verified = verify(partial, false); !verified)
        return cleanup(makeError(QStringLiteral("verify"),
                                 tr("The backup copy did not verify, so it was discarded: %1").arg(verified.error().message)));
    if (!QFile::rename(partial, target))
        return cleanup(makeError(QStringLiteral("write"), tr("Cannot rename the backup to %1.").arg(native(target))));
    FileSync::setOwnerOnly(target);
    FileSync::flushFolder(QFileInfo(target).absolutePath());
    return BackupFile{target, createdAt, QFileInfo(target).size()};
}

Status BackupService::record(Database& db, const BackupFile& backup, const QStringList& removed)
{
    SqlTransaction tx(db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    Query insert(db.connection(), QStringLiteral("INSERT INTO backup_log (path, created_at, size_bytes, verified) "
                                                 "VALUES (?, ?, ?, 1)"));
    insert.bindAll({backup.path, toStoredInstant(backup.createdAt), backup.sizeBytes});
    if (!insert.exec())
        return insert.asError();
    for (const QString& path : removed) {
        Query forget(db.connection(), QStringLiteral("DELETE FROM backup_log WHERE path = ?"));
        forget.bind(path);
        if (!forget.exec())
            return forget.asError();
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

Result<AutoBackupPlan> BackupService::plan(Database& db)
{
    AutoBackupPlan plan;
    plan.dbPath = db.path();
    plan.folder = folderFor(db.path(), db.setting(QStringLiteral("backup_folder")));
    plan.now = Clock::nowUtc();
    // The newest verified backup that still exists: from backup_log (wherever it was written) or the folder.
    Query logged(db.connection(), QStringLiteral("SELECT path, created_at FROM backup_log WHERE verified = 1 "
                                                 "ORDER BY created_at DESC, id DESC"));
    if (!logged.exec())
        return logged.asError();
    while (logged.next()) {
        if (QFileInfo::exists(logged.value(0).toString())) {
            plan.newest = fromStoredInstant(logged.value(1).toString());
            break;
        }
    }
    logged.raw().finish();
    const auto files = list(db.path(), plan.folder);
    if (!files.isEmpty() && (!plan.newest || files.last().createdAt > *plan.newest))
        plan.newest = files.last().createdAt;
    // An empty database has nothing worth a copy yet.
    const bool hasData = scalar(db.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log)")).toBool();
    plan.due = hasData && (!plan.newest || plan.newest->secsTo(plan.now) >= kMaxAgeSeconds);
    return plan;
}

Result<AutoBackupOutcome> BackupService::run(const AutoBackupPlan& plan)
{
    AutoBackupOutcome outcome;
    if (!plan.due)
        return outcome;
    auto made = createBackup(plan.dbPath, newBackupPath(plan.dbPath, plan.folder, plan.now));
    if (!made)
        return made.error(); // nothing rotated: the old copies stay until a new one verified
    outcome.made = true;
    outcome.backup = made.value();

    const auto files = list(plan.dbPath, plan.folder);
    QList<QDateTime> times;
    for (const auto& f : files)
        times << f.createdAt;
    const QList<QDateTime> keep = BackupRotation::keep(times, made.value().createdAt);
    for (const auto& f : files) {
        if (f.path == outcome.backup.path || keep.contains(f.createdAt))
            continue;
        if (QFile::remove(f.path))
            outcome.removed << f.path;
    }
    return outcome;
}

Status BackupService::finish(Database& db, const AutoBackupOutcome& outcome)
{
    if (!outcome.made)
        return Ok{};
    return record(db, outcome.backup, outcome.removed);
}

Result<AutoBackupOutcome> BackupService::automatic(Database& db)
{
    auto planned = plan(db);
    if (!planned)
        return planned.error();
    auto outcome = run(planned.value());
    if (!outcome)
        return outcome.error();
    if (auto recorded = finish(db, outcome.value()); !recorded)
        return recorded.error();
    return outcome;
}

} // namespace rapport
