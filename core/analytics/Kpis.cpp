#include "analytics/Kpis.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"

namespace rapport {

QString kpiMetricKey(KpiMetric metric)
{
    switch (metric) {
    case KpiMetric::Revenue: return QStringLiteral("revenue");
    case KpiMetric::NewCustomers: return QStringLiteral("new_customers");
    case KpiMetric::TicketsInSla: return QStringLiteral("tickets_in_sla");
    }
    return {};
}

Result<KpiReport> Kpis::compute(const QSqlDatabase& db, const ReportRange& range)
{
    if (auto valid = range.validate(); !valid)
        return valid.error();
    KpiReport report;
    report.currency = businessCurrency(db);
    const QStringList months = range.months();
    for (const QString& m : months) {
        KpiMonth month;
        month.month = m;
        report.months << month;
    }

    // One indexed range per month (see forEachSpan). A new customer is a company or a person on their own;
    // people at a company are its contacts.
    const QString revenue = QStringLiteral("SELECT sum(amount_minor) FROM deals WHERE status = 'won' "
                                           "AND closed_at >= :span_start AND closed_at < :span_end AND currency = :currency");
    const QString customers = QStringLiteral("SELECT count(*) FROM customers WHERE (kind = 'company' OR company_id IS NULL) "
                                             "AND created_at >= :span_start AND created_at < :span_end");
    const QString tickets = QStringLiteral("SELECT count(*) FROM tickets WHERE resolved_at >= :span_start "
                                           "AND resolved_at < :span_end AND resolved_at <= resolution_due");
    const auto spans = range.monthSpans();
    const std::pair<const QString*, KpiValue KpiMonth::*> parts[] = {
        {&revenue, &KpiMonth::revenueMinor}, {&customers, &KpiMonth::newCustomers}, {&tickets, &KpiMonth::ticketsInSla}};
    for (const auto& [sql, field] : parts) {
        const Status done = forEachSpan(db, *sql, range, report.currency, spans, [&, field = field](int i, Query& q) {
            if (q.next())
                (report.months[i].*field).actual = q.value(0).toLongLong();
        });
        if (!done)
            return done.error();
    }

    Query t(db, QStringLiteral("SELECT month, metric, value FROM targets WHERE month >= ? AND month <= ?"));
    t.bindAll({months.first(), months.last()});
    if (!t.exec())
        return t.asError();
    while (t.next()) {
        const auto i = months.indexOf(t.value(0).toString());
        if (i < 0)
            continue;
        const QString metric = t.value(1).toString();
        KpiMonth& m = report.months[i];
        KpiValue& v = metric == kpiMetricKey(KpiMetric::Revenue)        ? m.revenueMinor
                      : metric == kpiMetricKey(KpiMetric::NewCustomers) ? m.newCustomers
                                                                        : m.ticketsInSla;
        v.target = t.value(2).toLongLong();
    }
    return report;
}

QString Kpis::definition()
{
    return tr("Each month of the period against the targets you set. Revenue is the amount of deals won that month in "
              "the business currency. New customers counts companies and individual customers added that month "
              "(people added to a company are its contacts and do not count). Tickets within SLA counts tickets "
              "resolved that month by their resolution due time.");
}

Result<std::optional<qint64>> Kpis::target(const QSqlDatabase& db, const QString& month, KpiMetric metric)
{
    Query q(db, QStringLiteral("SELECT value FROM targets WHERE month = ? AND metric = ?"));
    q.bindAll({month, kpiMetricKey(metric)});
    if (!q.exec())
        return q.asError();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Status Kpis::setTarget(Database& db, const QString& month, KpiMetric metric, std::optional<qint64> value)
{
    if (QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).isNull() || month.size() != 7)
        return makeError(QStringLiteral("bad_month"), tr("\"%1\" is not a month; write it as YYYY-MM.").arg(month));
    if (value && *value < 0)
        return makeError(QStringLiteral("bad_target"), tr("A target cannot be negative."));
    Query q(db.connection(), value ? QStringLiteral("INSERT INTO targets (month, metric, value) VALUES (?, ?, ?) "
                                                    "ON CONFLICT (month, metric) DO UPDATE SET value = excluded.value")
                                   : QStringLiteral("DELETE FROM targets WHERE month = ? AND metric = ?"));
    q.bindAll({month, kpiMetricKey(metric)});
    if (value)
        q.bind(*value);
    if (!q.exec())
        return q.asError();
    return Ok{};
}

Result<TodayKpis> TodayKpis::compute(const QSqlDatabase& db, const QDate& today, const QDateTime& now)
{
    TodayKpis k;
    k.currency = businessCurrency(db);
    ReportRange sixMonths = ReportRange::lastTwelveMonths(today);
    sixMonths.from = QDate(today.year(), today.month(), 1).addMonths(-5);
    const QStringList months = sixMonths.months();
    k.month = months.last();
    k.revenueByMonth = QList<qint64>(months.size(), 0);
    const QString revenue = QStringLiteral("SELECT sum(amount_minor) FROM deals WHERE status = 'won' "
                                           "AND closed_at >= :span_start AND closed_at < :span_end AND currency = :currency");
    const Status done = forEachSpan(db, revenue, sixMonths, k.currency, sixMonths.monthSpans(), [&k](int i, Query& q) {
        if (q.next())
            k.revenueByMonth[i] = q.value(0).toLongLong();
    });
    if (!done)
        return done.error();
    k.revenueMinor = k.revenueByMonth.last();
    auto target = Kpis::target(db, k.month, KpiMetric::Revenue);
    if (!target)
        return target.error();
    k.revenueTargetMinor = target.value();

    Query p(db, QStringLiteral("SELECT count(*), coalesce(sum(d.amount_minor * s.probability), 0) FROM deals d "
                               "JOIN pipeline_stages s ON s.id = d.stage_id "
                               "WHERE d.status = 'open' AND d.archived_at IS NULL AND d.currency = ?"));
    p.bind(k.currency);
    if (!p.exec() || !p.next())
        return p.asError();
    k.openDeals = p.value(0).toLongLong();
    k.weightedPipelineMinor = (p.value(1).toLongLong() + 50) / 100;

    ReportRange recent = sixMonths;
    recent.from = today.addDays(-89);
    recent.to = today;
    Query w(db, QStringLiteral("SELECT coalesce(sum(status = 'won'), 0), count(*) FROM deals "
                               "WHERE status IN ('won', 'lost') AND closed_at >= ? AND closed_at < ?"));
    w.bindAll({recent.startInstant(), recent.endInstant()});
    if (!w.exec() || !w.next())
        return w.asError();
    k.winRate = Ratio{w.value(0).toLongLong(), w.value(1).toLongLong()};

    const QString nowText = toStoredInstant(now);
    Query t(db, QStringLiteral("SELECT count(*), coalesce(sum((first_response_at IS NULL AND first_response_due < ?) "
                               "OR resolution_due < ?), 0) FROM tickets "
                               "WHERE status IN ('new', 'open', 'pending') AND archived_at IS NULL"));
    t.bindAll({nowText, nowText});
    if (!t.exec() || !t.next())
        return t.asError();
    k.openTickets = t.value(0).toLongLong();
    k.breachedTickets = t.value(1).toLongLong();
    return k;
}

} // namespace rapport
