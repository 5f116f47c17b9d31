// Every report against answers worked out by hand on small fixed datasets (see the comments by each).
#include "AnalyticsFixture.h"
#include "catch.h"

#include "analytics/Forecast.h"
#include "analytics/Kpis.h"
#include "analytics/Retention.h"
#include "analytics/SalesFunnel.h"
#include "analytics/ServiceReport.h"
#include "analytics/ValueTiers.h"
#include "analytics/WinRate.h"

#include <QSqlQuery>

using namespace rapport;
using namespace rapport::test;

namespace {

// Deals for the funnel and win-rate tests; the period is January to June 2024.
//   D1 100: contact -> analysis -> proposal -> negotiation -> won, in order (41 days to win)
//   D2 200: contact -> proposal (skips analysis) -> negotiation -> won (20 days)
//   D3 300: contact -> analysis -> lost ("Price")
//   D4 400: contact, still open
//   D5 500: created in December 2023 (outside), won in January (10 days)
//   D6 600: created straight into analysis, still open
void salesDeals(AnalyticsData& data)
{
    const qint64 c = data.customer(QStringLiteral("Harbour Street Bakery"));
    data.deal(c, 100, {{Contact, at("2024-01-10T10:00:00Z")}, {Analysis, at("2024-01-15T10:00:00Z")},
                       {Proposal, at("2024-01-20T10:00:00Z")}, {Negotiation, at("2024-01-25T10:00:00Z")},
                       {Won, at("2024-02-20T10:00:00Z")}});
    data.deal(c, 200, {{Contact, at("2024-02-01T00:00:00Z")}, {Proposal, at("2024-02-05T00:00:00Z")},
                       {Negotiation, at("2024-02-11T00:00:00Z")}, {Won, at("2024-02-21T00:00:00Z")}});
    data.deal(c, 300, {{Contact, at("2024-03-01T00:00:00Z")}, {Analysis, at("2024-03-03T00:00:00Z")},
                       {Lost, at("2024-03-11T00:00:00Z")}}, QStringLiteral("Price"));
    data.deal(c, 400, {{Contact, at("2024-04-01T00:00:00Z")}});
    data.deal(c, 500, {{Contact, at("2023-12-27T00:00:00Z")}, {Won, at("2024-01-06T00:00:00Z")}});
    data.deal(c, 600, {{Analysis, at("2024-05-01T00:00:00Z")}});
}

QList<qint64> dealsAt(const FunnelReport& r)
{
    QList<qint64> list;
    for (const auto& s : r.stages)
        list << s.deals;
    return list;
}

QList<qint64> valuesAt(const FunnelReport& r)
{
    QList<qint64> list;
    for (const auto& s : r.stages)
        list << s.valueMinor;
    return list;
}

} // namespace

TEST_CASE("Funnel: skipped stages count as passed; strict counts only deals that went in order", "[analytics]")
{
    AnalyticsData data;
    salesDeals(data);
    const ReportRange range = utcRange("2024-01-01", "2024-06-30");

    const auto loose = SalesFunnel::compute(data.sql(), range, false);
    REQUIRE(loose);
    const FunnelReport& l = loose.value();
    REQUIRE(l.stages.size() == 5);
    CHECK(l.stages.last().won);
    CHECK(l.stages.first().name == QStringLiteral("Initial contact"));
    // D5 was created before the period; D6 entered at analysis but passed contact by skipping it.
    CHECK(dealsAt(l) == QList<qint64>{5, 4, 2, 2, 2});
    CHECK(valuesAt(l) == QList<qint64>{1600, 1200, 300, 300, 300});
    CHECK(l.stages[0].toNext.part == 4);
    CHECK(l.stages[0].toNext.whole == 5);
    CHECK(l.stages[1].toNext.value() == Approx(0.5));
    CHECK(l.stages[3].toNext.value() == Approx(1.0));
    CHECK_FALSE(l.stages[4].toNext.defined());
    CHECK(l.overall.value() == Approx(0.4));

    const auto strict = SalesFunnel::compute(data.sql(), range, true);
    REQUIRE(strict);
    const FunnelReport& s = strict.value();
    // D2 stops counting after contact (it skipped analysis), D6 never counts (it skipped contact).
    CHECK(dealsAt(s) == QList<qint64>{4, 2, 1, 1, 1});
    CHECK(valuesAt(s) == QList<qint64>{1000, 400, 100, 100, 100});
    CHECK(s.overall.value() == Approx(0.25));
    CHECK(SalesFunnel::definition(true) != SalesFunnel::definition(false));
}

