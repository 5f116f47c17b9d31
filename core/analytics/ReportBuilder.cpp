#include "analytics/ReportBuilder.h"

#include "Clock.h"
#include "analytics/ReportLayouts.h"

#include <QJsonArray>

namespace rapport {
namespace {

QJsonValue ratioJson(const Ratio& r)
{
    return QJsonObject{{QStringLiteral("part"), r.part}, {QStringLiteral("whole"), r.whole},
                       {QStringLiteral("value"), r.defined() ? QJsonValue(r.value()) : QJsonValue()}};
}

template <typename T>
QJsonValue optionalJson(const std::optional<T>& v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue();
}

QJsonObject funnelJson(const FunnelReport& r)
{
    QJsonArray stages;
    for (const auto& s : r.stages) {
        stages.append(QJsonObject{{QStringLiteral("stage"), s.name}, {QStringLiteral("won"), s.won},
                                  {QStringLiteral("deals"), s.deals}, {QStringLiteral("value_minor"), s.valueMinor},
                                  {QStringLiteral("to_next"), ratioJson(s.toNext)}});
    }
    return {{QStringLiteral("strict"), r.strict}, {QStringLiteral("stages"), stages},
            {QStringLiteral("overall"), ratioJson(r.overall)}};
}

QJsonObject winRateJson(const WinRateReport& r)
{
    QJsonArray months;
    for (const auto& m : r.months) {
        months.append(QJsonObject{{QStringLiteral("month"), m.month}, {QStringLiteral("won"), m.won},
                                  {QStringLiteral("lost"), m.lost}, {QStringLiteral("won_value_minor"), m.wonValueMinor},
                                  {QStringLiteral("win_rate"), ratioJson(m.rate())}});
    }
    QJsonArray stages;
    for (const auto& s : r.stageDurations) {
        stages.append(QJsonObject{{QStringLiteral("stage"), s.stage}, {QStringLiteral("visits"), s.visits},
                                  {QStringLiteral("average_days"), s.averageDays}});
    }
    QJsonArray reasons;
    for (const auto& l : r.lostReasons) {
        reasons.append(QJsonObject{{QStringLiteral("reason"), l.reason}, {QStringLiteral("deals"), l.deals},
                                   {QStringLiteral("value_minor"), l.valueMinor}});
    }
    return {{QStringLiteral("won"), r.won}, {QStringLiteral("lost"), r.lost},
            {QStringLiteral("win_rate"), ratioJson(r.rate())},
            {QStringLiteral("average_days_to_win"), optionalJson(r.averageDaysToWin)},
            {QStringLiteral("median_days_to_win"), optionalJson(r.medianDaysToWin)},
            {QStringLiteral("months"), months}, {QStringLiteral("days_in_stage"), stages},
            {QStringLiteral("lost_reasons"), reasons}};
}

QJsonObject forecastJson(const ForecastReport& r)
{
    QJsonArray months;
    for (const auto& m : r.months) {
        months.append(QJsonObject{{QStringLiteral("month"), m.month}, {QStringLiteral("open_deals"), m.openDeals},
                                  {QStringLiteral("amount_minor"), m.amountMinor},
                                  {QStringLiteral("weighted_minor"), m.weightedMinor},
                                  {QStringLiteral("won_minor"), m.wonMinor},
                                  {QStringLiteral("target_minor"), optionalJson(m.targetMinor)}});
    }
    return {{QStringLiteral("months"), months},
            {QStringLiteral("overdue"), QJsonObject{{QStringLiteral("deals"), r.overdueDeals},
                                                    {QStringLiteral("amount_minor"), r.overdueAmountMinor}}},
            {QStringLiteral("undated"), QJsonObject{{QStringLiteral("deals"), r.undatedDeals},
                                                    {QStringLiteral("amount_minor"), r.undatedAmountMinor}}}};
}

QJsonObject retentionJson(const RetentionReport& r)
{
    QJsonArray cohorts;
    for (const auto& c : r.cohorts) {
        QJsonArray returning;
        for (qint64 n : c.returning)
            returning.append(n);
        cohorts.append(QJsonObject{{QStringLiteral("month"), c.month}, {QStringLiteral("customers"), c.customers},
                                   {QStringLiteral("returning"), returning}});
    }
    QJsonArray churned;
    for (const auto& c : r.topChurned) {
        churned.append(QJsonObject{{QStringLiteral("customer_id"), c.customerId}, {QStringLiteral("name"), c.name},
                                   {QStringLiteral("last_purchase"), c.lastPurchase},
                                   {QStringLiteral("purchases"), c.purchases}, {QStringLiteral("days_since"), c.daysSince},
                                   {QStringLiteral("lifetime_value_minor"), c.lifetimeValueMinor}});
    }
    return {{QStringLiteral("cohorts"), cohorts},
            {QStringLiteral("new_buyers"), r.newBuyers},
            {QStringLiteral("repeat_buyers"), r.repeatBuyers},
            {QStringLiteral("repeat_rate"), ratioJson(r.repeatRate())},
            {QStringLiteral("buyers"), r.buyers},
            {QStringLiteral("churned"), r.churned},
            {QStringLiteral("churned_single_purchase"), r.churnedSinglePurchase},
            {QStringLiteral("churn_rate"), ratioJson(r.churnRate())},
            {QStringLiteral("top_churned"), churned}};
}

QJsonObject segmentsJson(const ValueTierReport& r)
{
    QJsonArray tiers;
    for (const auto& t : r.tiers) {
        QJsonArray top;
        for (const auto& c : t.top) {
            top.append(QJsonObject{{QStringLiteral("customer_id"), c.customerId}, {QStringLiteral("name"), c.name},
                                   {QStringLiteral("r"), c.recency}, {QStringLiteral("f"), c.frequency},
                                   {QStringLiteral("m"), c.monetary}, {QStringLiteral("purchases"), c.purchases},
                                   {QStringLiteral("revenue_minor"), c.revenueMinor},
                                   {QStringLiteral("lifetime_value_minor"), c.lifetimeValueMinor}});
        }
        tiers.append(QJsonObject{{QStringLiteral("tier"), valueTierKey(t.tier)}, {QStringLiteral("customers"), t.customers},
                                 {QStringLiteral("revenue_minor"), t.revenueMinor},
                                 {QStringLiteral("revenue_share"), ratioJson(t.revenueShare)},
                                 {QStringLiteral("top"), top}});
    }
    return {{QStringLiteral("window_start"), r.windowStart.toString(Qt::ISODate)},
            {QStringLiteral("window_end"), r.windowEnd.toString(Qt::ISODate)},
            {QStringLiteral("customers"), r.customers}, {QStringLiteral("revenue_minor"), r.revenueMinor},
            {QStringLiteral("tiers"), tiers}};
}

QJsonObject serviceJson(const ServiceSummary& r)
{
    QJsonArray weeks;
    for (const auto& w : r.weeks) {
        weeks.append(QJsonObject{{QStringLiteral("week_of"), w.monday.toString(Qt::ISODate)},
                                 {QStringLiteral("opened"), w.opened}, {QStringLiteral("resolved"), w.resolved}});
    }
    QJsonArray sla;
    for (const auto& c : r.compliance) {
        sla.append(QJsonObject{{QStringLiteral("priority"), ticketPriorityKey(c.priority)},
                               {QStringLiteral("first_response"), ratioJson(c.firstResponse)},
                               {QStringLiteral("resolution"), ratioJson(c.resolution)}});
    }
    QJsonArray most;
    for (const auto& c : r.mostComplaints) {
        most.append(QJsonObject{{QStringLiteral("customer_id"), c.customerId}, {QStringLiteral("name"), c.name},
                                {QStringLiteral("tickets"), c.tickets},
                                {QStringLiteral("satisfaction"), optionalJson(c.satisfaction)}});
    }
    return {{QStringLiteral("weeks"), weeks},
            {QStringLiteral("sla"), sla},
            {QStringLiteral("first_response"), ratioJson(r.firstResponse)},
            {QStringLiteral("resolution"), ratioJson(r.resolution)},
            {QStringLiteral("rated"), r.rated},
            {QStringLiteral("satisfaction"), optionalJson(r.satisfaction)},
            {QStringLiteral("most_tickets"), most}};
}

QJsonObject kpiJson(const KpiReport& r)
{
    const auto value = [](const KpiValue& v) {
        return QJsonObject{{QStringLiteral("actual"), v.actual}, {QStringLiteral("target"), optionalJson(v.target)}};
    };
    QJsonArray months;
    for (const auto& m : r.months) {
        months.append(QJsonObject{{QStringLiteral("month"), m.month}, {QStringLiteral("revenue_minor"), value(m.revenueMinor)},
                                  {QStringLiteral("new_customers"), value(m.newCustomers)},
                                  {QStringLiteral("tickets_in_sla"), value(m.ticketsInSla)}});
    }
    return {{QStringLiteral("months"), months}};
}

// Runs one report and hands its result to `use(result, currency)`; errors pass through.
template <typename Use>
auto withReport(const QSqlDatabase& db, ReportKind kind, const ReportOptions& o, Use use) -> Result<decltype(use(FunnelReport{}))>
{
    using Out = decltype(use(FunnelReport{}));
    const auto run = [&](auto result) -> Result<Out> {
        if (!result)
            return result.error();
        return use(result.value());
    };
    switch (kind) {
    case ReportKind::Funnel: return run(SalesFunnel::compute(db, o.range, o.strictFunnel));
    case ReportKind::WinRate: return run(WinRate::compute(db, o.range));
    case ReportKind::Forecast: return run(Forecast::compute(db, o.today, o.range));
    case ReportKind::Retention: return run(Retention::compute(db, o.range));
    case ReportKind::Segments: return run(ValueTiers::compute(db, o.range));
    case ReportKind::Service: return run(ServiceReport::compute(db, o.range, o.now));
    case ReportKind::Kpi: return run(Kpis::compute(db, o.range));
    }
    return makeError(QStringLiteral("unknown_report"), QStringLiteral("unknown report"));
}

} // namespace

bool ReportChart::isEmpty() const
{
    for (const auto& s : series) {
        for (double v : s.values) {
            if (v != 0.0)
                return false;
        }
    }
    return true;
}

QList<ReportKind> ReportBuilder::allKinds()
{
    return {ReportKind::Funnel, ReportKind::WinRate, ReportKind::Forecast, ReportKind::Retention,
            ReportKind::Segments, ReportKind::Service, ReportKind::Kpi};
}

QString ReportBuilder::key(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Funnel: return QStringLiteral("funnel");
    case ReportKind::WinRate: return QStringLiteral("winrate");
    case ReportKind::Forecast: return QStringLiteral("forecast");
    case ReportKind::Retention: return QStringLiteral("retention");
    case ReportKind::Segments: return QStringLiteral("segments");
    case ReportKind::Service: return QStringLiteral("service");
    case ReportKind::Kpi: return QStringLiteral("kpi");
    }
    return {};
}

