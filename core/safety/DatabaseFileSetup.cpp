#include "DatabaseFileSetup.h"

#include "db/Migrator.h"
#include "db/Query.h"
#include "safety/FileProbe.h"
#include "safety/FileSync.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <functional>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::DatabaseFileSetup", text);
}

// Runs `work` on a private read-write connection that is closed (and its WAL folded in) afterwards.
Status withConnection(const QString& path, const std::function<Status(const QSqlDatabase&)>& work)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("rapport-setup-%1").arg(counter.fetchAndAddRelaxed(1));
    Status result = Ok{};
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(path);
        if (!conn.open()) {
            result = makeError(QStringLiteral("open"),
                               QCoreApplication::translate("rapport::DatabaseFileSetup", "Cannot open %1: %2")
                                   .arg(QDir::toNativeSeparators(path), explainSqlError(conn.lastError().text())));
        } else {
            result = work(conn);
            conn.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status setWal(const QSqlDatabase& conn)
{
    if (scalar(conn, QStringLiteral("PRAGMA journal_mode = WAL")).toString().toLower() != QStringLiteral("wal"))
        return makeError(QStringLiteral("pragma"),
                         QCoreApplication::translate("rapport::DatabaseFileSetup",
                                                     "Cannot switch the database to write-ahead logging."));
    return Ok{};
}

} // namespace

bool DatabaseFileSetup::hasHotJournal(const QString& path)
{
    return QFileInfo(FileProbe::journalPath(path)).size() > 0;
}

Status DatabaseFileSetup::createAtomically(const QString& path)
{
    const QString staging = path + QStringLiteral(".creating");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(staging + suffix); // leftovers of a creation that was interrupted
    QString error;
    if (!FileSync::createOwnerOnly(staging, &error))
        return makeError(QStringLiteral("create"), tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(staging), error));
    Status built = withConnection(staging, [](const QSqlDatabase& conn) -> Status {
        if (auto wal = setWal(conn); !wal)
            return wal;
        return Migrator::migrate(conn);
    });
    if (built && !FileSync::flush(staging))
        built = makeError(QStringLiteral("create"), tr("Cannot write %1 to the disk.").arg(QDir::toNativeSeparators(staging)));
    if (built && !QFile::rename(staging, path))
        built = makeError(QStringLiteral("create"), tr("Cannot create %1.").arg(QDir::toNativeSeparators(path)));
    if (!built) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(staging + suffix);
        return built;
    }
    FileSync::flushFolder(QFileInfo(path).absolutePath());
    return Ok{};
}

Status DatabaseFileSetup::recoverHotJournal(const QString& path)
{
    // Any read on a read-write connection makes SQLite roll the journal back before it answers.
    return withConnection(path, [](const QSqlDatabase& conn) -> Status {
        Query q(conn, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!q.exec())
            return q.asError(QStringLiteral("damaged"));
        return Ok{};
    });
}

Status DatabaseFileSetup::useWal(const QString& path)
{
    return withConnection(path, setWal);
}

} // namespace rapport