TEST_CASE("Funnel and win rate with no deals at all", "[analytics]")
{
    AnalyticsData data;
    const ReportRange range = utcRange("2024-01-01", "2024-06-30");
    const auto funnel = SalesFunnel::compute(data.sql(), range);
    REQUIRE(funnel);
    CHECK(dealsAt(funnel.value()) == QList<qint64>{0, 0, 0, 0, 0});
    CHECK_FALSE(funnel.value().overall.defined());
    CHECK_FALSE(funnel.value().stages[0].toNext.defined());

    const auto win = WinRate::compute(data.sql(), range);
    REQUIRE(win);
    CHECK(win.value().months.size() == 6);
    CHECK_FALSE(win.value().rate().defined());
    CHECK_FALSE(win.value().averageDaysToWin.has_value());
    CHECK_FALSE(win.value().medianDaysToWin.has_value());
    CHECK(win.value().lostReasons.isEmpty());
    CHECK(win.value().stageDurations.size() == 4);
    CHECK(win.value().stageDurations[0].visits == 0);
}

TEST_CASE("Win rate by month, days to win, days in each stage and lost reasons", "[analytics]")
{
    AnalyticsData data;
    salesDeals(data);
    const auto result = WinRate::compute(data.sql(), utcRange("2024-01-01", "2024-06-30"));
    REQUIRE(result);
    const WinRateReport& r = result.value();
    // Closed in the period: D5 won in January, D1 and D2 won in February, D3 lost in March.
    REQUIRE(r.months.size() == 6);
    CHECK(r.months[0].month == QStringLiteral("2024-01"));
    CHECK(r.months[0].won == 1);
    CHECK(r.months[0].wonValueMinor == 500);
    CHECK(r.months[1].won == 2);
    CHECK(r.months[1].wonValueMinor == 300);
    CHECK(r.months[2].lost == 1);
    CHECK(r.months[2].rate().value() == Approx(0.0));
    CHECK_FALSE(r.months[3].rate().defined());
    CHECK(r.won == 3);
    CHECK(r.lost == 1);
    CHECK(r.rate().value() == Approx(0.75));
    // Days to win: 41, 20 and 10.
    REQUIRE(r.averageDaysToWin);
    CHECK(*r.averageDaysToWin == Approx(71.0 / 3.0));
    REQUIRE(r.medianDaysToWin);
    CHECK(*r.medianDaysToWin == Approx(20.0));
    // Contact: D1 5, D2 4, D3 2, D5 10 days; analysis: D1 5, D3 8; proposal: D1 5, D2 6; negotiation: D1 26, D2 10.
    REQUIRE(r.stageDurations.size() == 4);
    CHECK(r.stageDurations[0].visits == 4);
    CHECK(r.stageDurations[0].averageDays == Approx(5.25));
    CHECK(r.stageDurations[1].averageDays == Approx(6.5));
    CHECK(r.stageDurations[2].averageDays == Approx(5.5));
    CHECK(r.stageDurations[3].averageDays == Approx(18.0));
    REQUIRE(r.lostReasons.size() == 1);
    CHECK(r.lostReasons[0].reason == QStringLiteral("Price"));
    CHECK(r.lostReasons[0].valueMinor == 300);
}

TEST_CASE("Median days to win with an even number of wins is the mean of the middle two", "[analytics]")
{
    AnalyticsData data;
    const qint64 c = data.customer(QStringLiteral("Li Ming"));
    for (int days : {3, 5, 9, 40})
        data.deal(c, 10, {{Contact, at("2024-02-01T00:00:00Z")}, {Won, at("2024-02-01T00:00:00Z").addDays(days)}});
    const auto r = WinRate::compute(data.sql(), utcRange("2024-01-01", "2024-06-30"));
    REQUIRE(r);
    CHECK(*r.value().medianDaysToWin == Approx(7.0));
    CHECK(*r.value().averageDaysToWin == Approx(14.25));
}

