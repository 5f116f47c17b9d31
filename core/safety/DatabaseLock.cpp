#include "DatabaseLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::DatabaseLock", text);
}

// QLockFile writes its owner's details right after creating the file; a file still without them after a
// few seconds was left by a process killed in between, and would otherwise block the database forever.
constexpr qint64 kUnfilledLockSeconds = 3;

} // namespace

Status DatabaseLock::acquire(const QString& dbPath, QLockFile& lock)
{
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return Ok{};
    qint64 pid = 0;
    QString host;
    QString app;
    // An empty lock file is either being filled this moment or was left by a process killed in between:
    // wait until it is filled (a live owner, refused below) or old enough to be a crash's, then recover it.
    const QFileInfo info(lockPath(dbPath));
    while (lock.error() == QLockFile::LockFailedError && !lock.getLockInfo(&pid, &host, &app) &&
           QFileInfo::exists(info.absoluteFilePath())) {
        const QDateTime modified = QFileInfo(info.absoluteFilePath()).lastModified();
        if (modified.secsTo(QDateTime::currentDateTime()) > kUnfilledLockSeconds) {
            if (lock.removeStaleLockFile() && lock.tryLock(0))
                return Ok{};
            break;
        }
        if (lock.tryLock(100))
            return Ok{};
    }
    if (!QFileInfo::exists(info.absoluteFilePath()) && lock.tryLock(0))
        return Ok{};
    if (lock.error() == QLockFile::LockFailedError && lock.getLockInfo(&pid, &host, &app)) {
        return makeError(QStringLiteral("in_use"),
                         tr("The database %1 is in use by %2 on %3 (process %4). Close it there first.")
                             .arg(QDir::toNativeSeparators(dbPath), app.isEmpty() ? tr("another program") : app, host)
                             .arg(pid));
    }
    return makeError(QStringLiteral("in_use"),
                     tr("The database %1 is in use by another program, or its folder cannot be written.")
                         .arg(QDir::toNativeSeparators(dbPath)));
}

} // namespace rapport
