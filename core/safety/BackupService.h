#pragma once

#include "Result.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace rapport {

class Database;

struct BackupFile
{
    QString path;
    QDateTime createdAt; // UTC
    qint64 sizeBytes = 0;
};

// What an automatic backup will do, decided on the database's thread.
struct AutoBackupPlan
{
    QString dbPath;
    QString folder;
    std::optional<QDateTime> newest; // newest verified backup, if any
    QDateTime now;
    bool due = false;
};

struct AutoBackupOutcome
{
    bool made = false;
    BackupFile backup;
    QStringList removed; // older backups rotated away after the new one verified
};

// Consistent, verified, owner-only copies of a database (VACUUM INTO through a private read-only
// connection, so the app keeps working meanwhile), and the automatic daily backups with rotation.
class BackupService
{
public:
    static constexpr qint64 kMaxAgeSeconds = 24 * 60 * 60;

    // backups/ beside the database.
    static QString defaultFolder(const QString& dbPath);
    // The backup_folder setting (relative to the database's folder) or defaultFolder().
    static QString folderFor(const QString& dbPath, const QString& folderSetting);
    // "<name>-YYYYMMDDTHHMMSSZ.sqlite" for a database named <name>.sqlite.
    static QString fileNameFor(const QString& dbPath, const QDateTime& createdAt);
    // A path in folder for a backup made at createdAt that does not exist yet.
    static QString newBackupPath(const QString& dbPath, const QString& folder, const QDateTime& createdAt);
    // This database's backups in folder, oldest first, dated by their names. A copy gets its final name only
    // after it verified, so every file listed here is a verified backup.
    static QList<BackupFile> list(const QString& dbPath, const QString& folder);
    // The newest backup in the default folder (used when the database itself cannot be read).
    static std::optional<BackupFile> newestBackup(const QString& dbPath);

    // Copies the database at dbPath to target (which must not exist), verifies the copy and makes it
    // owner-only. Any thread: it opens its own read-only connection. The copy is made with SQLite's backup
    // API where Qt's SQLite exposes it (PageCopy), else with VACUUM INTO.
    static Result<BackupFile> createBackup(const QString& dbPath, const QString& target);
    // Tests turn the page copy off to exercise VACUUM INTO.
    static void setPageCopyEnabled(bool enabled);
    // The copy is an SQLite file of Rapport, not newer than this app, and passes SQLite's integrity check:
    // PRAGMA integrity_check when `thorough` (restore), else PRAGMA quick_check. A fresh VACUUM INTO copy gets
    // the quick one: it reads every page and checks every b-tree, which catches a copy that was written badly,
    // while the index-against-row comparison integrity_check adds cannot fail on indexes VACUUM just rebuilt
    // from those rows, and would double the time of a backup of a large file.
    static Status verify(const QString& backupPath, bool thorough = true);
    // Notes a verified backup (and forgets rotated ones) in backup_log; on the database's thread.
    static Status record(Database& db, const BackupFile& backup, const QStringList& removed = {});

    // Automatic backups run in three steps so the copy stays off the GUI thread:
    // plan() on the database's thread, run() on a worker thread, finish() back on the database's thread.
    static Result<AutoBackupPlan> plan(Database& db);
    static Result<AutoBackupOutcome> run(const AutoBackupPlan& plan);
    static Status finish(Database& db, const AutoBackupOutcome& outcome);
    // All three on the calling thread (the CLI, tests).
    static Result<AutoBackupOutcome> automatic(Database& db);
};

} // namespace rapport
