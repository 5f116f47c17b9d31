// Tag management: rename, merge, colour, delete with counts; every customer touched is in the audit log,
// so the integrity check still finds nothing changed behind the app's back.
#include "AnalyticsFixture.h"
#include "catch.h"

#include "campaigns/TagRepository.h"
#include "customers/CustomerRepository.h"
#include "safety/IntegrityChecker.h"

using namespace rapport;
using namespace rapport::test;

TEST_CASE("Tags: rename, merge, colour and delete keep the history whole", "[tags]")
{
    AnalyticsData data;
    CustomerRepository customers(data.db());
    const qint64 a = data.customer(QStringLiteral("Alpha"));
    const qint64 b = data.customer(QStringLiteral("Beta"));
    REQUIRE(customers.setTags(a, {QStringLiteral("vip"), QStringLiteral("Trade fair 2023")}));
    REQUIRE(customers.setTags(b, {QStringLiteral("VIP customers"), QStringLiteral("Trade fair 2023")}));
    TagRepository tags(data.db());
    auto list = tags.list().value();
    REQUIRE(list.size() == 3);
    auto byName = [&](const QString& name) {
        const QList<TagInfo> all = tags.list().value();
        for (const TagInfo& t : all) {
            if (t.name == name)
                return t;
        }
        return TagInfo{};
    };
    CHECK(byName(QStringLiteral("Trade fair 2023")).customers == 2);

    REQUIRE(tags.rename(byName(QStringLiteral("vip")).id, QStringLiteral("VIP")));
    CHECK(customers.get(a).value().tags.contains(QStringLiteral("VIP")));
    CHECK(tags.rename(byName(QStringLiteral("VIP")).id, QStringLiteral("vip customers")).error().code ==
          QStringLiteral("duplicate"));
    CHECK_FALSE(tags.rename(byName(QStringLiteral("VIP")).id, QStringLiteral("  ")));

    REQUIRE(tags.merge(byName(QStringLiteral("VIP customers")).id, byName(QStringLiteral("VIP")).id));
    CHECK(byName(QStringLiteral("VIP")).customers == 2);
    CHECK(tags.list().value().size() == 2);
    CHECK(tags.merge(byName(QStringLiteral("VIP")).id, byName(QStringLiteral("VIP")).id).error().code ==
          QStringLiteral("invalid"));

    REQUIRE(tags.setColor(byName(QStringLiteral("VIP")).id, QStringLiteral("#C62828")));
    CHECK(byName(QStringLiteral("VIP")).color == QStringLiteral("#c62828"));
    CHECK_FALSE(tags.setColor(byName(QStringLiteral("VIP")).id, QStringLiteral("red; DROP TABLE tags")));

    REQUIRE(tags.remove(byName(QStringLiteral("Trade fair 2023")).id));
    CHECK(customers.get(b).value().tags == QStringList{QStringLiteral("VIP")});
    CHECK(tags.create(QStringLiteral("vip")).error().code == QStringLiteral("duplicate"));
    CHECK(tags.create(QStringLiteral("新客户")));

    const QString path = data.path();
    data.close();
    const IntegrityReport report = IntegrityChecker::check(path);
    CHECK(report.recordProblemCount == 0);
    CHECK_FALSE(report.chainBreak.has_value());
}