std::optional<ReportKind> ReportBuilder::fromKey(const QString& text)
{
    for (ReportKind kind : allKinds()) {
        if (key(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString ReportBuilder::title(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Funnel: return tr("Sales funnel");
    case ReportKind::WinRate: return tr("Win rate and sales cycle");
    case ReportKind::Forecast: return tr("Forecast");
    case ReportKind::Retention: return tr("Retention and churn");
    case ReportKind::Segments: return tr("Customer value tiers");
    case ReportKind::Service: return tr("Service quality");
    case ReportKind::Kpi: return tr("Targets and KPIs");
    }
    return {};
}

QString ReportBuilder::definition(ReportKind kind, bool strictFunnel)
{
    switch (kind) {
    case ReportKind::Funnel: return SalesFunnel::definition(strictFunnel);
    case ReportKind::WinRate: return WinRate::definition();
    case ReportKind::Forecast: return Forecast::definition();
    case ReportKind::Retention: return Retention::definition();
    case ReportKind::Segments: return ValueTiers::definition();
    case ReportKind::Service: return ServiceReport::definition();
    case ReportKind::Kpi: return Kpis::definition();
    }
    return {};
}

ReportOptions ReportBuilder::defaultOptions()
{
    ReportOptions o;
    o.today = Clock::todayLocal();
    o.now = Clock::nowUtc();
    o.range = ReportRange::lastTwelveMonths(o.today);
    return o;
}

QString ReportBuilder::periodText(const ReportRange& range, const QLocale& locale)
{
    const ReportText text(locale);
    return tr("%1 – %2").arg(text.longDate(range.from), text.longDate(range.to));
}

Result<ReportDocument> ReportBuilder::build(const QSqlDatabase& db, ReportKind kind, const ReportOptions& o)
{
    const QString currency = businessCurrency(db);
    ReportDocument doc;
    doc.key = key(kind);
    doc.title = title(kind);
    doc.period = kind == ReportKind::Forecast
                     ? tr("%1 to %2").arg(ReportText(o.locale).month(monthKey(o.today)),
                                         ReportText(o.locale).month(monthKey(o.today.addMonths(Forecast::kMonths - 1))))
                     : periodText(o.range, o.locale);
    const ReportText text(o.locale, currency);
    auto laidOut = withReport(db, kind, o, [&](const auto& r) {
        using R = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<R, FunnelReport>) {
            if (r.strict)
                doc.title = tr("Sales funnel (strict)");
            ReportLayouts::funnel(doc, r, text);
        } else if constexpr (std::is_same_v<R, WinRateReport>) {
            ReportLayouts::winRate(doc, r, text);
        } else if constexpr (std::is_same_v<R, ForecastReport>) {
            ReportLayouts::forecast(doc, r, text);
        } else if constexpr (std::is_same_v<R, RetentionReport>) {
            ReportLayouts::retention(doc, r, text);
        } else if constexpr (std::is_same_v<R, ValueTierReport>) {
            ReportLayouts::segments(doc, r, text);
        } else if constexpr (std::is_same_v<R, ServiceSummary>) {
            ReportLayouts::service(doc, r, text);
        } else {
            ReportLayouts::kpis(doc, r, text);
        }
        return true;
    });
    if (!laidOut)
        return laidOut.error();
    doc.definition = definition(kind, o.strictFunnel);
    return doc;
}

Result<QJsonObject> ReportBuilder::json(const QSqlDatabase& db, ReportKind kind, const ReportOptions& o)
{
    auto body = withReport(db, kind, o, [](const auto& r) {
        using R = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<R, FunnelReport>)
            return funnelJson(r);
        else if constexpr (std::is_same_v<R, WinRateReport>)
            return winRateJson(r);
        else if constexpr (std::is_same_v<R, ForecastReport>)
            return forecastJson(r);
        else if constexpr (std::is_same_v<R, RetentionReport>)
            return retentionJson(r);
        else if constexpr (std::is_same_v<R, ValueTierReport>)
            return segmentsJson(r);
        else if constexpr (std::is_same_v<R, ServiceSummary>)
            return serviceJson(r);
        else
            return kpiJson(r);
    });
    if (!body)
        return body.error();
    QJsonObject out = body.value();
    out.insert(QStringLiteral("report"), key(kind));
    out.insert(QStringLiteral("currency"), businessCurrency(db));
    out.insert(QStringLiteral("from"), o.range.from.toString(Qt::ISODate));
    out.insert(QStringLiteral("to"), o.range.to.toString(Qt::ISODate));
    out.insert(QStringLiteral("definition"), definition(kind, o.strictFunnel));
    return out;
}

} // namespace rapport