TEST_CASE("Retention cohorts, repeat purchases and churn", "[analytics]")
{
    AnalyticsData data;
    // A: Jan 15, Feb 10, Apr 5       B: Jan 20 only (one purchase)     C: Nov 1 2023, Jan 5
    // E: Mar 3, Mar 20, May 1        G: Mar 1, Mar 31                   H: Jul 1 2023, Jan 1
    // F: Aug 1 (after the period, so nowhere)
    const qint64 a = data.customer(QStringLiteral("A"));
    const qint64 b = data.customer(QStringLiteral("B"));
    const qint64 c = data.customer(QStringLiteral("C"));
    const qint64 e = data.customer(QStringLiteral("E"));
    const qint64 f = data.customer(QStringLiteral("F"));
    const qint64 g = data.customer(QStringLiteral("G"));
    const qint64 h = data.customer(QStringLiteral("H"));
    for (const char* when : {"2024-01-15T00:00:00Z", "2024-02-10T00:00:00Z", "2024-04-05T00:00:00Z"})
        data.purchase(a, 100, at(when));
    data.purchase(b, 900, at("2024-01-20T00:00:00Z"));
    data.purchase(c, 100, at("2023-11-01T00:00:00Z"));
    data.purchase(c, 100, at("2024-01-05T00:00:00Z"));
    for (const char* when : {"2024-03-03T00:00:00Z", "2024-03-20T00:00:00Z", "2024-05-01T00:00:00Z"})
        data.purchase(e, 100, at(when));
    data.purchase(f, 100, at("2024-08-01T00:00:00Z"));
    data.purchase(g, 100, at("2024-03-01T00:00:00Z"));
    data.purchase(g, 100, at("2024-03-31T00:00:00Z"));
    data.purchase(h, 100, at("2023-07-01T00:00:00Z"));
    data.purchase(h, 100, at("2024-01-01T00:00:00Z"));

    const auto result = Retention::compute(data.sql(), utcRange("2024-01-01", "2024-06-30"));
    REQUIRE(result);
    const RetentionReport& r = result.value();
    REQUIRE(r.cohorts.size() == 6);
    // January: A and B (C and H bought before); A came back in February and April.
    CHECK(r.cohorts[0].month == QStringLiteral("2024-01"));
    CHECK(r.cohorts[0].customers == 2);
    CHECK(r.cohorts[0].returning == QList<qint64>{1, 0, 1, 0, 0});
    CHECK(r.cohorts[1].customers == 0);
    // March: E and G; E came back in May. G's second purchase is in its first month.
    CHECK(r.cohorts[2].customers == 2);
    CHECK(r.cohorts[2].returning == QList<qint64>{0, 1, 0});
    CHECK(r.cohorts[5].returning.isEmpty());
    // New buyers A, B, E, G; A, E and G bought a second time.
    CHECK(r.newBuyers == 4);
    CHECK(r.repeatBuyers == 3);
    CHECK(r.repeatRate().value() == Approx(0.75));
    // At July 1: A 87 days silent (threshold 90), B 163 (one purchase, 90), C 178 (2 x 65 = 130), E 61,
    // G 92 (2 x 30 = 60, so 90), H 182 (2 x 184 = 368).
    CHECK(r.buyers == 6);
    CHECK(r.churned == 3);
    CHECK(r.churnedSinglePurchase == 1);
    QList<qint64> churnedIds;
    for (const auto& ch : r.topChurned)
        churnedIds << ch.customerId;
    std::sort(churnedIds.begin(), churnedIds.end());
    CHECK(churnedIds == QList<qint64>{b, c, g});
    CHECK(r.topChurned.first().customerId == b); // the most valuable first
    CHECK(r.topChurned.first().daysSince == 163);
    CHECK(r.topChurned.first().lastPurchase == QStringLiteral("2024-01-20"));
}

