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

    // Open deals whose expected close date falls in [:lo, :hi): one range of deals_open_forecast per bucket
    // (grouping by a computed month would sort every open deal).
    const QString open = QStringLiteral(
        "SELECT count(*), sum(CASE WHEN d.currency = :currency THEN d.amount_minor ELSE 0 END), "
        "       sum(CASE WHEN d.currency = :currency THEN d.amount_minor * s.probability ELSE 0 END) "
        "FROM deals d INDEXED BY deals_open_forecast JOIN pipeline_stages s ON s.id = d.stage_id "
        "WHERE d.status = 'open' AND d.archived_at IS NULL "
        "  AND d.expected_close > '' AND d.expected_close >= :lo AND d.expected_close < :hi");
    const QString undated = QStringLiteral(
        "SELECT count(*), sum(CASE WHEN d.currency = :currency THEN d.amount_minor ELSE 0 END), 0 "
        "FROM deals d INDEXED BY deals_open_forecast WHERE d.status = 'open' AND d.archived_at IS NULL "
        "AND (d.expected_close IS NULL OR d.expected_close = '')");
    struct Bucket
    {
        qint64 deals = 0;
        qint64 amount = 0;
        qint64 weighted = 0; // x 100
    };
    const auto bucket = [&](const QString& sql, const QString& lo, const QString& hi) -> Result<Bucket> {
        Query q(db, sql);
        bindNamed(q, sql, range, report.currency,
                  {{QStringLiteral(":lo"), lo}, {QStringLiteral(":hi"), hi}});
        if (!q.exec() || !q.next())
            return q.asError();
        return Bucket{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    };
    for (int i = 0; i < kMonths; ++i) {
        const auto b = bucket(open, first.addMonths(i).toString(Qt::ISODate), first.addMonths(i + 1).toString(Qt::ISODate));
        if (!b)
            return b.error();
        report.months[i].openDeals = b.value().deals;
        report.months[i].amountMinor = b.value().amount;
        // Rounded to the nearest minor unit once per month, never per deal.
        report.months[i].weightedMinor = (b.value().weighted + 50) / 100;
    }
    const auto overdue = bucket(open, QStringLiteral("0000"), firstDay); // every date before this month
    const auto none = bucket(undated, QString(), QString());
    if (!overdue)
        return overdue.error();
    if (!none)
        return none.error();
    report.overdueDeals = overdue.value().deals;
    report.overdueAmountMinor = overdue.value().amount;
    report.undatedDeals = none.value().deals;
    report.undatedAmountMinor = none.value().amount;

    ReportRange ahead = range;
    ahead.from = first;
    ahead.to = first.addMonths(kMonths).addDays(-1);
    const QString won = QStringLiteral("SELECT sum(amount_minor) FROM deals WHERE status = 'won' AND currency = :currency "
                                       "AND closed_at >= :span_start AND closed_at < :span_end");
    const Status wonDone = forEachSpan(db, won, ahead, report.currency, ahead.monthSpans(), [&report](int i, Query& q) {
        if (q.next() && i < report.months.size())
            report.months[i].wonMinor = q.value(0).toLongLong();
    });
    if (!wonDone)
        return wonDone.error();

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
