#include "analytics/SalesFunnel.h"

#include "db/Query.h"

namespace rapport {
namespace {

// Per deal created in the range: how far it got (in open-stage ranks, 1 = first open stage) loosely and
// strictly, and whether it is won; grouped, so only a handful of rows come back.
// Strict level: the longest run of ranks 1, 2, 3, ... that the deal entered, each no earlier than the one
// before it (first entry times).
const char* const kLevelsSql = R"SQL(
WITH ranks AS (
    SELECT id, row_number() OVER (ORDER BY position, id) AS rank FROM pipeline_stages WHERE kind = 'open'
),
scope AS (
    SELECT id, status, stage_id, CASE WHEN currency = :currency THEN amount_minor ELSE 0 END AS amount
    FROM deals WHERE created_at >= :start AND created_at < :end
),
firsts AS (
    SELECT h.deal_id, r.rank, min(h.changed_at) AS at
    FROM scope s JOIN deal_stage_history h ON h.deal_id = s.id JOIN ranks r ON r.id = h.to_stage_id
    GROUP BY h.deal_id, r.rank
),
ordered AS (
    SELECT deal_id, rank, at, row_number() OVER (PARTITION BY deal_id ORDER BY rank) AS n,
           lag(at) OVER (PARTITION BY deal_id ORDER BY rank) AS previous_at
    FROM firsts
),
levels AS (
    SELECT deal_id, max(rank) AS loose,
           coalesce(min(CASE WHEN rank <> n OR at < previous_at THEN n - 1 END), count(*)) AS strict
    FROM ordered GROUP BY deal_id
),
-- Deals with history are found through the history (primary-key lookups into deals); the few without
-- any history count at their current stage.
per_deal AS (
    SELECT max(l.loose, coalesce(r.rank, 0)) AS loose, l.strict AS strict, d.status = 'won' AS won,
           CASE WHEN d.currency = :currency THEN d.amount_minor ELSE 0 END AS amount
    FROM levels l JOIN deals d ON d.id = l.deal_id LEFT JOIN ranks r ON r.id = d.stage_id
    UNION ALL
    SELECT coalesce(r.rank, 0), 0, s.status = 'won', s.amount
    FROM scope s LEFT JOIN ranks r ON r.id = s.stage_id
    WHERE NOT EXISTS (SELECT 1 FROM deal_stage_history h WHERE h.deal_id = s.id)
)
SELECT loose, strict, won, count(*), sum(amount) FROM per_deal GROUP BY 1, 2, 3
)SQL";

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

    const QString sql = QString::fromUtf8(kLevelsSql);
    Query q(db, sql);
    bindNamed(q, sql, range, report.currency);
    if (!q.exec())
        return q.asError();
    while (q.next()) {
        const int loose = q.value(0).toInt();
        const int strictLevel = q.value(1).toInt();
        const bool won = q.value(2).toBool();
        const qint64 deals = q.value(3).toLongLong();
        const qint64 value = q.value(4).toLongLong();
        // Ranks 1..openCount are the open stages; index openCount is Won.
        int reached = strict ? strictLevel : loose;
        bool reachedWon = won;
        if (won && !strict)
            reached = openCount; // a won deal has passed every stage
        if (strict)
            reachedWon = won && strictLevel == openCount;
        for (int i = 0; i < qMin(reached, openCount); ++i) {
            report.stages[i].deals += deals;
            report.stages[i].valueMinor += value;
        }
        if (reachedWon && openCount >= 0) {
            report.stages[openCount].deals += deals;
            report.stages[openCount].valueMinor += value;
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