TEST_CASE("Value tiers: RFM quintiles with ties, the four tiers and lifetime value", "[analytics]")
{
    AnalyticsData data;
    // Window: July 2022 to June 2024. Six buyers; scores with n = 6 are 1 + 5 x (rank - 1) / 6: ranks 1..6 -> 1,1,2,3,4,5.
    //        last purchase  purchases  amount    R F M   tier
    //   P1   2023-01-10     1          100       1 1 1   general
    //   P2   2023-09-01     2          200       2 1 1   general   (F ties with P3)
    //   P3   2024-02-01     2          600       3 1 2   general   (M ties with P4)
    //   P4   2024-05-01     3          600       4 3 2   major (+ an open deal for its lifetime value)
    //   P5   2024-06-01     4          2000      5 4 4   important
    //   P6   2023-03-01     5          5000      1 5 5   at-risk (valuable, long silent)
    //   P7   2022-01-01 only, before the window: no tier
    QList<qint64> p;
    for (const char* name : {"P1", "P2", "P3", "P4", "P5", "P6", "P7"})
        p << data.customer(QString::fromLatin1(name));
    data.purchase(p[0], 100, at("2023-01-10T00:00:00Z"));
    data.purchase(p[1], 100, at("2023-06-01T00:00:00Z"));
    data.purchase(p[1], 100, at("2023-09-01T00:00:00Z"));
    data.purchase(p[2], 300, at("2023-12-01T00:00:00Z"));
    data.purchase(p[2], 300, at("2024-02-01T00:00:00Z"));
    for (const char* when : {"2024-01-01T00:00:00Z", "2024-03-01T00:00:00Z", "2024-05-01T00:00:00Z"})
        data.purchase(p[3], 200, at(when));
    for (const char* when : {"2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z", "2024-05-01T00:00:00Z", "2024-06-01T00:00:00Z"})
        data.purchase(p[4], 500, at(when));
    for (int i = 0; i < 5; ++i)
        data.purchase(p[5], 1000, at("2022-09-01T00:00:00Z").addMonths(i * 1 + (i == 4 ? 2 : 0)));
    data.purchase(p[6], 100, at("2022-01-01T00:00:00Z"));
    data.deal(p[3], 1000, {{Proposal, at("2024-06-10T00:00:00Z")}}); // open, 50 %

    const ReportRange range = utcRange("2024-01-01", "2024-06-30");
    const auto result = ValueTiers::compute(data.sql(), range);
    REQUIRE(result);
    const ValueTierReport& r = result.value();
    CHECK(r.customers == 6);
    CHECK(r.revenueMinor == 8500);
    CHECK(r.windowStart == QDate(2022, 7, 1));
    const auto& important = r.tiers[0];
    const auto& major = r.tiers[1];
    const auto& general = r.tiers[2];
    const auto& atRisk = r.tiers[3];
    CHECK(important.tier == ValueTier::Important);
    CHECK(important.customers == 1);
    CHECK(important.revenueMinor == 2000);
    CHECK(major.customers == 1);
    CHECK(general.customers == 3);
    CHECK(general.revenueMinor == 900);
    CHECK(atRisk.customers == 1);
    CHECK(atRisk.revenueShare.value() == Approx(5000.0 / 8500.0));
    REQUIRE(important.top.size() == 1);
    CHECK(important.top[0].customerId == p[4]);
    CHECK(important.top[0].recency == 5);
    CHECK(important.top[0].frequency == 4);
    CHECK(important.top[0].monetary == 4);
    REQUIRE(major.top.size() == 1);
    CHECK(major.top[0].customerId == p[3]);
    CHECK(major.top[0].monetary == 2);
    CHECK(major.top[0].lifetimeValueMinor == 600 + 500);
    REQUIRE(general.top.size() == 3);
    CHECK(general.top[0].customerId == p[2]); // most revenue first
    CHECK(general.top[0].frequency == 1);     // tied with P2 on two purchases
    CHECK(general.top[0].monetary == 2);      // tied with P4 on 600
    CHECK(atRisk.top[0].customerId == p[5]);

    auto tiers = ValueTiers::assignments(data.sql(), QDate(2024, 6, 30));
    REQUIRE(tiers);
    CHECK(tiers.value().size() == 6);
    CHECK(tiers.value().value(p[4]) == ValueTier::Important);
    CHECK_FALSE(tiers.value().contains(p[6]));
    CHECK(ValueTiers::lifetimeValue(data.sql(), p[3]).value() == 1100);

    SECTION("The stored tiers equal the computed ones and remember their date")
    {
        CHECK_FALSE(ValueTiers::storedAsOf(data.sql()).isValid());
        REQUIRE(ValueTiers::refreshStored(data.db(), QDate(2024, 6, 30)));
        REQUIRE(ValueTiers::refreshStored(data.db(), QDate(2024, 6, 30))); // a rebuild, not an append
        CHECK(ValueTiers::storedAsOf(data.sql()) == QDate(2024, 6, 30));
        QSqlQuery stored(data.sql());
        REQUIRE(stored.exec(QStringLiteral("SELECT customer_id, tier FROM customer_value_tiers")));
        QHash<qint64, ValueTier> fromTable;
        while (stored.next())
            fromTable.insert(stored.value(0).toLongLong(), valueTierFromKey(stored.value(1).toString()));
        CHECK(fromTable == tiers.value());
    }

    SECTION("A very unhappy customer is at risk whatever they spend")
    {
        data.ticket(p[4], TicketPriority::Normal, at("2024-06-05T00:00:00Z"), at("2024-06-05T01:00:00Z"),
                    at("2024-06-06T00:00:00Z"), 1);
        auto again = ValueTiers::assignments(data.sql(), QDate(2024, 6, 30));
        REQUIRE(again);
        CHECK(again.value().value(p[4]) == ValueTier::AtRisk);
    }
}

