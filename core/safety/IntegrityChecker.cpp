#include "IntegrityChecker.h"

#include "db/Query.h"
#include "safety/ChainVerifier.h"
#include "safety/FileProbe.h"
#include "safety/ReadConnection.h"
#include "safety/RecordVerifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>

#include <functional>
#include <thread>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::IntegrityChecker", text);
}

// One part on its own read-only connection, inside one read transaction so it sees a single snapshot.
QString runPart(const QString& path, IntegrityReport& part, qint64& milliseconds,
                const std::function<Status(const QSqlDatabase&, IntegrityReport&)>& work)
{
    QElapsedTimer timer;
    timer.start();
    const auto finished = qScopeGuard([&] { milliseconds = timer.elapsed(); });
    auto conn = ReadConnection::open(path);
    if (!conn)
        return conn.error().message;
    const QSqlDatabase db = conn.value()->db();
    QString error;
    // SQLite's default 2 MB cache makes integrity_check reread index pages: 32 MB (as the app uses) saves a third.
    execSql(db, QStringLiteral("PRAGMA cache_size = -32768"), &error);
    if (!execSql(db, QStringLiteral("BEGIN"), &error))
        return error;
    const Status done = work(db, part);
    execSql(db, QStringLiteral("COMMIT"), &error);
    return done ? QString() : done.error().message;
}

} // namespace

IntegrityReport IntegrityChecker::check(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    IntegrityReport report;
    report.path = path;
    // Cheap file checks first: SQLite itself must not see a file with an orphan -wal.
    // Identity too: a file of another program or another version is not "clean" for this one.
    Status examined = FileProbe::inspect(path);
    if (examined)
        examined = FileProbe::probe(path, false);
    if (!examined) {
        report.fileProblem = examined.error().message;
        report.milliseconds = timer.elapsed();
        return report;
    }

    // SQLite's checks, the chain and the records are independent: each runs on its own connection and
    // thread, so the check takes about as long as its slowest part.
    IntegrityReport structure;
    IntegrityReport chain;
    QString structureError;
    QString chainError;
    std::thread structureThread([&] { structureError = runPart(path, structure, report.structureMs, &IntegrityChecker::checkStructure); });
    std::thread chainThread([&] { chainError = runPart(path, chain, report.chainMs, &IntegrityChecker::checkChain); });
    const QString recordsError = runPart(path, report, report.recordsMs, &IntegrityChecker::checkRecords);
    structureThread.join();
    chainThread.join();

    report.integrityErrors = structure.integrityErrors;
    report.foreignKeyErrors = structure.foreignKeyErrors;
    report.foreignKeyErrorCount = structure.foreignKeyErrorCount;
    report.auditEntries = chain.auditEntries;
    report.chainBreak = chain.chainBreak;
    report.slowVerifications += chain.slowVerifications;
    report.structureFailure = structureError;
    if (!chainError.isEmpty() && !report.chainBreak)
        report.chainBreak = ChainBreak{report.auditEntries + 1, tr("the log could not be read: %1").arg(chainError)};
    report.recordsFailure = recordsError;
    report.milliseconds = timer.elapsed();
    return report;
}

Status IntegrityChecker::checkStructure(const QSqlDatabase& db, IntegrityReport& report)
{
    Query integrity(db, QStringLiteral("PRAGMA integrity_check(20)"));
    if (!integrity.exec())
        return integrity.asError();
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QStringLiteral("ok"))
            report.integrityErrors << line;
    }
    if (auto read = endOfRows(integrity); !read)
        return read;
    Query keys(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys.exec())
        return keys.asError();
    while (keys.next()) {
        ++report.foreignKeyErrorCount;
        if (report.foreignKeyErrors.size() < IntegrityReport::kMaxListed)
            report.foreignKeyErrors << tr("%1 row %2 refers to a %3 row that does not exist")
                                           .arg(keys.value(0).toString())
                                           .arg(keys.value(1).toLongLong())
                                           .arg(keys.value(2).toString());
    }
    return endOfRows(keys);
}

Status IntegrityChecker::checkChain(const QSqlDatabase& db, IntegrityReport& report)
{
    return ChainVerifier::verify(db, report);
}

Status IntegrityChecker::checkRecords(const QSqlDatabase& db, IntegrityReport& report)
{
    return RecordVerifier::verify(db, report);
}

} // namespace rapport
