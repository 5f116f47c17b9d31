#include "RestoreService.h"

#include "Clock.h"
#include "safety/BackupService.h"
#include "safety/DatabaseFileSetup.h"
#include "safety/DatabaseLock.h"
#include "safety/FileSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <vector>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::RestoreService", text);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Copies in chunks into an owner-only file and syncs it; a full disk leaves no half copy behind.
Status copyPrivately(const QString& from, const QString& to)
{
    QString error;
    if (!FileSync::createOwnerOnly(to, &error))
        return makeError(
            QStringLiteral("write"),
            QCoreApplication::translate("rapport::RestoreService", "Cannot create %1: %2").arg(native(to), error));
    QFile in(from);
    QFile out(to);
    bool ok = in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    while (ok && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        ok = !chunk.isEmpty() && out.write(chunk) == chunk.size();
    }
    ok = ok && out.flush();
    const QString reason = out.error() != QFileDevice::NoError ? out.errorString() : in.errorString();
    out.close();
    if (!ok || !FileSync::flush(to)) {
        QFile::remove(to);
        return makeError(QStringLiteral("write"),
                         QCoreApplication::translate("rapport::RestoreService", "Cannot copy the backup to %1: %2")
                             .arg(native(to), reason));
    }
    return Ok{};
}

} // namespace

Result<RestoreOutcome> RestoreService::restore(const QString& rawBackup, const QString& rawDb)
{
    const QString backup = QFileInfo(rawBackup).absoluteFilePath();
    const QString dbPath = QFileInfo(rawDb).absoluteFilePath();
    if (!QFileInfo(backup).isFile())
        return makeError(QStringLiteral("missing"), tr("There is no backup at %1.").arg(native(backup)));
    if (QFileInfo(backup) == QFileInfo(dbPath))
        return makeError(QStringLiteral("usage"), tr("%1 is the database itself, not a backup of it.").arg(native(backup)));
    if (auto verified = BackupService::verify(backup); !verified)
        return makeError(QStringLiteral("verify"),
                         tr("The backup did not verify, so nothing was changed: %1").arg(verified.error().message));

    QDir().mkpath(QFileInfo(dbPath).absolutePath());
    // The same lock Database::open takes, so a running Rapport keeps its file.
    QLockFile lock(DatabaseLock::lockPath(dbPath));
    if (auto locked = DatabaseLock::acquire(dbPath, lock); !locked)
        return makeError(locked.error().code, locked.error().message + tr(" Nothing was changed."));

    // Copy first: if the disk is full, the current file has not been touched yet.
    const QString incoming = dbPath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (auto copied = copyPrivately(backup, incoming); !copied)
        return copied.error();
    if (auto verified = BackupService::verify(incoming, false); !verified) {
        QFile::remove(incoming);
        return makeError(QStringLiteral("verify"),
                         tr("The copy of the backup did not verify, so nothing was changed: %1").arg(verified.error().message));
    }

    // Backups are rollback-journal files; switching the copy to WAL now means its first open writes nothing.
    if (auto wal = DatabaseFileSetup::useWal(incoming); !wal || !FileSync::flush(incoming)) {
        QFile::remove(incoming);
        return makeError(QStringLiteral("write"), tr("Cannot prepare the copy of the backup, so nothing was changed: %1")
                                                      .arg(wal ? QString() : wal.error().message));
    }

    RestoreOutcome outcome;
    outcome.restoredFrom = backup;
    // The current file and its -wal/-shm move aside together, so the old state can still be opened.
    std::vector<std::pair<QString, QString>> moved;
    auto undo = [&]() {
        for (auto it = moved.rbegin(); it != moved.rend(); ++it)
            QFile::rename(it->second, it->first);
    };
    if (QFileInfo::exists(dbPath)) {
        const QString aside = dbPath + QStringLiteral(".before-restore-") +
                              Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            const QString from = dbPath + suffix;
            if (!QFileInfo::exists(from))
                continue;
            const QString to = aside + suffix;
            if (QFileInfo::exists(to) || !QFile::rename(from, to)) {
                undo();
                QFile::remove(incoming);
                return makeError(QStringLiteral("write"),
                                 tr("Cannot move %1 aside to %2, so nothing was changed.").arg(native(from), native(to)));
            }
            moved.emplace_back(from, to);
        }
        outcome.movedAside = aside;
    }
    if (!QFile::rename(incoming, dbPath)) {
        undo();
        QFile::remove(incoming);
        return makeError(QStringLiteral("write"), tr("Cannot put the backup in place at %1; the previous file was "
                                                     "put back.").arg(native(dbPath)));
    }
    FileSync::flushFolder(QFileInfo(dbPath).absolutePath());
    return outcome;
}

} // namespace rapport