TEST_CASE("Service: weekly volumes, SLA compliance by priority, satisfaction and most tickets", "[analytics]")
{
    AnalyticsData data;
    const qint64 x = data.customer(QStringLiteral("X"));
    const qint64 y = data.customer(QStringLiteral("Y"));
    // Default SLA: urgent 1 h / 4 h, high 4 h / 1 day, normal 1 day / 3 days, low 2 days / 7 days.
    data.ticket(x, TicketPriority::Normal, at("2024-01-01T09:00:00Z"), at("2024-01-01T10:00:00Z"),
                at("2024-01-02T09:00:00Z"), 5); // both met
    data.ticket(x, TicketPriority::Urgent, at("2024-01-02T09:00:00Z"), at("2024-01-02T11:00:00Z"),
                at("2024-01-02T12:00:00Z"), 2); // answer late, resolved in time
    data.ticket(x, TicketPriority::High, at("2024-01-08T09:00:00Z")); // nothing yet, both overdue
    data.ticket(y, TicketPriority::Low, at("2024-01-13T09:00:00Z"));  // nothing yet, not due yet
    data.ticket(y, TicketPriority::Normal, at("2023-12-30T09:00:00Z"), at("2023-12-30T10:00:00Z"),
                at("2024-01-03T09:00:00Z"), 4); // opened before the period, resolved in it

    const auto result = ServiceReport::compute(data.sql(), utcRange("2024-01-01", "2024-01-14"), at("2024-01-14T12:00:00Z"));
    REQUIRE(result);
    const ServiceSummary& r = result.value();
    REQUIRE(r.weeks.size() == 2);
    CHECK(r.weeks[0].monday == QDate(2024, 1, 1));
    CHECK(r.weeks[0].opened == 2);
    CHECK(r.weeks[0].resolved == 3);
    CHECK(r.weeks[1].opened == 2);
    CHECK(r.weeks[1].resolved == 0);
    REQUIRE(r.compliance.size() == 4);
    CHECK(r.compliance[0].priority == TicketPriority::Urgent);
    CHECK(r.compliance[0].firstResponse.part == 0);
    CHECK(r.compliance[0].firstResponse.whole == 1);
    CHECK(r.compliance[0].resolution.part == 1);
    CHECK(r.compliance[1].firstResponse.whole == 1); // high: missed both
    CHECK(r.compliance[1].resolution.part == 0);
    CHECK(r.compliance[2].firstResponse.value() == Approx(1.0));
    CHECK_FALSE(r.compliance[3].firstResponse.defined()); // low: not decided yet
    CHECK(r.firstResponse.part == 1);
    CHECK(r.firstResponse.whole == 3);
    CHECK(r.resolution.part == 2);
    CHECK(r.resolution.whole == 3);
    CHECK(r.rated == 3);
    CHECK(*r.satisfaction == Approx(11.0 / 3.0));
    REQUIRE(r.mostComplaints.size() == 2);
    CHECK(r.mostComplaints[0].customerId == x);
    CHECK(r.mostComplaints[0].tickets == 3);
    CHECK(*r.mostComplaints[0].satisfaction == Approx(3.5));
    CHECK_FALSE(r.mostComplaints[1].satisfaction.has_value());
}

