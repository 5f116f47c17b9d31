// The whole benchmark suite on one demo database (issue 9): builds (or reuses) a demo database of N
// customers, runs every benchmark executable against it, and prints ONE JSON object of figures on stdout
// and a readable table on stderr (both also written to DIR). Run through `scripts/bench`.
//
//   bench_suite --customers N --out DIR [--bin-dir DIR] [--cli PATH] [--quick]
//
// Figures with a natural baseline are measured in the same run and given as ratios: start-up against an
// empty Qt window, search against a LIKE scan, import against raw prepared inserts.
#include "SuiteSupport.h"

#include "db/Database.h"
#include "db/DatabaseStats.h"
#include "db/Query.h"
#include "demo/DemoGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace rapport;
using namespace rapport::bench;

namespace {

// Averages per customer for the benchmark (issue 9: about 3 deals, 1 ticket and 5 activities each; deals
// bring their own activities, company contacts their own history).
// --mix D,T,A overrides the three averages (a lighter history is quicker to generate on a busy machine).
DemoOptions benchDemoOptions(int customers, const QString& mix)
{
    DemoOptions options;
    options.customers = customers;
    options.dealsPerCustomer = 2.5;
    options.ticketsPerCustomer = 0.85;
    options.activitiesPerCustomer = 1.6;
    const QStringList parts = mix.split(u',');
    if (parts.size() == 3) {
        options.dealsPerCustomer = parts.at(0).toDouble();
        options.ticketsPerCustomer = parts.at(1).toDouble();
        options.activitiesPerCustomer = parts.at(2).toDouble();
    }
    return options;
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

// The demo database of `customers`, generated once and reused by later runs with the same size.
bool ensureDemo(Suite& suite, const QString& path, int customers, const QString& mix)
{
    QJsonObject database{{QStringLiteral("generated_now"), false}, {QStringLiteral("demo_s"), 0.0}};
    if (!QFileInfo::exists(path)) {
        const QString partial = path + QStringLiteral(".partial");
        removeDatabase(partial);
        std::fprintf(stderr, "Generating a demo database of %d customers in %s...\n", customers, qPrintable(path));
        QElapsedTimer t;
        t.start();
        {
            auto created = Database::open(partial);
            if (!created) {
                suite.fail(QStringLiteral("demo"), created.error().message);
                return false;
            }
            // The demo is one transaction; in WAL mode every page the load reads back is first looked up in a
            // write-ahead log that grows to the size of the database (12 GB at a million customers), which was
            // 40 % of the generation's time. This file is new and private until renamed, so it is written with
            // a rollback journal instead (which holds almost nothing for a new file) and put back in WAL after.
            const bool rollbackJournal = execSql(created.value()->connection(), QStringLiteral("PRAGMA journal_mode = DELETE"), nullptr);
            auto done = DemoGenerator::generate(*created.value(), benchDemoOptions(customers, mix));
            if (rollbackJournal)
                execSql(created.value()->connection(), QStringLiteral("PRAGMA journal_mode = WAL"), nullptr);
            if (!done) {
                suite.fail(QStringLiteral("demo"), done.error().message);
                return false;
            }
        }
        if (!QFile::rename(partial, path)) {
            suite.fail(QStringLiteral("demo"), QStringLiteral("could not rename %1").arg(partial));
            return false;
        }
        database.insert(QStringLiteral("generated_now"), true);
        database.insert(QStringLiteral("demo_s"), t.elapsed() / 1000.0);
    }
    OpenOptions options;
    options.createIfMissing = false;
    auto opened = Database::open(path, options);
    if (!opened) {
        suite.fail(QStringLiteral("demo"), opened.error().message);
        return false;
    }
    auto stats = DatabaseStats::collect(*opened.value());
    if (!stats) {
        suite.fail(QStringLiteral("demo"), stats.error().message);
        return false;
    }
    const DatabaseStats& s = stats.value();
    database.insert(QStringLiteral("customers"), s.companies + s.people);
    database.insert(QStringLiteral("companies"), s.companies);
    database.insert(QStringLiteral("people"), s.people);
    database.insert(QStringLiteral("deals"), s.openDeals + s.wonDeals + s.lostDeals);
    database.insert(QStringLiteral("tickets"), s.tickets);
    const double all = qMax(1, s.companies + s.people);
    database.insert(QStringLiteral("deals_per_customer"), (s.openDeals + s.wonDeals + s.lostDeals) / all);
    database.insert(QStringLiteral("tickets_per_customer"), s.tickets / all);
    database.insert(QStringLiteral("activities_per_customer"), s.activities / all);
    database.insert(QStringLiteral("activities"), s.activities);
    database.insert(QStringLiteral("audit_entries"), s.auditEntries);
    database.insert(QStringLiteral("bytes"), static_cast<double>(QFileInfo(path).size()));
    suite.machine.insert(QStringLiteral("sqlite"), opened.value()->sqliteVersion());
    suite.groups.insert(QStringLiteral("database"), database);
    return true;
}

// Start-up of Rapport to a painted Customers screen against an empty window, alternating, fresh processes.
void startup(Suite& suite, const QString& db, int runs)
{
    QList<double> empty, rapport, rss, peak, emptyPeak, emptyCpu, rapportCpu;
    QJsonObject last;
    for (int i = 0; i < runs; ++i) {
        const QJsonObject e = suite.runJson(QStringLiteral("bench_empty_window"), {});
        const QJsonObject r = suite.runJson(QStringLiteral("bench_desktop"), {QStringLiteral("--db"), db, QStringLiteral("--startup-only")});
        if (e.isEmpty() || r.isEmpty())
            return;
        empty << e.value(QStringLiteral("startup_ms_from_process_start")).toDouble();
        emptyPeak << e.value(QStringLiteral("peak_rss_mb")).toDouble();
        emptyCpu << e.value(QStringLiteral("startup_cpu_ms_from_process_start")).toDouble();
        rapportCpu << r.value(QStringLiteral("startup_cpu_ms_from_process_start")).toDouble();
        rapport << r.value(QStringLiteral("startup_to_customers_ms_from_process_start")).toDouble();
        rss << r.value(QStringLiteral("rss_mb")).toDouble();
        peak << r.value(QStringLiteral("peak_rss_mb")).toDouble();
        last = r;
    }
    const double e = median(empty), r = median(rapport);
    suite.groups.insert(QStringLiteral("startup"),
                        QJsonObject{{QStringLiteral("runs"), runs},
                                    {QStringLiteral("empty_window_ms"), e},
                                    {QStringLiteral("rapport_ms"), r},
                                    {QStringLiteral("rapport_minus_empty_ms"), r - e},
                                    {QStringLiteral("ratio_vs_empty_window"), r / qMax(e, 1e-6)},
                                    {QStringLiteral("empty_window_cpu_ms"), median(emptyCpu)},
                                    {QStringLiteral("rapport_cpu_ms"), median(rapportCpu)},
                                    {QStringLiteral("rapport_minus_empty_cpu_ms"), median(rapportCpu) - median(emptyCpu)},
                                    {QStringLiteral("phase_open_database_ms"), last.value(QStringLiteral("startup_phase_open_database_ms"))},
                                    {QStringLiteral("phase_build_window_ms"), last.value(QStringLiteral("startup_phase_build_window_ms"))},
                                    {QStringLiteral("phase_show_and_paint_ms"), last.value(QStringLiteral("startup_phase_show_and_paint_ms"))}});
    QJsonObject memory = suite.groups.value(QStringLiteral("memory")).toObject();
    memory.insert(QStringLiteral("gui_rss_mb"), median(rss));
    memory.insert(QStringLiteral("gui_peak_rss_mb"), *std::max_element(peak.begin(), peak.end()));
    memory.insert(QStringLiteral("empty_window_peak_rss_mb"), median(emptyPeak));
    suite.groups.insert(QStringLiteral("memory"), memory);
}

// The Customers screen (first page, end, tag filter, sorts, filter keystrokes) and the ticket queue.
void desktop(Suite& suite, const QString& db)
{
    const QJsonObject d = suite.runJson(QStringLiteral("bench_desktop"), {QStringLiteral("--db"), db});
    if (d.isEmpty())
        return;
    QJsonObject list;
    for (auto it = d.begin(); it != d.end(); ++it) {
        const QString key = it.key();
        if (key.startsWith(QLatin1String("list_")))
            list.insert(key.mid(5), it.value());
        else if (key.startsWith(QLatin1String("sort_")) || key.startsWith(QLatin1String("scroll_"))
                 || key.startsWith(QLatin1String("filter_")))
            list.insert(key, it.value());
    }
    double indexedWorst = 0;
    double indexedWorstCpu = 0;
    for (const char* column : {"name", "value", "last_contact", "open_deals"}) {
        for (const char* order : {"asc", "desc"}) {
            const QString key = QStringLiteral("sort_%1_%2_").arg(QLatin1String(column), QLatin1String(order));
            indexedWorst = qMax(indexedWorst, d.value(key + QStringLiteral("ms")).toDouble());
            indexedWorstCpu = qMax(indexedWorstCpu, d.value(key + QStringLiteral("cpu_ms")).toDouble());
        }
    }
    list.insert(QStringLiteral("sort_indexed_worst_ms"), indexedWorst);
    list.insert(QStringLiteral("sort_indexed_worst_cpu_ms"), indexedWorstCpu);
    list.insert(QStringLiteral("rows"), d.value(QStringLiteral("customers_listed")));
    suite.groups.insert(QStringLiteral("customer_list"), list);
    suite.groups.insert(QStringLiteral("ticket_queue"),
                        QJsonObject{{QStringLiteral("open_ms"), d.value(QStringLiteral("ticket_queue_open_ms"))},
                                    {QStringLiteral("all_ms"), d.value(QStringLiteral("ticket_queue_all_ms"))},
                                    {QStringLiteral("open_cpu_ms"), d.value(QStringLiteral("ticket_queue_open_cpu_ms"))},
                                    {QStringLiteral("all_cpu_ms"), d.value(QStringLiteral("ticket_queue_all_cpu_ms"))},
                                    {QStringLiteral("all_rows"), d.value(QStringLiteral("ticket_queue_all_rows"))}});
    QJsonObject memory = suite.groups.value(QStringLiteral("memory")).toObject();
    memory.insert(QStringLiteral("gui_peak_rss_after_workload_mb"), d.value(QStringLiteral("peak_rss_mb")));
    suite.groups.insert(QStringLiteral("memory"), memory);
}

void search(Suite& suite, const QString& db, int rounds)
{
    const QJsonObject s = suite.runJson(QStringLiteral("bench_search"), {QStringLiteral("--db"), db, QStringLiteral("--rounds"), QString::number(rounds)},
                                        Suite::WholeOutput);
    if (s.isEmpty())
        return;
    const double p50 = s.value(QStringLiteral("search_p50_ms")).toDouble();
    const double p95 = s.value(QStringLiteral("search_p95_ms")).toDouble();
    const double like = s.value(QStringLiteral("like_scan_p50_ms")).toDouble();
    double slowest = 0;
    for (const QJsonValue& q : s.value(QStringLiteral("queries")).toArray())
        slowest = qMax(slowest, q.toObject().value(QStringLiteral("p95_ms")).toDouble());
    suite.groups.insert(QStringLiteral("search"),
                        QJsonObject{{QStringLiteral("rounds"), rounds},
                                    {QStringLiteral("queries"), static_cast<int>(s.value(QStringLiteral("queries")).toArray().size())},
                                    {QStringLiteral("p50_ms"), p50},
                                    {QStringLiteral("p95_ms"), p95},
                                    {QStringLiteral("slowest_query_p95_ms"), slowest},
                                    {QStringLiteral("like_scan_p50_ms"), like},
                                    {QStringLiteral("speedup_p50_vs_like"), like / qMax(p50, 1e-6)},
                                    {QStringLiteral("speedup_p95_vs_like"), like / qMax(p95, 1e-6)},
                                    {QStringLiteral("cpu_p50_ms"), s.value(QStringLiteral("search_cpu_p50_ms"))},
                                    {QStringLiteral("cpu_p95_ms"), s.value(QStringLiteral("search_cpu_p95_ms"))},
                                    {QStringLiteral("like_scan_cpu_p50_ms"), s.value(QStringLiteral("like_scan_cpu_p50_ms"))},
                                    {QStringLiteral("speedup_cpu_p50_vs_like"), s.value(QStringLiteral("like_scan_cpu_p50_ms")).toDouble()
                                                                                    / qMax(s.value(QStringLiteral("search_cpu_p50_ms")).toDouble(), 1e-3)},
                                    {QStringLiteral("per_query"), s.value(QStringLiteral("queries"))}});
}

void board(Suite& suite, const QString& db, int rounds)
{
    const QJsonObject b = suite.runJson(QStringLiteral("bench_board"), {QStringLiteral("--db"), db, QStringLiteral("--rounds"), QString::number(rounds)});
    if (b.isEmpty())
        return;
    suite.groups.insert(QStringLiteral("board"),
                        QJsonObject{{QStringLiteral("open_deals"), b.value(QStringLiteral("open_deals"))},
                                    {QStringLiteral("open_median_ms"), b.value(QStringLiteral("board_open_median"))},
                                    {QStringLiteral("open_worst_ms"), b.value(QStringLiteral("board_open_worst"))},
                                    {QStringLiteral("card_move_median_ms"), b.value(QStringLiteral("card_move_median"))},
                                    {QStringLiteral("card_move_p95_ms"), b.value(QStringLiteral("card_move_p95"))},
                                    {QStringLiteral("column_scroll_to_end_ms"), b.value(QStringLiteral("column_scroll_to_end_median"))},
                                    {QStringLiteral("widgets"), b.value(QStringLiteral("board_widgets"))}});
}

void import(Suite& suite, int rows, int repeats)
{
    const QJsonObject i = suite.runJson(QStringLiteral("bench_import"), {QStringLiteral("--rows"), QString::number(rows),
                                                                          QStringLiteral("--repeats"), QString::number(repeats)});
    if (i.isEmpty())
        return;
    suite.groups.insert(QStringLiteral("import"),
                        QJsonObject{{QStringLiteral("rows"), rows},
                                    {QStringLiteral("import_s"), i.value(QStringLiteral("import_s"))},
                                    {QStringLiteral("import_cpu_s"), i.value(QStringLiteral("import_cpu_s"))},
                                    {QStringLiteral("raw_insert_s"), i.value(QStringLiteral("raw_s"))},
                                    {QStringLiteral("raw_insert_cpu_s"), i.value(QStringLiteral("raw_cpu_s"))},
                                    {QStringLiteral("ratio_vs_raw"), i.value(QStringLiteral("ratio"))},
                                    {QStringLiteral("peak_rss_mb"), i.value(QStringLiteral("peak_rss_kib")).toDouble() / 1024.0}});
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers in the demo database."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Where the database and results go."),
                                       QStringLiteral("DIR"), QStringLiteral("bench-results"));
    const QCommandLineOption binOption(QStringLiteral("bin-dir"), QStringLiteral("Where the bench_* executables are."),
                                       QStringLiteral("DIR"), QCoreApplication::applicationDirPath());
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("rapport-cli (for backup and check)."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("Fewer rounds (the smoke run)."));
    const QCommandLineOption keepOption(QStringLiteral("keep-database"), QStringLiteral("Keep the demo database for the next run."));
    const QCommandLineOption prepareOption(QStringLiteral("prepare-only"), QStringLiteral("Only generate the demo database (kept)."));
    const QCommandLineOption skipOption(QStringLiteral("skip"), QStringLiteral("Steps to leave out, comma-separated: "
                                                                               "startup,desktop,search,reports,board,safety,import."),
                                        QStringLiteral("STEPS"));
    const QCommandLineOption mixOption(QStringLiteral("mix"), QStringLiteral("Demo averages per customer: deals,tickets,activities "
                                                                             "(before what deals and companies add)."),
                                       QStringLiteral("D,T,A"));
    parser.addOption(mixOption);
    parser.addOptions({customersOption, outOption, binOption, cliOption, quickOption, keepOption, prepareOption, skipOption});
    parser.process(app);
    const int customers = parser.value(customersOption).toInt();
    const bool quick = parser.isSet(quickOption);
    const bool big = customers >= 500000;
    QDir().mkpath(parser.value(outOption));
    const QString out = QDir(parser.value(outOption)).absolutePath();
    QString cli = parser.value(cliOption);
    if (cli.isEmpty())
        cli = QDir(parser.value(binOption)).filePath(QStringLiteral("../../app/rapport-cli"));

