// Search latency over a database: p50/p95 for a fixed list of queries (English words and prefixes, Chinese
// substrings of 1-3 characters, emails, phone fragments), against a plain LIKE '%q%' scan as the baseline.
// usage: bench_search --db PATH [--rounds N]
#include "db/Database.h"
#include "db/Query.h"
#include "search/SearchService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace rapport;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

// CPU milliseconds of this process since `start`: on a loaded machine, what the work itself costs.
double cpuMsSince(std::clock_t start)
{
    return static_cast<double>(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
}

double g_likeCpuMs = 0; // CPU time of the last LIKE scan

double likeScanMs(const Database& db, const QString& q)
{
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu = std::clock();
    // Every match, as ranking needs them all; the same columns the index covers (company names aside).
    Query scan(db.connection(), QStringLiteral("SELECT id, name FROM customers WHERE name LIKE ? OR email LIKE ? OR "
                                               "phone LIKE ? OR mobile LIKE ? OR notes LIKE ?"));
    const QString pattern = QLatin1Char('%') + q + QLatin1Char('%');
    for (int i = 0; i < 5; ++i)
        scan.bind(pattern);
    if (!scan.exec())
        return -1;
    while (scan.next()) {
    }
    g_likeCpuMs = cpuMsSince(cpu);
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    const int dbAt = static_cast<int>(args.indexOf(QStringLiteral("--db")));
    if (dbAt < 0 || dbAt + 1 >= args.size()) {
        err << "usage: bench_search --db PATH [--rounds N]" << Qt::endl;
        return 2;
    }
    const int roundsAt = static_cast<int>(args.indexOf(QStringLiteral("--rounds")));
    const int rounds = roundsAt > 0 && roundsAt + 1 < args.size() ? args.at(roundsAt + 1).toInt() : 20;
    OpenOptions options;
    options.createIfMissing = false;
    auto opened = Database::open(args.at(dbAt + 1), options);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return 1;
    }
    auto db = opened.take();
    const QStringList queries = {
        QStringLiteral("olivia"), QStringLiteral("smith"), QStringLiteral("harbor"), QStringLiteral("ol"),
        QStringLiteral("mar"), QStringLiteral("o'brien"), QStringLiteral("明"), QStringLiteral("王"),
        QStringLiteral("明华"), QStringLiteral("贸易"), QStringLiteral("李明华"), QStringLiteral("科技有限"),
        QStringLiteral("example.cn"), QStringLiteral("liam.jones"), QStringLiteral("555-2"), QStringLiteral("138"),
        QStringLiteral("olivia smith"), QStringLiteral("\"AND*"),
    };
    SearchService search(*db);
    std::vector<double> all;
    std::vector<double> allLike;
    std::vector<double> allCpu;
    std::vector<double> allLikeCpu;
    QJsonArray perQuery;
    err << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("query"), -16).arg(QStringLiteral("p50 ms"), 9)
               .arg(QStringLiteral("p95 ms"), 9).arg(QStringLiteral("LIKE ms"), 9).arg(QStringLiteral("hits"), 5);
    for (const QString& q : queries) {
        std::vector<double> times;
        int hits = 0;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            const std::clock_t cpu = std::clock();
            auto result = search.search(q);
            times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            allCpu.push_back(cpuMsSince(cpu));
            hits = result ? static_cast<int>(result.value().size()) : -1;
        }
        std::vector<double> like;
        for (int r = 0; r < std::max(1, rounds / 5); ++r) {
            like.push_back(likeScanMs(*db, q));
            allLikeCpu.push_back(g_likeCpuMs);
        }
        all.insert(all.end(), times.begin(), times.end());
        allLike.insert(allLike.end(), like.begin(), like.end());
        const double p50 = percentile(times, 0.5);
        const double p95 = percentile(times, 0.95);
        const double likeP50 = percentile(like, 0.5);
        err << QStringLiteral("%1 %2 %3 %4 %5\n").arg(q, -16).arg(p50, 9, 'f', 2).arg(p95, 9, 'f', 2)
                   .arg(likeP50, 9, 'f', 2).arg(hits, 5);
        perQuery.append(QJsonObject{{QStringLiteral("query"), q}, {QStringLiteral("p50_ms"), p50},
                                    {QStringLiteral("p95_ms"), p95}, {QStringLiteral("like_p50_ms"), likeP50},
                                    {QStringLiteral("hits"), hits}});
    }
    const double p50 = percentile(all, 0.5);
    const double p95 = percentile(all, 0.95);
    const double likeP50 = percentile(allLike, 0.5);
    err << QStringLiteral("all queries: p50 %1 ms, p95 %2 ms; LIKE scan p50 %3 ms (%4x)\n")
               .arg(p50, 0, 'f', 2).arg(p95, 0, 'f', 2).arg(likeP50, 0, 'f', 2).arg(likeP50 / std::max(p50, 1e-6), 0, 'f', 1);
    err.flush();
    const QJsonObject report{{QStringLiteral("customers"), scalar(db->connection(), QStringLiteral("SELECT count(*) FROM customers")).toInt()},
                             {QStringLiteral("rounds"), rounds},
                             {QStringLiteral("search_p50_ms"), p50},
                             {QStringLiteral("search_p95_ms"), p95},
                             {QStringLiteral("like_scan_p50_ms"), likeP50},
                             {QStringLiteral("speedup_vs_like_p50"), likeP50 / std::max(p50, 1e-6)},
                             {QStringLiteral("search_cpu_p50_ms"), percentile(allCpu, 0.5)},
                             {QStringLiteral("search_cpu_p95_ms"), percentile(allCpu, 0.95)},
                             {QStringLiteral("like_scan_cpu_p50_ms"), percentile(allLikeCpu, 0.5)},
                             {QStringLiteral("queries"), perQuery}};
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return 0;
}