TEST_CASE("Forecast: open deals by expected close month against the revenue target", "[analytics]")
{
    AnalyticsData data;
    const qint64 c = data.customer(QStringLiteral("Forecast Co"));
    data.deal(c, 1000, {{Proposal, at("2024-03-01T00:00:00Z")}}, {}, QDate(2024, 3, 20)); // 50 %
    data.deal(c, 333, {{Contact, at("2024-03-01T00:00:00Z")}}, {}, QDate(2024, 5, 2));    // 10 %
    data.deal(c, 700, {{Contact, at("2024-01-01T00:00:00Z")}}, {}, QDate(2024, 2, 1));    // overdue
    data.deal(c, 50, {{Contact, at("2024-01-01T00:00:00Z")}});                            // no date
    data.deal(c, 999, {{Contact, at("2024-03-01T00:00:00Z")}}, {}, QDate(2024, 9, 10));   // beyond six months
    data.purchase(c, 400, at("2024-03-05T00:00:00Z"));
    REQUIRE(Kpis::setTarget(data.db(), QStringLiteral("2024-03"), KpiMetric::Revenue, 2000));

    const auto result = Forecast::compute(data.sql(), QDate(2024, 3, 15), utcRange("2024-01-01", "2024-03-15"));
    REQUIRE(result);
    const ForecastReport& r = result.value();
    REQUIRE(r.months.size() == 6);
    CHECK(r.months[0].month == QStringLiteral("2024-03"));
    CHECK(r.months[5].month == QStringLiteral("2024-08"));
    CHECK(r.months[0].amountMinor == 1000);
    CHECK(r.months[0].weightedMinor == 500);
    CHECK(r.months[0].wonMinor == 400);
    CHECK(r.months[0].targetMinor == 2000);
    CHECK_FALSE(r.months[1].targetMinor.has_value());
    CHECK(r.months[2].openDeals == 1);
    CHECK(r.months[2].weightedMinor == 33); // 33.3 rounded
    CHECK(r.overdueDeals == 1);
    CHECK(r.overdueAmountMinor == 700);
    CHECK(r.undatedDeals == 1);
    qint64 total = 0;
    for (const auto& m : r.months)
        total += m.amountMinor;
    CHECK(total == 1333);
}

