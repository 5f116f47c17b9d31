// rapport-cli report: JSON numbers from a small fixed dataset, text output, and clear messages for bad input.
#include "AnalyticsFixture.h"
#include "catch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace rapport;
using namespace rapport::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QString& db, const QStringList& args)
{
    QProcess cli;
    cli.start(QStringLiteral(RAPPORT_CLI), QStringList{QStringLiteral("--db"), db} + args);
    REQUIRE(cli.waitForFinished(60000));
    return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()), QString::fromUtf8(cli.readAllStandardError())};
}

} // namespace

TEST_CASE("rapport-cli report prints JSON, text and clear errors", "[analytics][cli]")
{
    AnalyticsData data;
    const qint64 c = data.customer(QStringLiteral("李明华贸易有限公司"));
    data.deal(c, 12345, {{Contact, at("2024-02-01T00:00:00Z")}, {Proposal, at("2024-02-03T00:00:00Z")},
                         {Won, at("2024-02-11T00:00:00Z")}});
    data.deal(c, 500, {{Contact, at("2024-03-01T00:00:00Z")}, {Lost, at("2024-03-05T00:00:00Z")}},
              QStringLiteral("Price"));
    const QString path = data.path();
    data.close();
    const QStringList range{QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                            QStringLiteral("2024-06-30")};

    SECTION("JSON for one report: counts, money in minor units, ratios as part and whole")
    {
        const CliRun run = runCli(path, QStringList{QStringLiteral("report"), QStringLiteral("funnel")} + range +
                                            QStringList{QStringLiteral("--json")});
        REQUIRE(run.exitCode == 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK(json.value(QStringLiteral("report")).toString() == QStringLiteral("funnel"));
        CHECK(json.value(QStringLiteral("from")).toString() == QStringLiteral("2024-01-01"));
        CHECK_FALSE(json.value(QStringLiteral("definition")).toString().isEmpty());
        const QJsonArray stages = json.value(QStringLiteral("stages")).toArray();
        REQUIRE(stages.size() == 5);
        CHECK(stages[0].toObject().value(QStringLiteral("deals")).toInt() == 2);
        CHECK(stages[1].toObject().value(QStringLiteral("deals")).toInt() == 1); // skipped analysis, passed it
        CHECK(stages[4].toObject().value(QStringLiteral("value_minor")).toInt() == 12345);
        const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
        CHECK(overall.value(QStringLiteral("part")).toInt() == 1);
        CHECK(overall.value(QStringLiteral("whole")).toInt() == 2);
        CHECK(overall.value(QStringLiteral("value")).toDouble() == Approx(0.5));
    }

    SECTION("JSON for all reports")
    {
        const CliRun run = runCli(path, QStringList{QStringLiteral("report"), QStringLiteral("all"), QStringLiteral("--json")} + range);
        REQUIRE(run.exitCode == 0);
        const QJsonArray reports = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("reports")).toArray();
        QStringList keys;
        for (const auto& r : reports)
            keys << r.toObject().value(QStringLiteral("report")).toString();
        CHECK(keys == QStringList{QStringLiteral("funnel"), QStringLiteral("winrate"), QStringLiteral("forecast"),
                                  QStringLiteral("retention"), QStringLiteral("segments"), QStringLiteral("service"),
                                  QStringLiteral("kpi")});
        CHECK(reports[1].toObject().value(QStringLiteral("won")).toInt() == 1);
        CHECK(reports[1].toObject().value(QStringLiteral("lost")).toInt() == 1);
    }

    SECTION("Text in English and in Chinese")
    {
        const CliRun en = runCli(path, QStringList{QStringLiteral("report"), QStringLiteral("winrate"),
                                                   QStringLiteral("--lang"), QStringLiteral("en")} + range);
        REQUIRE(en.exitCode == 0);
        CHECK(en.out.contains(QStringLiteral("Win rate: 50.0%")));
        CHECK(en.out.contains(QStringLiteral("Price")));
        const CliRun zh = runCli(path, QStringList{QStringLiteral("report"), QStringLiteral("winrate"),
                                                   QStringLiteral("--lang"), QStringLiteral("zh_CN")} + range);
        REQUIRE(zh.exitCode == 0);
        CHECK(zh.out.contains(QStringLiteral("赢单率")));
    }

    SECTION("Bad input gets a clear message")
    {
        const CliRun reversed = runCli(path, {QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--from"),
                                              QStringLiteral("2024-05-01"), QStringLiteral("--to"), QStringLiteral("2024-04-01")});
        CHECK(reversed.exitCode == 1);
        CHECK(reversed.err.contains(QStringLiteral("after the end date")));
        const CliRun badDate = runCli(path, {QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--from"),
                                             QStringLiteral("2024-02-30")});
        CHECK(badDate.exitCode == 1);
        CHECK(badDate.err.contains(QStringLiteral("2024-02-30")));
        const CliRun unknown = runCli(path, {QStringLiteral("report"), QStringLiteral("profits")});
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.err.contains(QStringLiteral("funnel|winrate")));
        const CliRun unwritable = runCli(path, {QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--pdf"),
                                                QStringLiteral("/no/such/folder/report.pdf")});
        CHECK(unwritable.exitCode == 1);
        CHECK(unwritable.err.contains(QStringLiteral("does not exist")));
    }
}
