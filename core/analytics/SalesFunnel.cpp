#include "analytics/SalesFunnel.h"

#include "db/Query.h"

#include <QHash>
#include <QMap>

namespace rapport {
namespace {

// Deals created in the range, grouped by the stages they entered (deals.stage_path, kept by the stage
// history's triggers: "stage_id:order,...", order 1 for the first stage entered, equal orders for stages
// entered at the same instant) and their current stage; a few dozen rows come back.
// INDEXED BY: the covering index is ordered by the groups, so SQLite reads it once without sorting; left to
// itself it picks deals_created and sorts every deal of the period (five times slower at 100,000 customers).
const char* const kPathsSql = R"SQL(
SELECT stage_path, stage_id, count(*), sum(status = 'won'),
       sum(CASE WHEN currency = :currency THEN amount_minor ELSE 0 END),
       sum(CASE WHEN currency = :currency AND status = 'won' THEN amount_minor ELSE 0 END)
FROM deals INDEXED BY deals_funnel
WHERE created_at >= :start AND created_at < :end
GROUP BY stage_path, stage_id
)SQL";

struct Levels
{
    int loose = 0;  // the furthest open stage (rank) entered or current
    int strict = 0; // how many open stages, from the first, were entered in order
};

// `ranks`: open stage id -> rank (1 = first open stage).
Levels levelsOf(const QString& path, qint64 currentStage, const QHash<qint64, int>& ranks)
{
    QMap<int, int> orderByRank; // rank -> order of first entry
    for (const QString& part : path.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const int rank = ranks.value(part.left(colon).toLongLong(), 0);
        if (colon > 0 && rank > 0)
            orderByRank.insert(rank, part.mid(colon + 1).toInt());
    }
    Levels levels;
    levels.loose = qMax(orderByRank.isEmpty() ? 0 : orderByRank.lastKey(), ranks.value(currentStage, 0));
    int previousOrder = 0;
    for (auto it = orderByRank.cbegin(); it != orderByRank.cend(); ++it) {
        if (it.key() != levels.strict + 1 || it.value() < previousOrder)
            break;
        levels.strict = it.key();
        previousOrder = it.value();
    }
    return levels;
}

} // namespace

Result<FunnelReport> SalesFunnel::compute(const QSqlDatabase& db, const ReportRange& range, bool strict)
{
    if (auto valid = range.validate(); !valid)
        return valid.error();
    FunnelReport report;
    report.strict = strict;
    report.currency = businessCurrency(db);

    Query stages(db, QStringLiteral("SELECT id, name, kind FROM pipeline_stages WHERE kind IN ('open', 'won') "
                                    "ORDER BY kind = 'won', position, id"));
    if (!stages.exec())
        return stages.asError();
    while (stages.next()) {
        FunnelStage s;
        s.stageId = stages.value(0).toLongLong();
        s.name = stages.value(1).toString();
        s.won = stages.value(2).toString() == QStringLiteral("won");
        report.stages << s;
    }
    const int openCount = static_cast<int>(report.stages.size()) - 1;

    QHash<qint64, int> ranks;
    for (int i = 0; i < openCount; ++i)
        ranks.insert(report.stages[i].stageId, i + 1);
    const auto add = [&](int reached, bool reachedWon, qint64 deals, qint64 value) {
        for (int i = 0; i < qMin(reached, openCount); ++i) {
            report.stages[i].deals += deals;
            report.stages[i].valueMinor += value;
        }
        if (reachedWon && openCount >= 0) {
            report.stages[openCount].deals += deals;
            report.stages[openCount].valueMinor += value;
        }
    };

    const QString sql = QString::fromUtf8(kPathsSql);
    Query q(db, sql);
    bindNamed(q, sql, range, report.currency);
    if (!q.exec())
        return q.asError();
    while (q.next()) {
        const Levels levels = levelsOf(q.value(0).toString(), q.value(1).toLongLong(), ranks);
        const qint64 deals = q.value(2).toLongLong();
        const qint64 won = q.value(3).toLongLong();
        const qint64 value = q.value(4).toLongLong();
        const qint64 wonValue = q.value(5).toLongLong();
        // Ranks 1..openCount are the open stages; index openCount is Won. A won deal has passed every stage
        // (loosely) or counts as won only if it went through all of them in order (strictly).
        if (strict) {
            add(levels.strict, false, deals - won, value - wonValue);
            add(levels.strict, levels.strict == openCount, won, wonValue);
        } else {
            add(levels.loose, false, deals - won, value - wonValue);
            add(openCount, true, won, wonValue);
        }
    }
    for (int i = 0; i + 1 < report.stages.size(); ++i)
        report.stages[i].toNext = Ratio{report.stages[i + 1].deals, report.stages[i].deals};
    if (!report.stages.isEmpty())
        report.overall = Ratio{report.stages.last().deals, report.stages.first().deals};
    return report;
}

QString SalesFunnel::definition(bool strict)
{
    const QString common =
        tr("Deals created in the period, whatever happened to them since. Each bar counts the deals that "
           "reached that stage according to their stage history, with their total amount in the business "
           "currency (amounts in other currencies are counted as deals but not in the totals). Conversion is the "
           "share of deals at a stage that reached the next one; overall conversion is won deals divided by deals "
           "at the first stage.");
    return common + QLatin1Char(' ') +
           (strict ? tr("Strict: a deal counts at a stage only if it went through every earlier stage, in order; a "
                        "deal that skipped a stage stops counting there.")
                   : tr("A deal that skipped a stage counts as having passed it, and a won deal counts at every "
                        "stage."));
}

} // namespace rapport