TEST_CASE("KPIs per month against targets, and the Today tiles", "[analytics]")
{
    AnalyticsData data;
    const qint64 company = data.customer(QStringLiteral("Company"), at("2024-01-05T00:00:00Z"));
    data.customer(QStringLiteral("Contact at company"), at("2024-01-06T00:00:00Z"), CustomerKind::Person, company);
    const qint64 solo = data.customer(QStringLiteral("Solo"), at("2024-02-06T00:00:00Z"), CustomerKind::Person);
    data.purchase(company, 1000, at("2024-01-10T00:00:00Z"));
    data.purchase(solo, 250, at("2024-02-10T00:00:00Z"));
    data.purchase(solo, 250, at("2024-02-11T00:00:00Z"));
    data.deal(solo, 999, {{Contact, at("2024-02-01T00:00:00Z")}, {Lost, at("2024-02-20T00:00:00Z")}});
    data.deal(solo, 2000, {{Negotiation, at("2024-02-01T00:00:00Z")}}); // open, 75 %
    data.ticket(solo, TicketPriority::Normal, at("2024-02-01T00:00:00Z"), at("2024-02-01T01:00:00Z"),
                at("2024-02-02T00:00:00Z")); // resolved within SLA
    data.ticket(solo, TicketPriority::Urgent, at("2024-02-01T00:00:00Z"), at("2024-02-01T00:30:00Z"),
                at("2024-02-03T00:00:00Z")); // resolved late
    data.ticket(solo, TicketPriority::Urgent, at("2024-03-01T00:00:00Z")); // open, breached by March 2
    REQUIRE(Kpis::setTarget(data.db(), QStringLiteral("2024-02"), KpiMetric::Revenue, 400));
    REQUIRE(Kpis::setTarget(data.db(), QStringLiteral("2024-02"), KpiMetric::NewCustomers, 3));
    REQUIRE(Kpis::setTarget(data.db(), QStringLiteral("2024-01"), KpiMetric::Revenue, 5));
    REQUIRE(Kpis::setTarget(data.db(), QStringLiteral("2024-01"), KpiMetric::Revenue, std::nullopt));
    CHECK_FALSE(Kpis::setTarget(data.db(), QStringLiteral("2024-13"), KpiMetric::Revenue, 1));
    CHECK_FALSE(Kpis::setTarget(data.db(), QStringLiteral("2024-02"), KpiMetric::Revenue, -1));

    const auto result = Kpis::compute(data.sql(), utcRange("2024-01-01", "2024-03-31"));
    REQUIRE(result);
    const KpiReport& r = result.value();
    REQUIRE(r.months.size() == 3);
    CHECK(r.months[0].revenueMinor.actual == 1000);
    CHECK_FALSE(r.months[0].revenueMinor.target.has_value());
    CHECK(r.months[0].newCustomers.actual == 1); // the contact at the company does not count
    CHECK(r.months[1].revenueMinor.actual == 500);
    CHECK(r.months[1].revenueMinor.target == 400);
    CHECK(r.months[1].newCustomers.actual == 1);
    CHECK(r.months[1].newCustomers.target == 3);
    CHECK(r.months[1].ticketsInSla.actual == 1);
    CHECK(r.months[2].ticketsInSla.actual == 0);

    const auto today = TodayKpis::compute(data.sql(), QDate(2024, 2, 25), at("2024-03-02T00:00:00Z"));
    REQUIRE(today);
    const TodayKpis& t = today.value();
    CHECK(t.month == QStringLiteral("2024-02"));
    CHECK(t.revenueMinor == 500);
    CHECK(t.revenueTargetMinor == 400);
    CHECK(t.revenueByMonth == QList<qint64>{0, 0, 0, 0, 1000, 500});
    CHECK(t.weightedPipelineMinor == 1500);
    CHECK(t.openDeals == 1);
    CHECK(t.winRate.part == 3);
    CHECK(t.winRate.whole == 4);
    CHECK(t.openTickets == 1);
    CHECK(t.breachedTickets == 1);
}

TEST_CASE("Report ranges: defaults, bad dates and reversed ranges", "[analytics]")
{
    const auto byDefault = ReportRange::fromText({}, {}, QDate(2024, 5, 17));
    REQUIRE(byDefault);
    CHECK(byDefault.value().from == QDate(2023, 6, 1));
    CHECK(byDefault.value().to == QDate(2024, 5, 17));
    CHECK(byDefault.value().months().size() == 12);

    const auto bad = ReportRange::fromText(QStringLiteral("2024-02-30"), {}, QDate(2024, 5, 17));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == QStringLiteral("bad_date"));
    CHECK(bad.error().message.contains(QStringLiteral("2024-02-30")));
    const auto reversed = ReportRange::fromText(QStringLiteral("2024-05-01"), QStringLiteral("2024-04-01"), QDate(2024, 5, 17));
    REQUIRE_FALSE(reversed);
    CHECK(reversed.error().code == QStringLiteral("bad_range"));

    ReportRange shanghai = utcRange("2024-01-01", "2024-01-31");
    shanghai.zone = QTimeZone(8 * 3600);
    CHECK(shanghai.startInstant() == QStringLiteral("2023-12-31T16:00:00Z"));
    CHECK(shanghai.endInstant() == QStringLiteral("2024-01-31T16:00:00Z"));
    CHECK(shanghai.localModifier() == QStringLiteral("+480 minutes"));
}

