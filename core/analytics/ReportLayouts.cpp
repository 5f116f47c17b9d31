#include "analytics/ReportLayouts.h"

#include "Money.h"

namespace rapport {
namespace {

QList<bool> numericAfterFirst(qsizetype columns)
{
    QList<bool> numeric(columns, true);
    numeric[0] = false;
    return numeric;
}

QString priorityName(TicketPriority p)
{
    switch (p) {
    case TicketPriority::Urgent: return ReportLayouts::tr("Urgent");
    case TicketPriority::High: return ReportLayouts::tr("High");
    case TicketPriority::Normal: return ReportLayouts::tr("Normal");
    case TicketPriority::Low: return ReportLayouts::tr("Low");
    }
    return {};
}

} // namespace

void ReportLayouts::funnel(ReportDocument& doc, const FunnelReport& r, const ReportText& text)
{
    const qint64 entered = r.stages.isEmpty() ? 0 : r.stages.first().deals;
    doc.highlights << tr("Deals in the funnel: %1").arg(text.count(entered))
                   << tr("Overall conversion to won: %1").arg(text.percent(r.overall));
    ReportSection s;
    s.title = r.strict ? tr("Deals that reached each stage (strict)") : tr("Deals that reached each stage");
    s.chart.kind = ChartKind::Funnel;
    s.chart.unit = ChartUnit::Count;
    ChartSeries deals(tr("Deals"));
    s.table.headers = {tr("Stage"), tr("Deals"), tr("Value"), tr("To next stage")};
    s.table.numeric = numericAfterFirst(4);
    for (const auto& stage : r.stages) {
        const QString name = ReportText::stageName(stage.name);
        s.chart.categories << name;
        deals.values << static_cast<double>(stage.deals);
        s.chart.labels << (stage.won ? text.count(stage.deals)
                                     : tr("%1 · %2 to next").arg(text.count(stage.deals), text.percent(stage.toNext)));
        s.table.rows << QStringList{name, text.count(stage.deals), text.money(stage.valueMinor),
                                    stage.won ? text.dash() : text.percent(stage.toNext)};
    }
    s.chart.series << deals;
    if (entered == 0)
        s.emptyText = tr("No deals were created in this period.");
    doc.sections << s;
}

void ReportLayouts::winRate(ReportDocument& doc, const WinRateReport& r, const ReportText& text)
{
    doc.highlights << tr("Win rate: %1").arg(text.percent(r.rate()))
                   << tr("Won: %1 · Lost: %2").arg(text.count(r.won), text.count(r.lost))
                   << tr("Days to win: average %1, median %2")
                          .arg(text.days(r.averageDaysToWin), text.days(r.medianDaysToWin));

    ReportSection months;
    months.title = tr("Won and lost deals by month");
    months.chart.kind = ChartKind::StackedBars;
    ChartSeries won(tr("Won"));
    ChartSeries lost(tr("Lost"));
    months.table.headers = {tr("Month"), tr("Won"), tr("Lost"), tr("Win rate"), tr("Won value")};
    months.table.numeric = numericAfterFirst(5);
    for (const auto& m : r.months) {
        months.chart.categories << text.shortMonth(m.month);
        won.values << static_cast<double>(m.won);
        lost.values << static_cast<double>(m.lost);
        months.table.rows << QStringList{text.month(m.month), text.count(m.won), text.count(m.lost),
                                         text.percent(m.rate()), text.money(m.wonValueMinor)};
    }
    months.chart.series << won << lost;
    doc.sections << months;

    ReportSection stages;
    stages.title = tr("Average days in each stage");
    stages.chart.kind = ChartKind::Bars;
    stages.chart.unit = ChartUnit::Days;
    ChartSeries days(tr("Average days"));
    stages.table.headers = {tr("Stage"), tr("Visits"), tr("Average days")};
    stages.table.numeric = numericAfterFirst(3);
    for (const auto& d : r.stageDurations) {
        const QString name = ReportText::stageName(d.stage);
        stages.chart.categories << name;
        days.values << d.averageDays;
        stages.table.rows << QStringList{name, text.count(d.visits),
                                         d.visits ? text.number(d.averageDays) : text.dash()};
    }
    stages.chart.series << days;
    doc.sections << stages;

    ReportSection reasons;
    reasons.title = tr("Top reasons for lost deals");
    reasons.chart.kind = ChartKind::Bars;
    ChartSeries lostDeals(tr("Lost deals"));
    reasons.table.headers = {tr("Reason"), tr("Deals"), tr("Value")};
    reasons.table.numeric = numericAfterFirst(3);
    for (const auto& l : r.lostReasons) {
        const QString reason = l.reason.isEmpty() ? tr("(no reason given)") : l.reason;
        reasons.chart.categories << reason;
        lostDeals.values << static_cast<double>(l.deals);
        reasons.table.rows << QStringList{reason, text.count(l.deals), text.money(l.valueMinor)};
    }
    reasons.chart.series << lostDeals;
    reasons.emptyText = tr("No deals were lost in this period.");
    doc.sections << reasons;
}

void ReportLayouts::forecast(ReportDocument& doc, const ForecastReport& r, const ReportText& text)
{
    qint64 weighted = 0;
    for (const auto& m : r.months)
        weighted += m.weightedMinor;
    doc.highlights << tr("Weighted pipeline, next six months: %1").arg(text.money(weighted))
                   << tr("Overdue open deals: %1 (%2)").arg(text.count(r.overdueDeals), text.money(r.overdueAmountMinor))
                   << tr("Open deals without a close date: %1 (%2)")
                          .arg(text.count(r.undatedDeals), text.money(r.undatedAmountMinor));
    ReportSection s;
    s.title = tr("Expected revenue by month");
    s.chart.kind = ChartKind::Bars;
    s.chart.unit = ChartUnit::Money;
    s.chart.currency = r.currency;
    ChartSeries amount(tr("Open amount"));
    ChartSeries weightedSeries(tr("Weighted"));
    ChartSeries won(tr("Won"));
    ChartSeries target(tr("Target"), true);
    s.table.headers = {tr("Month"), tr("Open deals"), tr("Open amount"), tr("Weighted"), tr("Won"), tr("Target")};
    s.table.numeric = numericAfterFirst(6);
    bool anyTarget = false;
    for (const auto& m : r.months) {
        s.chart.categories << text.shortMonth(m.month);
        amount.values << majorUnits(m.amountMinor, r.currency);
        weightedSeries.values << majorUnits(m.weightedMinor, r.currency);
        won.values << majorUnits(m.wonMinor, r.currency);
        target.values << (m.targetMinor ? majorUnits(*m.targetMinor, r.currency) : 0.0);
        anyTarget = anyTarget || m.targetMinor.has_value();
        s.table.rows << QStringList{text.month(m.month), text.count(m.openDeals), text.money(m.amountMinor),
                                    text.money(m.weightedMinor), text.money(m.wonMinor),
                                    m.targetMinor ? text.money(*m.targetMinor) : text.dash()};
    }
    s.chart.series << amount << weightedSeries << won;
    if (anyTarget)
        s.chart.series << target;
    doc.sections << s;
}

void ReportLayouts::retention(ReportDocument& doc, const RetentionReport& r, const ReportText& text)
{
    doc.highlights << tr("Repeat-purchase rate: %1 (%2 of %3 new buyers)")
                          .arg(text.percent(r.repeatRate()), text.count(r.repeatBuyers), text.count(r.newBuyers))
                   << tr("Churned: %1 of %2 buyers (%3), %4 of them bought once")
                          .arg(text.count(r.churned), text.count(r.buyers), text.percent(r.churnRate()),
                               text.count(r.churnedSinglePurchase));
    ReportSection cohorts;
    cohorts.title = tr("Cohorts: share who bought again, by months after the first purchase");
    qsizetype widest = 0;
    for (const auto& c : r.cohorts)
        widest = qMax(widest, c.returning.size());
    widest = qMin<qsizetype>(widest, 12);
    cohorts.table.headers = {tr("First purchase"), tr("Customers")};
    for (qsizetype k = 1; k <= widest; ++k)
        cohorts.table.headers << tr("+%1 mo").arg(k);
    cohorts.table.numeric = numericAfterFirst(cohorts.table.headers.size());
    for (const auto& c : r.cohorts) {
        QStringList row{text.month(c.month), text.count(c.customers)};
        QList<double> heat{-1, -1};
        for (qsizetype k = 0; k < widest; ++k) {
            if (k < c.returning.size() && c.customers > 0) {
                const Ratio share{c.returning[k], c.customers};
                row << text.percent(share);
                heat << share.value();
            } else {
                row << QString();
                heat << -1;
            }
        }
        cohorts.table.rows << row;
        cohorts.table.heat << heat;
    }
    doc.sections << cohorts;

    ReportSection churned;
    churned.title = tr("Churned customers, most valuable first");
    churned.table.headers = {tr("Customer"), tr("Last purchase"), tr("Purchases"), tr("Days since"), tr("Lifetime value")};
    churned.table.numeric = {false, false, true, true, true};
    for (const auto& c : r.topChurned) {
        churned.table.rows << QStringList{c.name, text.date(QDate::fromString(c.lastPurchase, Qt::ISODate)),
                                          text.count(c.purchases), text.count(c.daysSince),
                                          text.money(c.lifetimeValueMinor)};
    }
    churned.emptyText = tr("No customer has churned.");
    doc.sections << churned;
}

void ReportLayouts::segments(ReportDocument& doc, const ValueTierReport& r, const ReportText& text)
{
    doc.highlights << tr("Customers who bought in the last 24 months: %1").arg(text.count(r.customers))
                   << tr("Their purchases: %1").arg(text.money(r.revenueMinor));
    ReportSection overview;
    overview.title = tr("Share of revenue by value tier");
    overview.chart.kind = ChartKind::Pie;
    overview.chart.unit = ChartUnit::Money;
    overview.chart.currency = r.currency;
    ChartSeries revenue(tr("Revenue"));
    overview.table.headers = {tr("Tier"), tr("Customers"), tr("Revenue"), tr("Share of revenue")};
    overview.table.numeric = numericAfterFirst(4);
    for (const auto& t : r.tiers) {
        const QString name = ValueTiers::tierName(t.tier);
        overview.chart.categories << name;
        revenue.values << majorUnits(t.revenueMinor, r.currency);
        overview.chart.labels << tr("%1 %2").arg(name, text.percent(t.revenueShare));
        overview.table.rows << QStringList{name, text.count(t.customers), text.money(t.revenueMinor),
                                           text.percent(t.revenueShare)};
    }
    overview.chart.series << revenue;
    if (r.customers == 0)
        overview.emptyText = tr("No customer bought anything in the last 24 months.");
    doc.sections << overview;

    for (const auto& t : r.tiers) {
        ReportSection list;
        list.title = tr("%1 customers, by revenue").arg(ValueTiers::tierName(t.tier));
        list.table.headers = {tr("Customer"), tr("R"), tr("F"), tr("M"), tr("Purchases"), tr("Revenue"),
                              tr("Lifetime value")};
        list.table.numeric = numericAfterFirst(7);
        for (const auto& c : t.top) {
            list.table.rows << QStringList{c.name, text.count(c.recency), text.count(c.frequency),
                                           text.count(c.monetary), text.count(c.purchases), text.money(c.revenueMinor),
                                           text.money(c.lifetimeValueMinor)};
        }
        list.emptyText = tr("No customer is in this tier.");
        doc.sections << list;
    }
}

void ReportLayouts::service(ReportDocument& doc, const ServiceSummary& r, const ReportText& text)
{
    doc.highlights << tr("First response in time: %1").arg(text.percent(r.firstResponse))
                   << tr("Resolved in time: %1").arg(text.percent(r.resolution))
                   << tr("Average satisfaction: %1 (%2 rated)")
                          .arg(r.satisfaction ? text.number(*r.satisfaction) : text.dash(), text.count(r.rated));
    ReportSection weeks;
    weeks.title = tr("Tickets opened and resolved per week");
    weeks.chart.kind = ChartKind::Lines;
    ChartSeries opened(tr("Opened"));
    ChartSeries resolved(tr("Resolved"));
    weeks.table.headers = {tr("Week of"), tr("Opened"), tr("Resolved")};
    weeks.table.numeric = numericAfterFirst(3);
    for (const auto& w : r.weeks) {
        weeks.chart.categories << text.date(w.monday);
        opened.values << static_cast<double>(w.opened);
        resolved.values << static_cast<double>(w.resolved);
        weeks.table.rows << QStringList{text.date(w.monday), text.count(w.opened), text.count(w.resolved)};
    }
    weeks.chart.series << opened << resolved;
    doc.sections << weeks;

    ReportSection sla;
    sla.title = tr("SLA compliance by priority");
    sla.chart.kind = ChartKind::Bars;
    sla.chart.unit = ChartUnit::Percent;
    ChartSeries first(tr("First response in time"));
    ChartSeries resolution(tr("Resolved in time"));
    sla.table.headers = {tr("Priority"), tr("First response in time"), tr("Share"), tr("Resolved in time"), tr("Share")};
    sla.table.numeric = numericAfterFirst(5);
    for (const auto& c : r.compliance) {
        sla.chart.categories << priorityName(c.priority);
        first.values << c.firstResponse.value() * 100.0;
        resolution.values << c.resolution.value() * 100.0;
        sla.table.rows << QStringList{priorityName(c.priority),
                                      tr("%1 of %2").arg(text.count(c.firstResponse.part), text.count(c.firstResponse.whole)),
                                      text.percent(c.firstResponse),
                                      tr("%1 of %2").arg(text.count(c.resolution.part), text.count(c.resolution.whole)),
                                      text.percent(c.resolution)};
    }
    sla.chart.series << first << resolution;
    doc.sections << sla;

    ReportSection most;
    most.title = tr("Customers with the most tickets");
    most.table.headers = {tr("Customer"), tr("Tickets"), tr("Average satisfaction")};
    most.table.numeric = numericAfterFirst(3);
    for (const auto& c : r.mostComplaints)
        most.table.rows << QStringList{c.name, text.count(c.tickets), c.satisfaction ? text.number(*c.satisfaction) : text.dash()};
    most.emptyText = tr("No tickets were opened in this period.");
    doc.sections << most;
}

void ReportLayouts::kpis(ReportDocument& doc, const KpiReport& r, const ReportText& text)
{
    struct Metric
    {
        QString title;
        KpiValue KpiMonth::*field;
        bool money;
    };
    const Metric metrics[] = {{tr("Revenue won"), &KpiMonth::revenueMinor, true},
                              {tr("New customers"), &KpiMonth::newCustomers, false},
                              {tr("Tickets resolved within SLA"), &KpiMonth::ticketsInSla, false}};
    for (const auto& metric : metrics) {
        ReportSection s;
        s.title = metric.title;
        s.chart.kind = ChartKind::Bars;
        s.chart.unit = metric.money ? ChartUnit::Money : ChartUnit::Count;
        s.chart.currency = r.currency;
        ChartSeries actual(tr("Actual"));
        ChartSeries target(tr("Target"), true);
        s.table.headers = {tr("Month"), tr("Actual"), tr("Target"), tr("Of target")};
        s.table.numeric = numericAfterFirst(4);
        bool anyTarget = false;
        const auto show = [&](qint64 v) { return metric.money ? text.money(v) : text.count(v); };
        const auto plot = [&](qint64 v) { return metric.money ? majorUnits(v, r.currency) : static_cast<double>(v); };
        for (const auto& m : r.months) {
            const KpiValue& v = m.*(metric.field);
            s.chart.categories << text.shortMonth(m.month);
            actual.values << plot(v.actual);
            target.values << (v.target ? plot(*v.target) : 0.0);
            anyTarget = anyTarget || v.target.has_value();
            s.table.rows << QStringList{text.month(m.month), show(v.actual), v.target ? show(*v.target) : text.dash(),
                                        v.target ? text.percent(Ratio{v.actual, *v.target}) : text.dash()};
        }
        s.chart.series << actual;
        if (anyTarget)
            s.chart.series << target;
        doc.sections << s;
    }
    doc.highlights << tr("Targets are set per month on the Reports screen (Set Targets…).");
}

} // namespace rapport
