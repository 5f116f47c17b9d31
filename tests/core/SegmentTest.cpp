// Segments: every field and operator against a small hand-made dataset, hostile values, all vs any, storage.
#include "AnalyticsFixture.h"
#include "catch.h"

#include "analytics/ValueTiers.h"
#include "campaigns/SegmentRepository.h"
#include "campaigns/SegmentSql.h"
#include "customers/CustomerRepository.h"

#include <QSqlQuery>

#include <algorithm>

using namespace rapport;
using namespace rapport::test;

namespace {

struct SegmentData : AnalyticsData
{
    qint64 a = 0, b = 0, c = 0, d = 0;

    SegmentData()
    {
        a = customer(QStringLiteral("Acme 有限公司"));
        b = customer(QStringLiteral("Bob O'Brien"), at("2023-01-01T00:00:00Z"), CustomerKind::Person);
        c = customer(QStringLiteral("陈小明"), at("2023-01-01T00:00:00Z"), CustomerKind::Person);
        d = customer(QStringLiteral("Dormant Ltd"));
        edit(a, [](Customer& x) {
            x.city = QStringLiteral("Shanghai");
            x.region = QStringLiteral("SH");
            x.source = QStringLiteral("Trade fair");
            x.tags = {QStringLiteral("VIP")};
        });
        edit(b, [](Customer& x) {
            x.city = QStringLiteral("O'Hare");
            x.source = QStringLiteral("Web 100%_off");
            x.tags = {QStringLiteral("50%_off")};
            x.birthday = QDate(1980, 3, 15);
        });
        edit(c, [](Customer& x) {
            x.city = QStringLiteral("上海");
            x.birthday = QDate(1990, 12, 1);
        });
        edit(d, [](Customer& x) { x.city = QStringLiteral("Shanghai"); });
        REQUIRE(CustomerRepository(db()).setArchived(d, true));
        purchase(a, 1000, at("2024-01-10T10:00:00Z"));
        purchase(b, 500, at("2024-05-01T10:00:00Z"));
        deal(b, 100, {{Contact, at("2024-05-02T10:00:00Z")}});
        ticket(c, TicketPriority::Normal, at("2024-06-01T10:00:00Z"));
    }

    template <typename Edit>
    void edit(qint64 id, Edit change)
    {
        CustomerRepository repo(db());
        Customer x = repo.get(id).value();
        change(x);
        REQUIRE(repo.update(x));
    }

    QList<qint64> match(const QList<SegmentCondition>& conditions, bool all = true)
    {
        Segment s;
        s.matchAll = all;
        s.conditions = conditions;
        auto ids = SegmentRepository(db()).customerIds(s);
        REQUIRE(ids);
        REQUIRE(SegmentRepository(db()).count(s).value() == ids.value().size());
        return ids.value();
    }