TEST_CASE("Report speed columns follow the stage history: path, ties, undo, days in stage, closing", "[analytics]")
{
    AnalyticsData data;
    const qint64 c = data.customer(QStringLiteral("Tide Mill Tea"));
    // Contact, then proposal and analysis entered at the same instant (strictly in order: same time counts),
    // then won.
    const qint64 d = data.deal(c, 900, {{Contact, at("2024-02-01T00:00:00Z")}, {Proposal, at("2024-02-03T00:00:00Z")},
                                        {Analysis, at("2024-02-03T00:00:00Z")}, {Negotiation, at("2024-02-05T00:00:00Z")}});
    const auto pathOf = [&data](qint64 id) {
        QSqlQuery q(data.sql());
        q.prepare(QStringLiteral("SELECT stage_path FROM deals WHERE id = ?"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    CHECK(pathOf(d) == QStringLiteral("1:1,2:2,3:2,4:3"));
    const ReportRange range = utcRange("2024-01-01", "2024-06-30");
    auto strict = SalesFunnel::compute(data.sql(), range, true);
    REQUIRE(strict);
    CHECK(dealsAt(strict.value()) == QList<qint64>{1, 1, 1, 1, 0});

    // Undoing the last move drops its history row: the path and the funnel follow.
    DealRepository deals(data.db());
    Deal before = deals.get(d).value();
    Clock::setOverride([] { return at("2024-02-09T00:00:00Z"); });
    REQUIRE(deals.moveToStage(d, Won, at("2024-02-09T00:00:00Z")));
    Clock::setOverride({});
    CHECK(pathOf(d) == QStringLiteral("1:1,2:2,3:2,4:3,5:4"));
    // Days in each stage of a deal closed in the period: contact 2 days, analysis 2, proposal 0 then
    // negotiation 4 (proposal was left at the instant analysis was entered).
    auto cycle = WinRate::compute(data.sql(), range);
    REQUIRE(cycle);
    REQUIRE(cycle.value().stageDurations.size() == 4);
    CHECK(cycle.value().stageDurations[0].averageDays == Approx(2.0));
    CHECK(cycle.value().stageDurations[3].averageDays == Approx(4.0));
    CHECK(cycle.value().stageDurations[3].visits == 1);
    REQUIRE(deals.restoreStage(before));
    CHECK(pathOf(d) == QStringLiteral("1:1,2:2,3:2,4:3"));
    cycle = WinRate::compute(data.sql(), range);
    REQUIRE(cycle);
    CHECK(cycle.value().stageDurations[3].visits == 0); // no longer closed, so no longer counted
    strict = SalesFunnel::compute(data.sql(), range, true);
    REQUIRE(strict);
    CHECK(dealsAt(strict.value()) == QList<qint64>{1, 1, 1, 1, 0});

    // A deal entered out of order: negotiation before proposal, so strictly it counts up to proposal only.
    const qint64 e = data.deal(c, 100, {{Contact, at("2024-03-01T00:00:00Z")}, {Analysis, at("2024-03-02T00:00:00Z")},
                                        {Negotiation, at("2024-03-03T00:00:00Z")}, {Proposal, at("2024-03-04T00:00:00Z")}});
    CHECK(pathOf(e) == QStringLiteral("1:1,2:2,4:3,3:4"));
    strict = SalesFunnel::compute(data.sql(), range, true);
    REQUIRE(strict);
    CHECK(dealsAt(strict.value()) == QList<qint64>{2, 2, 2, 1, 0});
    const auto loose = SalesFunnel::compute(data.sql(), range, false);
    REQUIRE(loose);
    CHECK(dealsAt(loose.value()) == QList<qint64>{2, 2, 2, 2, 0});
}

TEST_CASE("Lost reasons are merged after trimming; forecast buckets overdue and undated deals", "[analytics]")
{
    AnalyticsData data;
    const qint64 c = data.customer(QStringLiteral("Quay Lane Prints"));
    data.deal(c, 100, {{Contact, at("2024-02-01T00:00:00Z")}, {Lost, at("2024-02-02T00:00:00Z")}}, QStringLiteral("Price"));
    data.deal(c, 200, {{Contact, at("2024-02-01T00:00:00Z")}, {Lost, at("2024-02-03T00:00:00Z")}}, QStringLiteral(" Price "));
    data.deal(c, 400, {{Contact, at("2024-02-01T00:00:00Z")}, {Lost, at("2024-02-04T00:00:00Z")}}, QStringLiteral("Timing"));
    const auto r = WinRate::compute(data.sql(), utcRange("2024-01-01", "2024-06-30"));
    REQUIRE(r);
    REQUIRE(r.value().lostReasons.size() == 2);
    CHECK(r.value().lostReasons[0].reason == QStringLiteral("Price"));
    CHECK(r.value().lostReasons[0].deals == 2);
    CHECK(r.value().lostReasons[0].valueMinor == 300);
    CHECK(r.value().lostReasons[1].reason == QStringLiteral("Timing"));
}
