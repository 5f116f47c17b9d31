// bench_reports --db PATH [--rounds N] [--out DIR]: how long each report takes to compute and lay out
// (median of N rounds, after one warm-up), how long rebuilding the stored value tiers takes (it writes: use a
// scratch copy) and how long the whole PDF report pack takes to export.
// Prints one machine-readable line per figure: "report <key> median_ms <x> max_ms <y> cpu_ms <z>" (cpu_ms: the
// median CPU time of this process, which a busy shared machine inflates much less than the wall-clock time).
#include "ReportPack.h"
#include "analytics/ValueTiers.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <cstdio>

using namespace rapport;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("PATH"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds."), QStringLiteral("N"),
                                          QStringLiteral("5"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Keep the PDF here."), QStringLiteral("DIR"));
    parser.addOptions({dbOption, roundsOption, outOption});
    parser.process(app);
    auto opened = Database::open(parser.value(dbOption), OpenOptions{false, false, false});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    auto db = opened.take();
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    const ReportOptions options = ReportBuilder::defaultOptions();

    QList<double> cpu; // of the last timeIt
    const auto timeIt = [&](auto work) {
        work(); // warm-up: the first run reads the pages from disk
        QList<double> ms;
        cpu.clear();
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            const std::clock_t c = std::clock();
            if (!work())
                return QList<double>();
            ms << static_cast<double>(t.nsecsElapsed()) / 1e6;
            cpu << 1000.0 * static_cast<double>(std::clock() - c) / CLOCKS_PER_SEC;
        }
        std::sort(ms.begin(), ms.end());
        std::sort(cpu.begin(), cpu.end());
        return ms;
    };
    bool ok = true;
    for (ReportKind kind : ReportBuilder::allKinds()) {
        const auto ms = timeIt([&] { return ReportBuilder::build(db->connection(), kind, options).ok(); });
        ok &= !ms.isEmpty();
        if (!ms.isEmpty())
            std::printf("report %-10s median_ms %8.1f max_ms %8.1f cpu_ms %8.1f\n", qPrintable(ReportBuilder::key(kind)),
                        ms[ms.size() / 2], ms.last(), cpu[cpu.size() / 2]);
    }
    ReportOptions strict = options;
    strict.strictFunnel = true;
    const auto strictMs = timeIt([&] { return ReportBuilder::build(db->connection(), ReportKind::Funnel, strict).ok(); });
    if (!strictMs.isEmpty())
        std::printf("report %-10s median_ms %8.1f max_ms %8.1f cpu_ms %8.1f\n", "funnel-strict",
                    strictMs[strictMs.size() / 2], strictMs.last(), cpu[cpu.size() / 2]);

    // The stored value tiers' rebuild (the app runs it on a worker once a day and after deal changes).
    const auto tiersMs = timeIt([&] { return ValueTiers::refreshStored(*db, QDate::currentDate()).ok(); });
    ok &= !tiersMs.isEmpty();
    if (!tiersMs.isEmpty())
        std::printf("tiers refresh median_ms %8.1f max_ms %8.1f cpu_ms %8.1f\n", tiersMs[tiersMs.size() / 2],
                    tiersMs.last(), cpu[cpu.size() / 2]);

    QTemporaryDir tmp;
    const QString dir = parser.isSet(outOption) ? parser.value(outOption) : tmp.path();
    QDir().mkpath(dir);
    const QString pdf = QDir(dir).filePath(QStringLiteral("report-pack.pdf"));
    int pages = 0;
    const auto packMs = timeIt([&] {
        auto written = ReportPack::exportPdf(db->connection(), ReportBuilder::allKinds(), options, pdf);
        pages = written ? written.value() : 0;
        return written.ok();
    });
    ok &= !packMs.isEmpty();
    if (!packMs.isEmpty())
        std::printf("pack pdf pages %d bytes %lld median_ms %8.1f max_ms %8.1f cpu_ms %8.1f\n", pages,
                    static_cast<long long>(QFileInfo(pdf).size()), packMs[packMs.size() / 2], packMs.last(),
                    cpu[cpu.size() / 2]);
    return ok ? 0 : 1;
}
