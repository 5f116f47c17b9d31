// segment and campaign: saved segments (list, count, export) and campaign results, as text or JSON.
#include "Command.h"

#include "Money.h"
#include "campaigns/AudienceExport.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/SegmentRepository.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace rapport::cli {
namespace {

class CampaignCommands
{
    Q_DECLARE_TR_FUNCTIONS(rapport::cli::CampaignCommands)
};

const char* const kSegmentSynopsis = "segment list | count NAME | export NAME [--out FILE.csv] [--json]";
const char* const kCampaignSynopsis = "campaign list | results ID [--json]";

QJsonValue ratioJson(const Ratio& r)
{
    return QJsonObject{{QStringLiteral("part"), r.part}, {QStringLiteral("whole"), r.whole}};
}

QString percent(const Ratio& r)
{
    return r.defined() ? QLocale().toString(100.0 * r.value(), 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

int segmentList(Context& ctx, Database& db)
{
    SegmentRepository repo(db);
    auto list = repo.list();
    if (!list)
        return ctx.fail(list.error().message);
    QJsonArray rows;
    for (const Segment& s : list.value()) {
        auto count = repo.count(s);
        if (!count)
            return ctx.fail(count.error().message);
        if (ctx.json)
            rows.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name},
                                    {QStringLiteral("match"), s.matchAll ? QStringLiteral("all") : QStringLiteral("any")},
                                    {QStringLiteral("conditions"), static_cast<int>(s.conditions.size())},
                                    {QStringLiteral("customers"), count.value()}});
        else
            ctx.out << s.id << '\t' << s.name << '\t' << count.value() << '\n';
    }
    if (ctx.json)
        ctx.printJson(rows);
    ctx.out.flush();
    return Success;
}

int segmentCommand(Context& ctx)
{
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    if (ctx.args.isEmpty())
        return ctx.usage(QString::fromLatin1(kSegmentSynopsis));
    const QString action = ctx.args.takeFirst();
    if (action != QLatin1String("list") && action != QLatin1String("count") && action != QLatin1String("export"))
        return ctx.usage(QString::fromLatin1(kSegmentSynopsis));
    if (action != QLatin1String("list") && ctx.args.size() != 1)
        return ctx.usage(QString::fromLatin1(kSegmentSynopsis));
    auto db = ctx.openDatabase(false);
    if (!db)
        return Failure;
    if (action == QLatin1String("list"))
        return segmentList(ctx, *db);

    auto segment = SegmentRepository(*db).byName(ctx.args.first());
    if (!segment)
        return ctx.fail(segment.error().message);
    if (action == QLatin1String("count")) {
        auto count = SegmentRepository(*db).count(segment.value());
        if (!count)
            return ctx.fail(count.error().message);
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("segment"), segment.value().name},
                                      {QStringLiteral("customers"), count.value()}});
        else
            ctx.out << count.value() << Qt::endl;
        return Success;
    }
    auto ids = AudienceExport::segmentAudience(db->connection(), segment.value());
    if (!ids)
        return ctx.fail(ids.error().message);
    if (out.isEmpty()) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(CampaignCommands::tr("Cannot write to standard output."));
        ctx.out.flush();
        auto written = AudienceExport::writeCsv(db->connection(), ids.value(), &stdoutFile, false);
        return written ? Success : ctx.fail(written.error().message);
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return ctx.fail(CampaignCommands::tr("Cannot write %1: %2").arg(out, file.errorString()));
    auto written = AudienceExport::writeCsv(db->connection(), ids.value(), &file);
    if (!written)
        return ctx.fail(written.error().message);
    if (!file.commit())
        return ctx.fail(CampaignCommands::tr("Cannot write %1: %2").arg(out, file.errorString()));
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("customers"), written.value()}});
    else
        ctx.err << CampaignCommands::tr("Wrote %1 customers to %2 (opted-out customers left out).").arg(written.value()).arg(out) << Qt::endl;
    return Success;
}

