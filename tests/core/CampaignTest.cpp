// Campaigns: audience snapshots, status changes, opt-out, results on a fixed dataset, CSV and mailto export.
#include "AnalyticsFixture.h"
#include "catch.h"

#include "campaigns/AudienceExport.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/SegmentRepository.h"
#include "customers/CustomerRepository.h"
#include "io/CsvReader.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QUrl>

using namespace rapport;
using namespace rapport::test;

namespace {

struct CampaignData : AnalyticsData
{
    QList<qint64> p; // p[0..4], people
    qint64 company = 0;
    qint64 segmentId = 0;
    qint64 earlier = 0; // an earlier campaign p[3] opted out of
    qint64 campaign = 0;

    CampaignData()
    {
        const QStringList names{QStringLiteral("Ann Lee"), QStringLiteral("=HYPERLINK(\"http://x\")"),
                                QStringLiteral("王 芳"), QStringLiteral("Dan Roe"), QStringLiteral("Eve Noemail")};
        for (int i = 0; i < names.size(); ++i) {
            p << customer(names[i], at("2023-01-01T00:00:00Z"), CustomerKind::Person);
            CustomerRepository repo(db());
            Customer c = repo.get(p[i]).value();
            if (i < 4)
                c.email = QStringLiteral("p%1@example.com").arg(i);
            REQUIRE(repo.update(c));
        }
        company = customer(QStringLiteral("Acme"));
        Segment people;
        people.name = QStringLiteral("People");
        people.conditions = {{SegmentField::Kind, SegmentOp::Is, QStringLiteral("person")}};
        segmentId = SegmentRepository(db()).create(people).value();

        CampaignRepository repo(db());
        Campaign first;
        first.name = QStringLiteral("Spring mailing");
        earlier = repo.create(first).value();
        REQUIRE(repo.addMembers(earlier, {p[3]}).value() == 1);
        REQUIRE(repo.setStatus(earlier, {p[3]}, MemberStatus::OptedOut).value() == 1);

        Campaign c;
        c.name = QStringLiteral("夏季促销");
        c.channel = CampaignChannel::Message;
        c.budgetMinor = 10000;
        c.currency = QStringLiteral("USD");
        c.startsOn = QDate(2024, 6, 1);
        c.endsOn = QDate(2024, 6, 30);
        c.segmentId = segmentId;
        campaign = repo.create(c).value();
    }

    qint64 attributedDeal(qint64 customerId, qint64 amount, const QString& currency, Stage stage)
    {
        Deal d;
        d.customerId = customerId;
        d.title = QStringLiteral("Deal for %1").arg(customerId);
        d.amountMinor = amount;
        d.currency = currency;
        d.stageId = stage;
        const qint64 id = DealRepository(db()).create(d).value();
        REQUIRE(CampaignRepository(db()).attributeDeal(id, campaign));
        return id;
    }
};

QStringList csvNames(const QByteArray& bytes)
{
    QStringList names;
    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (const QString& line : lines)
        names << line.section(QLatin1Char(','), 0, 0);
    return names;
}

} // namespace

