#include "Command.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "safety/BackupService.h"
#include "safety/ReadConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace rapport::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli::backup", text);
}

// The backup_folder setting, read without the lock (the database may be open in Rapport).
QString folderSetting(const QString& dbPath)
{
    auto conn = ReadConnection::open(dbPath);
    if (!conn)
        return {};
    return scalar(conn.value()->db(), QStringLiteral("SELECT value FROM settings WHERE key = 'backup_folder'")).toString();
}

int runBackup(Context& ctx)
{
    const QString to = ctx.takeOption(QStringLiteral("--to"));
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("backup [--to PATH] [--json]"));
    const QString dbPath = QFileInfo(ctx.dbPath).absoluteFilePath();
    QElapsedTimer timer;
    timer.start();

    // Open normally to check the file and to record the backup. If Rapport has it open, the copy is still
    // made (VACUUM INTO reads a consistent snapshot), but only the owner of the lock writes backup_log.
    OpenOptions options;
    options.createIfMissing = false;
    std::unique_ptr<Database> db;
    auto opened = Database::open(dbPath, options);
    if (opened)
        db = opened.take();
    else if (opened.error().code != QStringLiteral("in_use"))
        return ctx.fail(opened.error().message);

    QString target;
    const QDateTime now = Clock::nowUtc();
    if (to.isEmpty()) {
        const QString folder = BackupService::folderFor(
            dbPath, db ? db->setting(QStringLiteral("backup_folder")) : folderSetting(dbPath));
        target = BackupService::newBackupPath(dbPath, folder, now);
    } else if (QFileInfo(to).isDir()) {
        target = BackupService::newBackupPath(dbPath, to, now);
    } else {
        target = to;
    }
    auto made = BackupService::createBackup(dbPath, target);
    if (!made)
        return ctx.fail(made.error().message);
    bool recorded = false;
    if (db) {
        if (auto logged = BackupService::record(*db, made.value()); !logged)
            ctx.err << tr("The backup was made, but could not be noted in the database: %1").arg(logged.error().message)
                    << Qt::endl;
        else
            recorded = true;
    }
    const double seconds = timer.elapsed() / 1000.0;
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("path"), made.value().path},
                                  {QStringLiteral("sizeBytes"), made.value().sizeBytes},
                                  {QStringLiteral("createdAt"), toStoredInstant(made.value().createdAt)},
                                  {QStringLiteral("verified"), true},
                                  {QStringLiteral("recorded"), recorded},
                                  {QStringLiteral("seconds"), seconds}});
    } else {
        ctx.out << tr("Backup written to %1 (%2 MB, verified, %3 s).")
                       .arg(QDir::toNativeSeparators(made.value().path))
                       .arg(made.value().sizeBytes / 1048576.0, 0, 'f', 1)
                       .arg(seconds, 0, 'f', 1)
                << Qt::endl;
        if (!recorded && !db)
            ctx.out << tr("Rapport has the database open, so the backup was not noted in its backup log.") << Qt::endl;
    }
    return Success;
}

const CommandRegistration registration({QStringLiteral("backup"),
                                        QStringLiteral("backup [--to PATH]        write a verified copy (default: backups/ beside the file)"),
                                        runBackup});

} // namespace
} // namespace rapport::cli
