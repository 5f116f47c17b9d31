// crash_harness [--iterations N] [--seed S] [--keep]: starts crash_child, kills it (kill -9 / TerminateProcess)
// at a random moment, reopens the database and checks that every commit the child reported is there (both of
// its changes), that SQLite's integrity check passes and that the audit chain and records verify.
#include "db/Database.h"
#include "db/Query.h"
#include "safety/IntegrityChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <map>

using namespace rapport;

namespace {

struct Commit
{
    qint64 id = 0;
    qint64 updated = 0;
};

QList<Commit> parse(const QByteArray& output)
{
    QList<Commit> commits;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        // A line cut by the kill has no newline after it and may be partial: only whole lines count.
        if (parts.size() == 3 && parts.at(0) == "C")
            commits << Commit{parts.at(1).toLongLong(), parts.at(2).toLongLong()};
    }
    if (!output.endsWith('\n') && !commits.isEmpty() && !output.isEmpty())
        commits.removeLast();
    return commits;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    int iterations = 100;
    quint32 seed = QRandomGenerator::global()->generate();
    bool keep = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--iterations") && i + 1 < args.size())
            iterations = args.at(++i).toInt();
        else if (args.at(i) == QStringLiteral("--seed") && i + 1 < args.size())
            seed = args.at(++i).toUInt();
        else if (args.at(i) == QStringLiteral("--keep"))
            keep = true;
        else {
            err << "usage: crash_harness [--iterations N] [--seed S] [--keep]" << Qt::endl;
            return 2;
        }
    }
    QRandomGenerator rng(seed);
    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    const QString path = QDir(dir.path()).filePath(QStringLiteral("crash.sqlite"));
    out << "crash_harness: " << iterations << " iterations, seed " << seed << ", database " << path << Qt::endl;

    std::map<qint64, qint64> expectedNext; // record id -> the id noted on it by the next commit
    QElapsedTimer total;
    total.start();
    int failures = 0;
    qint64 commitsSeen = 0;
    for (int i = 0; i < iterations && failures == 0; ++i) {
        QProcess child;
        child.start(QStringLiteral(RAPPORT_CRASH_CHILD), {path});
        if (!child.waitForStarted(10000)) {
            err << "cannot start the child: " << child.errorString() << Qt::endl;
            return 1;
        }
        // A random moment: sometimes while it opens (or creates and migrates) the file, mostly mid-stream.
        QThread::msleep(rng.bounded(5, 250));
        child.kill();
        child.waitForFinished(10000);
        const QList<Commit> commits = parse(child.readAllStandardOutput());
        const QString childErrors = QString::fromLocal8Bit(child.readAllStandardError()).trimmed();
        if (!childErrors.isEmpty()) {
            err << "iteration " << i << ": the child reported: " << childErrors << Qt::endl;
            ++failures;
            break;
        }
        for (const Commit& c : commits) {
            expectedNext[c.id] = 0;
            if (c.updated > 0)
                expectedNext[c.updated] = c.id;
        }
        commitsSeen += commits.size();

        {
            auto opened = Database::open(path);
            if (!opened) {
                err << "iteration " << i << ": reopening failed: " << opened.error().message << Qt::endl;
                ++failures;
                break;
            }
            Database& db = *opened.value();
            for (const auto& [id, next] : expectedNext) {
                Query q(db.connection(), QStringLiteral("SELECT job_title FROM customers WHERE id = ?"));
                q.bind(id);
                if (!q.exec() || !q.next()) {
                    err << "iteration " << i << ": committed customer " << id << " is missing" << Qt::endl;
                    ++failures;
                    break;
                }
                // The other half of the same transaction: the note the next commit put on this record.
                const QString noted = q.value(0).toString();
                if (next > 0 && noted != QStringLiteral("next %1").arg(next)) {
                    err << "iteration " << i << ": customer " << id << " lacks the change committed with " << next
                        << " ('" << noted << "')" << Qt::endl;
                    ++failures;
                    break;
                }
            }
        }
        const IntegrityReport report = IntegrityChecker::check(path);
        if (!report.clean()) {
            err << "iteration " << i << ": check failed: "
                << (report.fileProblem.isEmpty() ? QString() : report.fileProblem)
                << report.integrityErrors.join(QStringLiteral("; "))
                << (report.chainBreak ? report.chainBreak->reason : QString())
                << (report.recordProblems.isEmpty() ? QString() : report.recordProblems.first().reason) << Qt::endl;
            ++failures;
        }
    }
    out << "crash_harness: " << commitsSeen << " reported commits verified, " << expectedNext.size()
        << " records, " << failures << " failures, " << total.elapsed() / 1000.0 << " s" << Qt::endl;
    return failures == 0 ? 0 : 1;
}
