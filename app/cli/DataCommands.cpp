// demo, stats and search: the commands that fill and look at a database.
#include "Command.h"

#include "db/Database.h"
#include "db/DatabaseStats.h"
#include "demo/DemoGenerator.h"
#include "search/SearchService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rapport::cli {
namespace {

QString money(qint64 minor, const QString& currency)
{
    return QStringLiteral("%1 %2").arg(QLocale::c().toString(static_cast<double>(minor) / 100.0, 'f', 2), currency);
}

int runDemo(Context& ctx)
{
    DemoOptions options;
    bool ok = true;
    options.customers = ctx.takeOption(QStringLiteral("--customers"), QStringLiteral("300")).toInt(&ok);
    bool seedOk = true;
    options.seed = ctx.takeOption(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong(&seedOk);
    if (!ok || !seedOk || options.customers < 1 || options.customers > 5'000'000 || !ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("demo [--customers N (1..5000000)] [--seed S]"));
    auto db = ctx.openDatabase();
    if (!db)
        return Failure;
    options.currency = db->setting(QStringLiteral("currency"), QStringLiteral("USD"));
    QElapsedTimer timer;
    timer.start();
    const bool interactive = !ctx.json;
    auto summary = DemoGenerator::generate(*db, options, [&](int done, int total) {
        if (interactive && total >= 5000)
            ctx.err << "\rGenerating customers: " << done << " / " << total << Qt::flush;
        return true;
    });
    if (interactive && options.customers >= 5000)
        ctx.err << Qt::endl;
    if (!summary)
        return ctx.fail(summary.error().message);
    const auto& s = summary.value();
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("companies"), s.companies}, {QStringLiteral("people"), s.people},
                                  {QStringLiteral("deals"), s.deals}, {QStringLiteral("tickets"), s.tickets},
                                  {QStringLiteral("activities"), s.activities}, {QStringLiteral("tasks"), s.tasks},
                                  {QStringLiteral("seconds"), seconds}});
    } else {
        ctx.out << "Added " << s.companies << " companies, " << s.people << " people, " << s.deals << " deals, "
                << s.tickets << " tickets, " << s.activities << " activities and " << s.tasks << " tasks in "
                << QString::number(seconds, 'f', 1) << " s." << Qt::endl;
    }
    return Success;
}

int runStats(Context& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("stats [--json]"));
    auto db = ctx.openDatabase(false);
    if (!db)
        return Failure;
    auto stats = DatabaseStats::collect(*db);
    if (!stats)
        return ctx.fail(stats.error().message);
    const auto& s = stats.value();
    if (ctx.json) {
        ctx.printJson(s.toJson());
        return Success;
    }
    ctx.out << "Database:   " << db->path() << " (schema " << s.schemaVersion << ", "
            << QLocale::c().formattedDataSize(s.fileBytes) << ")\n"
            << "Customers:  " << s.companies << " companies, " << s.people << " people, " << s.archivedCustomers
            << " archived\n"
            << "Deals:      " << s.openDeals << " open (" << money(s.openPipelineMinor, s.currency) << "), " << s.wonDeals
            << " won (" << money(s.wonRevenueMinor, s.currency) << "), " << s.lostDeals << " lost\n"
            << "Tickets:    " << s.openTickets << " open of " << s.tickets << "\n"
            << "Activities: " << s.activities << "\n"
            << "Tasks:      " << s.openTasks << " open, " << s.overdueTasks << " overdue\n"
            << "History:    " << s.auditEntries << " audit entries" << Qt::endl;
    return Success;
}

int runSearch(Context& ctx)
{
    bool ok = true;
    const int limit = ctx.takeOption(QStringLiteral("--limit"), QStringLiteral("8")).toInt(&ok);
    if (!ok || limit < 1 || ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("search QUERY [--limit N] [--json]"));
    const QString text = ctx.args.join(QLatin1Char(' '));
    auto db = ctx.openDatabase(false);
    if (!db)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    SearchService search(*db);
    auto hits = search.search(text, limit);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!hits)
        return ctx.fail(hits.error().message);
    if (ctx.json) {
        QJsonArray results;
        for (const auto& h : hits.value()) {
            results.append(QJsonObject{{QStringLiteral("kind"), searchHitKindKey(h.kind)},
                                       {QStringLiteral("id"), h.id},
                                       {QStringLiteral("title"), h.title},
                                       {QStringLiteral("subtitle"), h.subtitle}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("query"), text},
                                  {QStringLiteral("milliseconds"), ms},
                                  {QStringLiteral("results"), results}});
        return Success;
    }
    if (hits.value().isEmpty())
        ctx.out << "No matches for \"" << text << "\"." << Qt::endl;
    for (const auto& h : hits.value())
        ctx.out << searchHitKindKey(h.kind).leftJustified(8) << QString::number(h.id).rightJustified(8) << "  " << h.title
                << (h.subtitle.isEmpty() ? QString() : QStringLiteral("  (") + h.subtitle + QLatin1Char(')')) << "\n";
    ctx.out.flush();
    return Success;
}

const CommandRegistration demo({QStringLiteral("demo"),
                                QStringLiteral("demo [--customers N] [--seed S]   add realistic sample data"), runDemo});
const CommandRegistration stats({QStringLiteral("stats"), QStringLiteral("stats [--json]            what the database holds"),
                                 runStats});
const CommandRegistration search({QStringLiteral("search"),
                                  QStringLiteral("search QUERY [--limit N] [--json]   find customers, deals, tickets"),
                                  runSearch});

} // namespace
} // namespace rapport::cli
