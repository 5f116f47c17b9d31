#include "analytics/WinRate.h"

#include "db/Query.h"

#include <QMap>

#include <algorithm>

namespace rapport {
namespace {

const char* const kClosedScope =
    "FROM deals WHERE status IN ('won', 'lost') AND closed_at >= :start AND closed_at < :end ";

// Days from creation to a win, for the median (asked for the one or two middle values only).
const char* const kDaysToWin = "julianday(closed_at) - julianday(created_at)";

// Time spent in each open stage, over every visit by a deal closed in the range: from entering it to the
// deal's next stage change (left_at and deal_closed_at are kept by the stage history's triggers). One range
// of the covering index per stage.
const char* const kStageDurationsSql = R"SQL(
SELECT p.name, count(h.to_stage_id), coalesce(avg(julianday(h.left_at) - julianday(h.changed_at)), 0)
FROM pipeline_stages p
LEFT JOIN deal_stage_history h INDEXED BY deal_stage_history_closed
       ON h.to_stage_id = p.id AND h.deal_closed_at >= :start AND h.deal_closed_at < :end AND h.left_at IS NOT NULL
WHERE p.kind = 'open'
GROUP BY p.id
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

    const QString byMonth = QStringLiteral("SELECT sum(status = 'won'), sum(status = 'lost'), sum(CASE WHEN "
                                           "status = 'won' AND currency = :currency THEN amount_minor ELSE 0 END) "
                                           "FROM deals WHERE status IN ('won', 'lost') AND closed_at >= :span_start "
                                           "AND closed_at < :span_end");
    const auto spans = range.monthSpans();
    const Status months = forEachSpan(db, byMonth, range, report.currency, spans, [&report](int i, Query& q) {
        if (!q.next())
            return;
        WinRateMonth& m = report.months[i];
        m.won = q.value(0).toLongLong();
        m.lost = q.value(1).toLongLong();
        m.wonValueMinor = q.value(2).toLongLong();
        report.won += m.won;
        report.lost += m.lost;
    });
    if (!months)
        return months.error();

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

    // Grouped by the stored text along the lost-reason index (no sort), then merged by trimmed text here.
    const QString reasons = QStringLiteral("SELECT lost_reason, count(*), sum(CASE WHEN currency = :currency THEN "
                                           "amount_minor ELSE 0 END) FROM deals INDEXED BY deals_lost_reason "
                                           "WHERE status = 'lost' AND closed_at >= :start AND closed_at < :end "
                                           "GROUP BY lost_reason");
    Query lost(db, reasons);
    bindNamed(lost, reasons, range, report.currency);
    if (!lost.exec())
        return lost.asError();
    QMap<QString, LostReason> merged;
    while (lost.next()) {
        const QString reason = lost.value(0).toString().trimmed();
        LostReason& r = merged[reason];
        r.reason = reason;
        r.deals += lost.value(1).toLongLong();
        r.valueMinor += lost.value(2).toLongLong();
    }
    QList<LostReason> all = merged.values(); // ordered by reason
    std::stable_sort(all.begin(), all.end(), [](const LostReason& a, const LostReason& b) { return a.deals > b.deals; });
    report.lostReasons = all.mid(0, 5);
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