TEST_CASE("Building an audience snapshots the segment and leaves opted-out customers out", "[campaigns]")
{
    CampaignData data;
    CampaignRepository repo(data.db());
    auto added = repo.buildAudience(data.campaign);
    REQUIRE(added);
    CHECK(added.value() == 4); // five people, one opted out elsewhere
    CHECK(repo.memberCount(data.campaign).value() == 4);
    CHECK(repo.memberCount(data.campaign, MemberStatus::Targeted).value() == 4);

    SECTION("Building again adds only new matches and keeps statuses")
    {
        REQUIRE(repo.setStatus(data.campaign, {data.p[0]}, MemberStatus::Sent).value() == 1);
        const qint64 newcomer = data.customer(QStringLiteral("Fay New"), at("2024-01-01T00:00:00Z"), CustomerKind::Person);
        CHECK(repo.buildAudience(data.campaign).value() == 1);
        CHECK(repo.memberCount(data.campaign).value() == 5);
        CHECK(repo.memberCount(data.campaign, MemberStatus::Sent).value() == 1);
        auto members = repo.members(data.campaign, MemberQuery{MemberStatus::Targeted, 0, -1});
        REQUIRE(members);
        CHECK(std::any_of(members.value().cbegin(), members.value().cend(),
                          [newcomer](const CampaignMember& m) { return m.customerId == newcomer; }));
    }

    SECTION("A customer who opts out is never targeted again, by this or any campaign")
    {
        REQUIRE(repo.setStatus(data.campaign, {data.p[1]}, MemberStatus::OptedOut).value() == 1);
        Campaign next;
        next.name = QStringLiteral("Autumn");
        next.segmentId = data.segmentId;
        const qint64 autumn = repo.create(next).value();
        CHECK(repo.buildAudience(autumn).value() == 3);
        CHECK(repo.addMembers(autumn, {data.p[1], data.p[3]}).value() == 0);
    }

    SECTION("Status changes in bulk count only real changes and are in the history")
    {
        CHECK(repo.setStatus(data.campaign, {data.p[0], data.p[1], data.p[2]}, MemberStatus::Sent).value() == 3);
        CHECK(repo.setStatus(data.campaign, {data.p[0], data.p[1]}, MemberStatus::Sent).value() == 0);
        CHECK(repo.setStatus(data.campaign, {data.p[3]}, MemberStatus::Sent).value() == 0); // not a member
        QSqlQuery log(data.sql());
        REQUIRE(log.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'campaign_audience'")));
        REQUIRE(log.next());
        CHECK(log.value(0).toInt() == 4); // earlier: add, opt out; this one: build, one real change
    }

    SECTION("Removing members and the campaign")
    {
        REQUIRE(repo.removeMembers(data.campaign, {data.p[0]}));
        CHECK(repo.memberCount(data.campaign).value() == 3);
        const qint64 deal = data.attributedDeal(data.p[2], 100, QStringLiteral("USD"), Contact);
        REQUIRE(repo.remove(data.campaign));
        CHECK(repo.get(data.campaign).error().code == QStringLiteral("not_found"));
        CHECK(DealRepository(data.db()).get(deal).value().campaignId == 0);
        CHECK(repo.memberCount(data.campaign).value() == 0);
    }
}

TEST_CASE("Campaign results on a fixed dataset", "[campaigns]")
{
    CampaignData data;
    CampaignRepository repo(data.db());
    REQUIRE(repo.buildAudience(data.campaign).value() == 4); // p0 p1 p2 p4
    REQUIRE(repo.setStatus(data.campaign, {data.p[0]}, MemberStatus::Sent));
    REQUIRE(repo.setStatus(data.campaign, {data.p[1]}, MemberStatus::Responded));
    REQUIRE(repo.setStatus(data.campaign, {data.p[2]}, MemberStatus::Converted));
    data.attributedDeal(data.p[2], 30000, QStringLiteral("USD"), Won);
    data.attributedDeal(data.p[1], 5000, QStringLiteral("EUR"), Won);
    data.attributedDeal(data.p[1], 2000, QStringLiteral("USD"), Proposal);
    data.attributedDeal(data.p[0], 1000, QStringLiteral("USD"), Lost);
    data.deal(data.p[0], 99999, {{Won, at("2024-06-10T00:00:00Z")}}); // not attributed

    auto r = repo.results(data.campaign);
    REQUIRE(r);
    const CampaignResults& res = r.value();
    CHECK(res.members == 4);
    CHECK(res.byStatus[static_cast<size_t>(MemberStatus::Targeted)] == 1);
    CHECK(res.byStatus[static_cast<size_t>(MemberStatus::Sent)] == 1);
    CHECK(res.responseRate.part == 2); // responded + converted
    CHECK(res.responseRate.whole == 4);
    CHECK(res.conversionRate.part == 1);
    CHECK(res.wonDeals == 1);
    CHECK(res.wonRevenueMinor == 30000);
    CHECK(res.otherCurrencyDeals == 1);
    CHECK(res.openDeals == 1);
    REQUIRE(res.costPerConversionMinor);
    CHECK(*res.costPerConversionMinor == 10000);
    REQUIRE(res.roi);
    CHECK(*res.roi == Approx(2.0)); // (30000 - 10000) / 10000

    SECTION("No conversions and no budget leave those figures undefined")
    {
        Campaign free;
        free.name = QStringLiteral("Word of mouth");
        const qint64 id = repo.create(free).value();
        auto empty = repo.results(id).value();
        CHECK(empty.members == 0);
        CHECK_FALSE(empty.responseRate.defined());
        CHECK_FALSE(empty.costPerConversionMinor);
        CHECK_FALSE(empty.roi);
    }
}

TEST_CASE("Campaigns are validated and audited", "[campaigns]")
{
    CampaignData data;
    CampaignRepository repo(data.db());
    Campaign bad;
    bad.name = QStringLiteral("x");
    bad.startsOn = QDate(2024, 6, 2);
    bad.endsOn = QDate(2024, 6, 1);
    CHECK(repo.create(bad).error().code == QStringLiteral("invalid"));
    bad.endsOn = {};
    bad.budgetMinor = -1;
    CHECK_FALSE(repo.create(bad));
    bad.budgetMinor = 0;
    bad.currency = QStringLiteral("DOLLARS");
    CHECK_FALSE(repo.create(bad));
    bad.name.clear();
    CHECK_FALSE(repo.create(bad));

    Campaign c = repo.get(data.campaign).value();
    CHECK(c.channel == CampaignChannel::Message);
    CHECK(c.startsOn == QDate(2024, 6, 1));
    c.notes = QStringLiteral("Flyers too");
    REQUIRE(repo.update(c));
    REQUIRE(repo.setArchived(c.id, true));
    CHECK(repo.list().value().size() == 1);
    CHECK(repo.list(true).value().size() == 2);
    QSqlQuery log(data.sql());
    REQUIRE(log.exec(QStringLiteral("SELECT group_concat(action) FROM audit_log WHERE entity = 'campaign' AND entity_id = %1")
                         .arg(c.id)));
    REQUIRE(log.next());
    CHECK(log.value(0).toString() == QStringLiteral("insert,update,archive"));
}

TEST_CASE("Audience export: CSV and mailto batches, never to opted-out customers", "[campaigns]")
{
    CampaignData data;
    CampaignRepository repo(data.db());
    REQUIRE(repo.buildAudience(data.campaign));
    REQUIRE(repo.setStatus(data.campaign, {data.p[0]}, MemberStatus::OptedOut));
    auto audience = AudienceExport::campaignAudience(data.sql(), data.campaign);
    REQUIRE(audience);
    // p0 opted out here, p3 earlier; p1, p2 and p4 (who has no email) remain.
    CHECK(audience.value() == QList<qint64>{data.p[1], data.p[4], data.p[2]}); // by name
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = AudienceExport::writeCsv(data.sql(), audience.value(), &buffer);
    REQUIRE(written);
    const QStringList names = csvNames(buffer.data().mid(3)); // after the BOM
    CHECK(names.first() == QStringLiteral("Name"));
    CHECK_FALSE(names.join(QLatin1Char('|')).contains(QStringLiteral("Ann Lee")));
    CHECK_FALSE(names.join(QLatin1Char('|')).contains(QStringLiteral("Dan Roe")));
    CHECK(names.size() == 4);
    CHECK(names.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""))); // formula neutralised

    auto links = AudienceExport::mailtoBatches(data.sql(), audience.value());
    REQUIRE(links);
    REQUIRE(links.value().size() == 1);
    CHECK(links.value().first() == QStringLiteral("mailto:?bcc=p1@example.com,p2@example.com"));
}

