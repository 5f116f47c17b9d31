#include "PageCopy.h"

#include "db/Query.h"
#include "db/SqliteApi.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::PageCopy", text);
}

} // namespace

bool PageCopy::available(const QSqlDatabase& source)
{
    return SqliteApi::of(source).hasBackup() && SqliteApi::handleOf(source);
}

Status PageCopy::copy(const QSqlDatabase& source, const QString& target)
{
    if (!available(source))
        return makeError(QStringLiteral("unavailable"), tr("SQLite's backup functions are not reachable."));
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("rapport-pagecopy-%1").arg(counter.fetchAndAddRelaxed(1));
    Status result = Ok{};
    {
        QSqlDatabase dest = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        dest.setDatabaseName(target);
        if (!dest.open()) {
            result = makeError(QStringLiteral("write"), explainSqlError(dest.lastError().text()));
        } else {
            // A fresh file that is synced and verified afterwards: no journal or syncs needed while copying.
            execSql(dest, QStringLiteral("PRAGMA journal_mode = OFF"), nullptr);
            execSql(dest, QStringLiteral("PRAGMA synchronous = OFF"), nullptr);
            const SqliteApi& a = SqliteApi::of(source);
            void* to = SqliteApi::handleOf(dest);
            void* backup = to ? a.backupInit(to, "main", SqliteApi::handleOf(source), "main") : nullptr;
            if (!backup) {
                result = makeError(QStringLiteral("write"), explainSqlError(QString::fromUtf8(to ? a.errmsg(to) : "")));
            } else {
                // One step: the whole copy is read inside one read transaction, so it is one snapshot.
                const int step = a.backupStep(backup, -1);
                const int finish = a.backupFinish(backup);
                if (step != SqliteApi::kDone || finish != SqliteApi::kOk)
                    result = makeError(QStringLiteral("write"), explainSqlError(QString::fromUtf8(a.errmsg(to))));
            }
            dest.close();
        }
        // The pages carry the live file's WAL flag; a backup is a single self-contained file, so it is turned
        // into a rollback-journal file like a VACUUM INTO copy (which also lets it be read on read-only media).
        if (result && dest.open()) {
            if (scalar(dest, QStringLiteral("PRAGMA journal_mode = DELETE")).toString() != QStringLiteral("delete"))
                result = makeError(QStringLiteral("write"), tr("Cannot finish the copy %1.").arg(target));
            dest.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace rapport