    QList<qint64> match(SegmentField field, SegmentOp op, const QString& value = {}, const QString& value2 = {})
    {
        return match(QList<SegmentCondition>{{field, op, value, value2}});
    }
};

QList<qint64> ids(std::initializer_list<qint64> list)
{
    QList<qint64> out(list);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("Segment conditions: each field and operator", "[segments]")
{
    SegmentData s;
    using F = SegmentField;
    using O = SegmentOp;

    CHECK(s.match(QList<SegmentCondition>{}) == ids({s.a, s.b, s.c})); // archived customers never match
    CHECK(s.match(F::Tag, O::Is, QStringLiteral("vip")) == ids({s.a}));
    CHECK(s.match(F::Tag, O::IsNot, QStringLiteral("VIP")) == ids({s.b, s.c}));
    CHECK(s.match(F::Kind, O::Is, QStringLiteral("person")) == ids({s.b, s.c}));
    CHECK(s.match(F::Kind, O::IsNot, QStringLiteral("person")) == ids({s.a}));
    CHECK(s.match(F::City, O::Is, QStringLiteral("shanghai")) == ids({s.a}));
    CHECK(s.match(F::City, O::IsNot, QStringLiteral("Shanghai")) == ids({s.b, s.c}));
    CHECK(s.match(F::City, O::Contains, QStringLiteral("上")) == ids({s.c}));
    CHECK(s.match(F::Region, O::Is, QStringLiteral("SH")) == ids({s.a}));
    CHECK(s.match(F::Region, O::IsNot, QStringLiteral("SH")) == ids({s.b, s.c}));
    CHECK(s.match(F::Source, O::Contains, QStringLiteral("fair")) == ids({s.a}));
    CHECK(s.match(F::LastPurchase, O::Before, QStringLiteral("2024-03-01")) == ids({s.a}));
    CHECK(s.match(F::LastPurchase, O::After, QStringLiteral("2024-03-01")) == ids({s.b}));
    CHECK(s.match(F::LastPurchase, O::After, QStringLiteral("2024-05-02")).isEmpty());
    CHECK(s.match(F::LastPurchase, O::Never) == ids({s.c}));
    CHECK(s.match(F::LifetimeValue, O::AtLeast, QStringLiteral("1000")) == ids({s.a}));
    CHECK(s.match(F::LifetimeValue, O::AtMost, QStringLiteral("0")) == ids({s.c}));
    CHECK(s.match(F::LifetimeValue, O::Between, QStringLiteral("400"), QStringLiteral("999")) == ids({s.b}));
    CHECK(s.match(F::OpenDeal, O::Yes) == ids({s.b}));
    CHECK(s.match(F::OpenDeal, O::No) == ids({s.a, s.c}));
    CHECK(s.match(F::OpenTicket, O::Yes) == ids({s.c}));
    CHECK(s.match(F::OpenTicket, O::No) == ids({s.a, s.b}));
    CHECK(s.match(F::BirthdayMonth, O::Is, QStringLiteral("3")) == ids({s.b}));
    CHECK(s.match(F::BirthdayMonth, O::Is, QStringLiteral("12")) == ids({s.c}));
    CHECK(s.match(F::BirthdayMonth, O::Is, QStringLiteral("7")).isEmpty());

    SECTION("Value tier reads the stored tiers")
    {
        REQUIRE(ValueTiers::refreshStored(s.db(), QDate(2024, 6, 30)));
        const auto tiers = ValueTiers::assignments(s.sql(), QDate(2024, 6, 30)).value();
        REQUIRE(tiers.size() == 2); // a and b purchased
        for (const QString& key : {QStringLiteral("important"), QStringLiteral("major"), QStringLiteral("general"),
                                  QStringLiteral("at_risk")}) {
            QList<qint64> expected;
            QList<qint64> others{s.c};
            for (auto it = tiers.cbegin(); it != tiers.cend(); ++it)
                (valueTierKey(it.value()) == key ? expected : others) << it.key();
            std::sort(expected.begin(), expected.end());
            std::sort(others.begin(), others.end());
            CHECK(s.match(F::ValueTier, O::Is, key) == expected);
            CHECK(s.match(F::ValueTier, O::IsNot, key) == others);
        }
    }
}

TEST_CASE("Segment conditions: all vs any", "[segments]")
{
    SegmentData s;
    const QList<SegmentCondition> both{{SegmentField::Kind, SegmentOp::Is, QStringLiteral("person")},
                                       {SegmentField::City, SegmentOp::Is, QStringLiteral("Shanghai")}};
    CHECK(s.match(both, true).isEmpty());
    CHECK(s.match(both, false) == ids({s.a, s.b, s.c}));
    const QList<SegmentCondition> narrow{{SegmentField::OpenDeal, SegmentOp::Yes},
                                         {SegmentField::BirthdayMonth, SegmentOp::Is, QStringLiteral("12")}};
    CHECK(s.match(narrow, true).isEmpty());
    CHECK(s.match(narrow, false) == ids({s.b, s.c}));
}

TEST_CASE("Segment conditions: hostile values are data, never SQL or wildcards", "[segments]")
{
    SegmentData s;
    using F = SegmentField;
    using O = SegmentOp;
    CHECK(s.match(F::City, O::Is, QStringLiteral("O'Hare")) == ids({s.b}));
    CHECK(s.match(F::City, O::Contains, QStringLiteral("'")) == ids({s.b}));
    CHECK(s.match(F::Tag, O::Is, QStringLiteral("50%_off")) == ids({s.b}));
    CHECK(s.match(F::Tag, O::Is, QStringLiteral("50%")).isEmpty());
    // % and _ are literal characters, not LIKE wildcards.
    CHECK(s.match(F::Source, O::Contains, QStringLiteral("%")) == ids({s.b}));
    CHECK(s.match(F::Source, O::Contains, QStringLiteral("_")) == ids({s.b}));
    CHECK(s.match(F::Source, O::Contains, QStringLiteral("0%_o")) == ids({s.b}));
    CHECK(s.match(F::City, O::Contains, QStringLiteral("S%i")).isEmpty());
    CHECK(s.match(F::City, O::Contains, QStringLiteral("Sh_nghai")).isEmpty());
    CHECK(s.match(F::City, O::Contains, QStringLiteral("\\")).isEmpty());
    CHECK(s.match(F::City, O::Is, QStringLiteral("x'); DROP TABLE customers; --")).isEmpty());
    CHECK(s.match(F::Tag, O::IsNot, QStringLiteral("\" OR 1=1 --")) == ids({s.a, s.b, s.c}));
    CHECK(s.match(F::City, O::Is, QString(QStringLiteral("Shang")) + QChar(0) + QStringLiteral("hai")).isEmpty());
    CHECK(s.match(F::City, O::Contains, QString(1000, QLatin1Char('x'))).isEmpty());
    CHECK(s.match(F::Tag, O::Is, QStringLiteral("客户 ' % _ \" ;")).isEmpty());
    QSqlQuery rows(s.sql());
    REQUIRE(rows.exec(QStringLiteral("SELECT count(*) FROM customers")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == 4);

    SECTION("Bad conditions are refused with a message, not guessed")
    {
        auto refused = [](const SegmentCondition& c) {
            auto r = SegmentSql::condition(c);
            return !r.ok() && r.error().code == QStringLiteral("invalid") && !r.error().message.isEmpty();
        };
        CHECK(refused({F::City, O::Contains, QString(1001, QLatin1Char('x'))}));
        CHECK(refused({F::City, O::Is, QStringLiteral("   ")}));
        CHECK(refused({F::Kind, O::Is, QStringLiteral("robot")}));
        CHECK(refused({F::Kind, O::Contains, QStringLiteral("person")}));
        CHECK(refused({F::ValueTier, O::Is, QStringLiteral("gold")}));
        CHECK(refused({F::LastPurchase, O::Before, QStringLiteral("2024-02-30")}));
        CHECK(refused({F::LifetimeValue, O::AtLeast, QStringLiteral("1 OR 1")}));
        CHECK(refused({F::LifetimeValue, O::AtLeast, QStringLiteral("-5")}));
        CHECK(refused({F::LifetimeValue, O::Between, QStringLiteral("10"), QStringLiteral("5")}));
        CHECK(refused({F::BirthdayMonth, O::Is, QStringLiteral("13")}));
        CHECK(refused({F::OpenDeal, O::Is, QStringLiteral("1")}));
    }
}

TEST_CASE("Segments are stored as structured conditions and audited", "[segments]")
{
    SegmentData s;
    SegmentRepository repo(s.db());
    Segment seg;
    seg.name = QStringLiteral("上海 VIPs");
    seg.matchAll = false;
    seg.conditions = {{SegmentField::Tag, SegmentOp::Is, QStringLiteral("VIP \"gold\"")},
                      {SegmentField::LifetimeValue, SegmentOp::Between, QStringLiteral("1"), QStringLiteral("99")}};
    auto id = repo.create(seg);
    REQUIRE(id);
    auto back = repo.get(id.value());
    REQUIRE(back);
    CHECK(back.value().name == seg.name);
    CHECK_FALSE(back.value().matchAll);
    CHECK(back.value().conditions == seg.conditions);
    QSqlQuery raw(s.sql());
    REQUIRE(raw.exec(QStringLiteral("SELECT conditions FROM segments")));
    REQUIRE(raw.next());
    CHECK(raw.value(0).toString().startsWith(QStringLiteral("[{\"field\":\"tag\"")));

    CHECK(repo.byName(QStringLiteral("上海 vips")).value().id == id.value());
    CHECK(repo.byName(QStringLiteral("nobody")).error().code == QStringLiteral("not_found"));
    Segment dup = seg;
    dup.name = QStringLiteral("上海 vips");
    CHECK(repo.create(dup).error().code == QStringLiteral("duplicate"));
    Segment unnamed = seg;
    unnamed.name = QStringLiteral("  ");
    CHECK_FALSE(repo.create(unnamed));

    seg.id = id.value();
    seg.conditions = {{SegmentField::Kind, SegmentOp::Is, QStringLiteral("company")}};
    REQUIRE(repo.update(seg));
    CHECK(repo.count(repo.get(seg.id).value()).value() == 1);
    CHECK(repo.list().value().size() == 1);
    REQUIRE(repo.remove(seg.id));
    CHECK(repo.list().value().isEmpty());
    REQUIRE(raw.exec(QStringLiteral("SELECT group_concat(action) FROM audit_log WHERE entity = 'segment'")));
    REQUIRE(raw.next());
    CHECK(raw.value(0).toString() == QStringLiteral("insert,update,delete"));
}
