#include "analytics/Forecast.h"

#include "db/Query.h"

namespace rapport {

Result<ForecastReport> Forecast::compute(const QSqlDatabase& db, const QDate& today, const ReportRange& range)
{
    ForecastReport report;
    report.currency = businessCurrency(db);
    const QDate first(today.year(), today.month(), 1);
    const QStringList keys = monthKeys(first, kMonths);
    for (const QString& key : keys) {
        ForecastMonth m;
        m.month = key;
        report.months << m;
    }
    const QString firstDay = first.toString(Qt::ISODate);
    const QString endDay = first.addMonths(kMonths).toString(Qt::ISODate);

    // Open deals by expected close month; NULL month = no date, "<" = before this month.
    const QString open = QStringLiteral(
        "SELECT CASE WHEN d.expected_close IS NULL OR d.expected_close = '' THEN NULL "
        "            WHEN d.expected_close < :first THEN '<' ELSE substr(d.expected_close, 1, 7) END AS month, "
        "       count(*), sum(CASE WHEN d.currency = :currency THEN d.amount_minor ELSE 0 END), "
        "       sum(CASE WHEN d.currency = :currency THEN d.amount_minor * s.probability ELSE 0 END) "
        "FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id "
        "WHERE d.status = 'open' AND d.archived_at IS NULL AND (d.expected_close IS NULL OR d.expected_close < :last) "
        "GROUP BY month");
    Query q(db, open);
    bindNamed(q, open, range, report.currency,
              {{QStringLiteral(":first"), firstDay}, {QStringLiteral(":last"), endDay}});
    if (!q.exec())
        return q.asError();
    while (q.next()) {
        const QVariant month = q.value(0);
        const qint64 deals = q.value(1).toLongLong();
        const qint64 amount = q.value(2).toLongLong();
        if (month.isNull()) {
            report.undatedDeals += deals;
            report.undatedAmountMinor += amount;
        } else if (month.toString() == QStringLiteral("<")) {
            report.overdueDeals += deals;
            report.overdueAmountMinor += amount;
        } else if (const auto i = keys.indexOf(month.toString()); i >= 0) {
            report.months[i].openDeals = deals;
            report.months[i].amountMinor = amount;
            // Rounded to the nearest minor unit once per month, never per deal.
            report.months[i].weightedMinor = (q.value(3).toLongLong() + 50) / 100;
        }
    }

    ReportRange ahead = range;
    ahead.from = first;
    ahead.to = first.addMonths(kMonths).addDays(-1);
    const QString won = QStringLiteral("SELECT strftime('%Y-%m', closed_at, :local), sum(amount_minor) FROM deals "
                                       "WHERE status = 'won' AND currency = :currency AND closed_at >= :start "
                                       "AND closed_at < :end GROUP BY 1");
    Query w(db, won);
    bindNamed(w, won, ahead, report.currency);
    if (!w.exec())
        return w.asError();
    while (w.next()) {
        if (const auto i = keys.indexOf(w.value(0).toString()); i >= 0)
            report.months[i].wonMinor = w.value(1).toLongLong();
    }

    Query t(db, QStringLiteral("SELECT month, value FROM targets WHERE metric = 'revenue' AND month >= ? AND month <= ?"));
    t.bindAll({keys.first(), keys.last()});
    if (!t.exec())
        return t.asError();
    while (t.next()) {
        if (const auto i = keys.indexOf(t.value(0).toString()); i >= 0)
            report.months[i].targetMinor = t.value(1).toLongLong();
    }
    return report;
}

QString Forecast::definition()
{
    return tr("Open deals by the month they are expected to close, for this month and the next five. Weighted is "
              "each deal's amount times the win probability of its stage, so it is what the pipeline is likely to "
              "bring in. Won is what has already been won in that month. Open deals whose expected close date has "
              "passed are shown apart as overdue. The target is the monthly revenue target you set. This report "
              "always looks ahead from today, whatever period the other reports cover.");
}

} // namespace rapport
