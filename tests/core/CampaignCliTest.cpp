// rapport-cli segment and campaign: lists, counts, CSV export without opted-out customers, results as JSON.
#include "AnalyticsFixture.h"
#include "catch.h"

#include "campaigns/CampaignRepository.h"
#include "campaigns/SegmentRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace rapport;
using namespace rapport::test;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult cli(const QString& db, const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(RAPPORT_CLI), QStringList{QStringLiteral("--db"), db} + args);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("rapport-cli segment and campaign", "[campaigns][cli]")
{
    AnalyticsData data;
    const qint64 a = data.customer(QStringLiteral("Ann"), at("2023-01-01T00:00:00Z"), CustomerKind::Person);
    const qint64 b = data.customer(QStringLiteral("张伟"), at("2023-01-01T00:00:00Z"), CustomerKind::Person);
    data.customer(QStringLiteral("Acme"));
    Segment people;
    people.name = QStringLiteral("Private customers");
    people.conditions = {{SegmentField::Kind, SegmentOp::Is, QStringLiteral("person")}};
    const qint64 segmentId = SegmentRepository(data.db()).create(people).value();
    CampaignRepository repo(data.db());
    Campaign c;
    c.name = QStringLiteral("Newsletter");
    c.budgetMinor = 5000;
    c.segmentId = segmentId;
    const qint64 campaignId = repo.create(c).value();
    REQUIRE(repo.buildAudience(campaignId).value() == 2);
    REQUIRE(repo.setStatus(campaignId, {a}, MemberStatus::Converted));
    REQUIRE(repo.setStatus(campaignId, {b}, MemberStatus::OptedOut));
    Deal d;
    d.customerId = a;
    d.title = QStringLiteral("Order");
    d.amountMinor = 20000;
    d.stageId = Won;
    d.campaignId = campaignId;
    REQUIRE(DealRepository(data.db()).create(d));
    const QString path = data.path();
    data.close();

    SECTION("segment list and count")
    {
        const CliResult list = cli(path, {QStringLiteral("segment"), QStringLiteral("list"), QStringLiteral("--json")});
        REQUIRE(list.exitCode == 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].toObject().value(QStringLiteral("customers")).toInt() == 2);
        const CliResult count = cli(path, {QStringLiteral("segment"), QStringLiteral("count"),
                                           QStringLiteral("private CUSTOMERS")});
        REQUIRE(count.exitCode == 0);
        CHECK(count.out.trimmed() == QStringLiteral("2"));
    }

    SECTION("segment export leaves opted-out customers out")
    {
        const CliResult exported = cli(path, {QStringLiteral("segment"), QStringLiteral("export"),
                                              QStringLiteral("Private customers")});
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.out.contains(QStringLiteral("Ann")));
        CHECK_FALSE(exported.out.contains(QStringLiteral("张伟")));
    }

    SECTION("campaign list and results")
    {
        const CliResult list = cli(path, {QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")});
        REQUIRE(list.exitCode == 0);
        CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array()[0].toObject().value(QStringLiteral("members")).toInt() == 2);
        const CliResult results = cli(path, {QStringLiteral("campaign"), QStringLiteral("results"),
                                             QString::number(campaignId), QStringLiteral("--json")});
        REQUIRE(results.exitCode == 0);
        const QJsonObject json = QJsonDocument::fromJson(results.out.toUtf8()).object();
        CHECK(json.value(QStringLiteral("members")).toInt() == 2);
        CHECK(json.value(QStringLiteral("won_revenue_minor")).toInt() == 20000);
        CHECK(json.value(QStringLiteral("cost_per_conversion_minor")).toInt() == 5000);
        CHECK(json.value(QStringLiteral("roi")).toDouble() == Approx(3.0));
        CHECK(json.value(QStringLiteral("conversion_rate")).toObject().value(QStringLiteral("part")).toInt() == 1);
        const CliResult text = cli(path, {QStringLiteral("campaign"), QStringLiteral("results"), QString::number(campaignId)});
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains(QStringLiteral("Newsletter")));
    }

    SECTION("Clear errors")
    {
        CHECK(cli(path, {QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("nope")}).exitCode == 1);
        CHECK(cli(path, {QStringLiteral("campaign"), QStringLiteral("results"), QStringLiteral("abc")}).exitCode == 1);
        CHECK(cli(path, {QStringLiteral("campaign"), QStringLiteral("results"), QStringLiteral("999")}).exitCode == 1);
        CHECK(cli(path, {QStringLiteral("segment")}).exitCode == 2);
    }
}