TEST_CASE("mailto batches respect the address and length limits", "[campaigns]")
{
    QStringList many;
    for (int i = 0; i < 120; ++i)
        many << QStringLiteral("customer%1@example.com").arg(i);
    many << QStringLiteral("CUSTOMER1@example.com"); // the same address twice
    const QStringList batches = AudienceExport::mailtoBatches(many);
    REQUIRE(batches.size() == 3);
    int total = 0;
    for (const QString& link : batches) {
        CHECK(link.startsWith(QStringLiteral("mailto:?bcc=")));
        CHECK(link.size() <= AudienceExport::kMaxUrlLength);
        const int n = static_cast<int>(link.mid(12).split(QLatin1Char(',')).size());
        CHECK(n <= AudienceExport::kMaxAddressesPerBatch);
        total += n;
    }
    CHECK(total == 120);

    QStringList longOnes;
    for (int i = 0; i < 10; ++i)
        longOnes << QString(300, QLatin1Char('a')) + QStringLiteral("%1@example.com").arg(i);
    const QStringList byLength = AudienceExport::mailtoBatches(longOnes);
    CHECK(byLength.size() == 2); // 6 fit in 2,000 characters
    for (const QString& link : byLength)
        CHECK(link.size() <= AudienceExport::kMaxUrlLength);

    // Characters that would split the link are encoded.
    const QStringList odd = AudienceExport::mailtoBatches({QStringLiteral("a&b?c#d,e@example.com")});
    REQUIRE(odd.size() == 1);
    CHECK(odd.first() == QStringLiteral("mailto:?bcc=a%26b%3Fc%23d%2Ce@example.com"));
}
