// Segment counts on a big database: the live count in the segment editor and `rapport-cli segment count`.
// Each segment below is counted `rounds` times on a fresh read-only connection; prints min/median/max in ms
// as JSON. Value tiers are refreshed first (as the app keeps them), so the tier condition has rows to read.
// usage: bench_segments --db PATH [--rounds N]
#include "Clock.h"
#include "analytics/ValueTiers.h"
#include "campaigns/SegmentRepository.h"
#include "db/Database.h"
#include "safety/ReadConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace rapport;

namespace {

struct Case
{
    const char* name;
    Segment segment;
};

Segment make(bool all, QList<SegmentCondition> conditions)
{
    Segment s;
    s.matchAll = all;
    s.conditions = std::move(conditions);
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    const int dbAt = static_cast<int>(args.indexOf(QStringLiteral("--db")));
    if (dbAt < 0 || dbAt + 1 >= args.size()) {
        err << "usage: bench_segments --db PATH [--rounds N]" << Qt::endl;
        return 2;
    }
    const QString path = args.at(dbAt + 1);
    const int roundsAt = static_cast<int>(args.indexOf(QStringLiteral("--rounds")));
    const int rounds = roundsAt > 0 && roundsAt + 1 < args.size() ? qMax(1, args.at(roundsAt + 1).toInt()) : 7;
    {
        OpenOptions options;
        options.quickCheckMaxBytes = 0;
        auto db = Database::open(path, options);
        if (!db) {
            err << db.error().message << Qt::endl;
            return 1;
        }
        if (auto refreshed = ValueTiers::refreshStored(*db.value(), Clock::todayLocal()); !refreshed) {
            err << refreshed.error().message << Qt::endl;
            return 1;
        }
    }
    const QString lastYear = Clock::todayLocal().addYears(-1).toString(Qt::ISODate);
    using F = SegmentField;
    using O = SegmentOp;
    const std::vector<Case> cases = {
        {"all_customers", make(true, {})},
        {"tag", make(true, {{F::Tag, O::Is, QStringLiteral("VIP")}})},
        {"city_contains", make(true, {{F::City, O::Contains, QStringLiteral("an")}})},
        {"person_with_open_deal", make(true, {{F::Kind, O::Is, QStringLiteral("person")}, {F::OpenDeal, O::Yes}})},
        {"value_tier_important", make(true, {{F::ValueTier, O::Is, QStringLiteral("important")}})},
        {"bought_last_year", make(true, {{F::LastPurchase, O::After, lastYear}})},
        {"lapsed_buyers", make(true, {{F::LastPurchase, O::Before, lastYear}})},
        {"never_bought", make(true, {{F::LastPurchase, O::Never}})},
        {"open_ticket", make(true, {{F::OpenTicket, O::Yes}})},
        {"lifetime_value_between", make(true, {{F::LifetimeValue, O::Between, QStringLiteral("100000"),
                                                QStringLiteral("1000000")}})},
        {"birthday_month", make(true, {{F::BirthdayMonth, O::Is, QStringLiteral("3")}})},
        {"five_conditions_all",
         make(true, {{F::Kind, O::Is, QStringLiteral("company")}, {F::Tag, O::IsNot, QStringLiteral("Retail")},
                     {F::LastPurchase, O::After, lastYear}, {F::OpenTicket, O::No},
                     {F::ValueTier, O::IsNot, QStringLiteral("at_risk")}})},
        {"five_conditions_any",
         make(false, {{F::Tag, O::Is, QStringLiteral("VIP")}, {F::City, O::Is, QStringLiteral("Shanghai")},
                      {F::OpenTicket, O::Yes}, {F::ValueTier, O::Is, QStringLiteral("important")},
                      {F::BirthdayMonth, O::Is, QStringLiteral("12")}})},
    };

    auto connection = ReadConnection::open(path);
    if (!connection) {
        err << connection.error().message << Qt::endl;
        return 1;
    }
    QJsonArray results;
    double worst = 0;
    for (const Case& c : cases) {
        std::vector<double> ms;
        int count = 0;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            auto counted = SegmentRepository::count(connection.value()->db(), c.segment);
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            if (!counted) {
                err << c.name << ": " << counted.error().message << Qt::endl;
                return 1;
            }
            count = counted.value();
        }
        std::sort(ms.begin(), ms.end());
        worst = std::max(worst, ms[ms.size() / 2]);
        results.append(QJsonObject{{QStringLiteral("segment"), QString::fromLatin1(c.name)},
                                   {QStringLiteral("customers"), count},
                                   {QStringLiteral("min_ms"), ms.front()},
                                   {QStringLiteral("median_ms"), ms[ms.size() / 2]},
                                   {QStringLiteral("max_ms"), ms.back()}});
    }
    out << QJsonDocument(QJsonObject{{QStringLiteral("rounds"), rounds},
                                     {QStringLiteral("worst_median_ms"), worst},
                                     {QStringLiteral("segments"), results}})
               .toJson(QJsonDocument::Indented);
    return 0;
}