    Suite suite(parser.value(binOption));
    suite.skip(parser.value(skipOption).split(u',', Qt::SkipEmptyParts));
    suite.start(customers);
    const QString mix = parser.value(mixOption);
    QString name = QStringLiteral("demo-%1").arg(customers);
    if (!mix.isEmpty())
        name += QStringLiteral("-mix-") + QString(mix).replace(u',', u'-');
    const QString db = QDir(out).filePath(name + QStringLiteral(".sqlite"));
    QElapsedTimer total;
    total.start();
    if (parser.isSet(prepareOption)) {
        const bool made = ensureDemo(suite, db, customers, mix);
        std::printf("%s\n", QJsonDocument(suite.groups.value(QStringLiteral("database")).toObject()).toJson(QJsonDocument::Compact).constData());
        return made ? 0 : 1;
    }
    if (ensureDemo(suite, db, customers, mix)) {
        suite.step(QStringLiteral("startup"), [&] { startup(suite, db, quick ? 2 : (big ? 3 : 5)); });
        suite.step(QStringLiteral("desktop"), [&] { desktop(suite, db); });
        suite.step(QStringLiteral("search"), [&] { search(suite, db, quick ? 3 : (big ? 10 : 20)); });
        suite.step(QStringLiteral("board"), [&] { board(suite, db, quick ? 2 : 5); });
        suite.step(QStringLiteral("safety"), [&] { safety(suite, cli, db, QDir(out).filePath(QStringLiteral("backup.sqlite"))); });
        suite.step(QStringLiteral("reports"), [&] { reports(suite, db, quick || big ? 1 : 3); });
    }
    suite.step(QStringLiteral("import"), [&] { import(suite, customers, quick || big ? 1 : 2); });
    suite.finish(total.elapsed() / 1000.0);

    const QJsonObject result = suite.result();
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    const QString table = tableOf(result);
    writeFile(QDir(out).filePath(QStringLiteral("bench-%1.json").arg(customers)), json);
    writeFile(QDir(out).filePath(QStringLiteral("bench-%1.txt").arg(customers)), table.toUtf8());
    std::fprintf(stderr, "\n%s\n", qPrintable(table));
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
    if (!parser.isSet(keepOption))
        removeDatabase(db);
    return suite.failures().isEmpty() ? 0 : 1;
}