int campaignResults(Context& ctx, Database& db, qint64 id)
{
    CampaignRepository repo(db);
    auto campaign = repo.get(id);
    if (!campaign)
        return ctx.fail(campaign.error().message);
    auto results = repo.results(id);
    if (!results)
        return ctx.fail(results.error().message);
    const CampaignResults& r = results.value();
    if (ctx.json) {
        QJsonObject statuses;
        for (MemberStatus s : CampaignText::statuses())
            statuses.insert(CampaignText::statusKey(s), r.byStatus[static_cast<size_t>(s)]);
        QJsonObject json{{QStringLiteral("id"), id},
                         {QStringLiteral("name"), campaign.value().name},
                         {QStringLiteral("currency"), r.currency},
                         {QStringLiteral("members"), r.members},
                         {QStringLiteral("statuses"), statuses},
                         {QStringLiteral("response_rate"), ratioJson(r.responseRate)},
                         {QStringLiteral("conversion_rate"), ratioJson(r.conversionRate)},
                         {QStringLiteral("won_deals"), r.wonDeals},
                         {QStringLiteral("won_revenue_minor"), r.wonRevenueMinor},
                         {QStringLiteral("open_deals"), r.openDeals},
                         {QStringLiteral("other_currency_deals"), r.otherCurrencyDeals},
                         {QStringLiteral("budget_minor"), r.budgetMinor},
                         {QStringLiteral("cost_per_conversion_minor"),
                          r.costPerConversionMinor ? QJsonValue(*r.costPerConversionMinor) : QJsonValue()},
                         {QStringLiteral("roi"), r.roi ? QJsonValue(*r.roi) : QJsonValue()}};
        ctx.printJson(json);
        return Success;
    }
    ctx.out << campaign.value().name << '\n';
    ctx.out << CampaignCommands::tr("Members") << ": " << r.members << '\n';
    for (MemberStatus s : CampaignText::statuses())
        ctx.out << "  " << CampaignText::statusName(s) << ": " << r.byStatus[static_cast<size_t>(s)] << '\n';
    ctx.out << CampaignCommands::tr("Response rate") << ": " << percent(r.responseRate) << '\n';
    ctx.out << CampaignCommands::tr("Conversion rate") << ": " << percent(r.conversionRate) << '\n';
    ctx.out << CampaignCommands::tr("Won revenue") << ": " << formatMoney(r.wonRevenueMinor, r.currency) << " (" << r.wonDeals << ")\n";
    ctx.out << CampaignCommands::tr("Budget") << ": " << formatMoney(r.budgetMinor, r.currency) << '\n';
    ctx.out << CampaignCommands::tr("Cost per conversion") << ": "
            << (r.costPerConversionMinor ? formatMoney(*r.costPerConversionMinor, r.currency) : QStringLiteral("-")) << '\n';
    ctx.out << CampaignCommands::tr("ROI") << ": " << (r.roi ? QLocale().toString(100.0 * *r.roi, 'f', 1) + QLatin1Char('%') : QStringLiteral("-"))
            << Qt::endl;
    return Success;
}

int campaignCommand(Context& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QString::fromLatin1(kCampaignSynopsis));
    const QString action = ctx.args.takeFirst();
    if (action == QLatin1String("list") && ctx.args.isEmpty()) {
        auto db = ctx.openDatabase(false);
        if (!db)
            return Failure;
        CampaignRepository repo(*db);
        auto list = repo.list(true);
        if (!list)
            return ctx.fail(list.error().message);
        QJsonArray rows;
        for (const Campaign& c : list.value()) {
            const int members = repo.memberCount(c.id).value();
            if (ctx.json)
                rows.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                                        {QStringLiteral("channel"), CampaignText::channelKey(c.channel)},
                                        {QStringLiteral("starts_on"), c.startsOn.toString(Qt::ISODate)},
                                        {QStringLiteral("members"), members},
                                        {QStringLiteral("archived"), c.archivedAt.isValid()}});
            else
                ctx.out << c.id << '\t' << c.name << '\t' << CampaignText::channelName(c.channel) << '\t' << members
                        << '\n';
        }
        if (ctx.json)
            ctx.printJson(rows);
        ctx.out.flush();
        return Success;
    }
    if (action == QLatin1String("results") && ctx.args.size() == 1) {
        bool ok = false;
        const qint64 id = ctx.args.first().toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.fail(CampaignCommands::tr("\"%1\" is not a campaign number.").arg(ctx.args.first()));
        auto db = ctx.openDatabase(false);
        if (!db)
            return Failure;
        return campaignResults(ctx, *db, id);
    }
    return ctx.usage(QString::fromLatin1(kCampaignSynopsis));
}

const CommandRegistration segmentRegistration{
    {QStringLiteral("segment"), QString::fromLatin1(kSegmentSynopsis), segmentCommand}};
const CommandRegistration campaignRegistration{
    {QStringLiteral("campaign"), QString::fromLatin1(kCampaignSynopsis), campaignCommand}};

} // namespace
} // namespace rapport::cli
