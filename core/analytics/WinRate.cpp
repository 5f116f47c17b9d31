#include "analytics/WinRate.h"

#include "db/Query.h"

namespace rapport {
namespace {

const char* const kClosedScope =
    "FROM deals WHERE status IN ('won', 'lost') AND closed_at >= :start AND closed_at < :end ";

// Days from creation to a win, for the median (asked for the one or two middle values only).
const char* const kDaysToWin = "julianday(closed_at) - julianday(created_at)";

// Time spent in each open stage: from entering it to the next history entry of the same deal.
const char* const kStageDurationsSql = R"SQL(
WITH scope AS (
    SELECT id FROM deals WHERE status IN ('won', 'lost') AND closed_at >= :start AND closed_at < :end
),
visits AS (
    SELECT h.to_stage_id AS stage_id, h.changed_at,
           lead(h.changed_at) OVER (PARTITION BY h.deal_id ORDER BY h.changed_at, h.id) AS left_at
    FROM scope s JOIN deal_stage_history h ON h.deal_id = s.id
),
per_stage AS (
    SELECT stage_id, count(*) AS visits, avg(julianday(left_at) - julianday(changed_at)) AS days
    FROM visits WHERE left_at IS NOT NULL GROUP BY stage_id
)
SELECT p.name, coalesce(v.visits, 0), coalesce(v.days, 0)
FROM pipeline_stages p LEFT JOIN per_stage v ON v.stage_id = p.id
WHERE p.kind = 'open'
ORDER BY p.position, p.id
)SQL";

} // namespace

Result<WinRateReport> WinRate::compute(const QSqlDatabase& db, const ReportRange& range)
{
    if (auto valid = range.validate(); !valid)
        return valid.error();
    WinRateReport report;
    report.currency = businessCurrency(db);
    for (const QString& month : range.months())
        report.months << WinRateMonth{month};

    const QString byMonth = QStringLiteral("SELECT strftime('%Y-%m', closed_at, :local), sum(status = 'won'), "
                                           "sum(status = 'lost'), sum(CASE WHEN status = 'won' AND currency = "
                                           ":currency THEN amount_minor ELSE 0 END) ") +
                            QLatin1String(kClosedScope) + QStringLiteral("GROUP BY 1");
    Query months(db, byMonth);
    bindNamed(months, byMonth, range, report.currency);
    if (!months.exec())
        return months.asError();
    while (months.next()) {
        const QString key = months.value(0).toString();
        for (auto& m : report.months) {
            if (m.month != key)
                continue;
            m.won = months.value(1).toLongLong();
            m.lost = months.value(2).toLongLong();
            m.wonValueMinor = months.value(3).toLongLong();
            report.won += m.won;
            report.lost += m.lost;
        }
    }

    if (report.won > 0) {
        const QString average = QStringLiteral("SELECT avg(%1) ").arg(QLatin1String(kDaysToWin)) +
                                QLatin1String(kClosedScope) + QStringLiteral("AND status = 'won'");
        Query avg(db, average);
        bindNamed(avg, average, range, report.currency);
        if (!avg.exec() || !avg.next())
            return avg.asError();
        report.averageDaysToWin = avg.value(0).toDouble();

        const qint64 middle = (report.won - 1) / 2;
        const int take = report.won % 2 == 0 ? 2 : 1;
        const QString median = QStringLiteral("SELECT %1 AS days ").arg(QLatin1String(kDaysToWin)) +
                               QLatin1String(kClosedScope) +
                               QStringLiteral("AND status = 'won' ORDER BY days LIMIT :take OFFSET :skip");
        Query med(db, median);
        bindNamed(med, median, range, report.currency,
                  {{QStringLiteral(":take"), take}, {QStringLiteral(":skip"), middle}});
        if (!med.exec())
            return med.asError();
        double sum = 0;
        int n = 0;
        while (med.next()) {
            sum += med.value(0).toDouble();
            ++n;
        }
        if (n > 0)
            report.medianDaysToWin = sum / n;
    }

    const QString durations = QString::fromUtf8(kStageDurationsSql);
    Query stages(db, durations);
    bindNamed(stages, durations, range, report.currency);
    if (!stages.exec())
        return stages.asError();
    while (stages.next())
        report.stageDurations << StageDuration{stages.value(0).toString(), stages.value(1).toLongLong(),
                                               stages.value(2).toDouble()};

    const QString reasons = QStringLiteral("SELECT trim(lost_reason) AS reason, count(*), sum(CASE WHEN currency = "
                                           ":currency THEN amount_minor ELSE 0 END) ") +
                            QLatin1String(kClosedScope) +
                            QStringLiteral("AND status = 'lost' GROUP BY reason ORDER BY 2 DESC, reason LIMIT 5");
    Query lost(db, reasons);
    bindNamed(lost, reasons, range, report.currency);
    if (!lost.exec())
        return lost.asError();
    while (lost.next())
        report.lostReasons << LostReason{lost.value(0).toString(), lost.value(1).toLongLong(), lost.value(2).toLongLong()};
    return report;
}

QString WinRate::definition()
{
    return tr("Deals closed in the period, by the month they closed. Win rate is won deals divided by won and lost "
              "deals (open deals do not count). Days to win run from a deal's creation to its win; the median is "
              "the middle value, so one very slow deal does not move it. Days in each stage run from entering the "
              "stage to the next stage change, over every visit by a deal closed in the period. Lost reasons are "
              "the five most frequent among deals lost in the period.");
}

} // namespace rapport
