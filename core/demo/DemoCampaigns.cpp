#include "DemoCampaigns.h"

#include "Clock.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/SegmentRepository.h"
#include "deals/DealRepository.h"
#include "db/Query.h"
#include "db/Database.h"

#include <QHash>

namespace rapport {
namespace {

struct DemoCampaign
{
    const char* name;
    CampaignChannel channel;
    // Budget: a fixed part plus a cost per member, so the results (cost per conversion, ROI) read the same
    // for a demo of 300 customers and one of a million.
    qint64 fixedCostMinor;
    qint64 costPerMemberMinor;
    int startMonthsAgo;
    int lengthDays;
    int segment; // index into the segments below
    // Percent of the audience in each status after the campaign ran (the rest stays targeted).
    int sent, responded, converted, optedOut;
};

// A stable pseudo-random 0..99 per customer and campaign, so a seed always gives the same demo.
int roll(qint64 customerId, int campaign, quint64 seed)
{
    quint64 x = static_cast<quint64>(customerId) * 0x9E3779B97F4A7C15ULL ^ (seed + 0x632BE59BD9B4E019ULL * (campaign + 1));
    x ^= x >> 29;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 32;
    return static_cast<int>(x % 100);
}

} // namespace

Status addDemoCampaigns(Database& db, quint64 seed, const QString& currency)
{
    const QDate today = Clock::todayLocal();
    const QList<Segment> segments = [&] {
        Segment recent;
        recent.name = QStringLiteral("Bought in the last year");
        recent.conditions = {{SegmentField::LastPurchase, SegmentOp::After, toStoredDate(today.addYears(-1))}};
        Segment companies;
        companies.name = QStringLiteral("Companies with open deals");
        companies.conditions = {{SegmentField::Kind, SegmentOp::Is, QStringLiteral("company")},
                                {SegmentField::OpenDeal, SegmentOp::Yes}};
        Segment lapsed;
        lapsed.name = QStringLiteral("Lapsed buyers");
        lapsed.conditions = {{SegmentField::LastPurchase, SegmentOp::Before, toStoredDate(today.addYears(-1))}};
        Segment vip;
        vip.name = QStringLiteral("VIP and key accounts");
        vip.matchAll = false;
        vip.conditions = {{SegmentField::Tag, SegmentOp::Is, QStringLiteral("VIP")},
                          {SegmentField::Tag, SegmentOp::Is, QStringLiteral("重点客户")}};
        return QList<Segment>{recent, companies, lapsed, vip};
    }();
    QList<qint64> segmentIds;
    SegmentRepository segmentRepo(db);
    for (const Segment& s : segments) {
        // A second demo load into the same file reuses the segments of the first.
        if (auto existing = segmentRepo.byName(s.name)) {
            segmentIds << existing.value().id;
            continue;
        }
        auto id = segmentRepo.create(s);
        if (!id)
            return id.error();
        segmentIds << id.value();
    }

    const DemoCampaign plan[] = {
        {"Spring newsletter", CampaignChannel::Email, 30000, 10, 7, 30, 0, 80, 14, 5, 3},
        {"Trade fair invitation", CampaignChannel::Event, 150000, 4000, 4, 3, 1, 90, 30, 12, 0},
        {"VIP thank-you gifts", CampaignChannel::Other, 20000, 3000, 2, 14, 3, 100, 40, 20, 0},
        {"Win-back SMS", CampaignChannel::Message, 5000, 8, 0, 21, 2, 50, 6, 0, 2},
    };
    CampaignRepository repo(db);
    const qint64 wonStage =
        scalar(db.connection(), QStringLiteral("SELECT id FROM pipeline_stages WHERE kind = 'won' LIMIT 1")).toLongLong();
    for (int i = 0; i < static_cast<int>(std::size(plan)); ++i) {
        const DemoCampaign& p = plan[i];
        Campaign c;
        c.name = QString::fromUtf8(p.name);
        c.channel = p.channel;
        // Priced on the segment's size (the audience is that, less anyone who opted out earlier).
        const auto segmentSize = SegmentRepository::count(db.connection(), segments.at(p.segment));
        if (!segmentSize)
            return segmentSize.error();
        c.budgetMinor = p.fixedCostMinor + p.costPerMemberMinor * segmentSize.value();
        c.currency = currency;
        c.startsOn = today.addMonths(-p.startMonthsAgo).addDays(-3);
        c.endsOn = c.startsOn.addDays(p.lengthDays);
        c.segmentId = segmentIds.value(p.segment);
        auto id = repo.create(c);
        if (!id)
            return id.error();
        if (auto built = repo.buildAudience(id.value()); !built)
            return built.error();
        auto members = repo.members(id.value(), MemberQuery{std::nullopt, 0, -1});
        if (!members)
            return members.error();
        QHash<int, QList<qint64>> byStatus;
        for (const CampaignMember& m : members.value()) {
            const int r = roll(m.customerId, i, seed);
            MemberStatus s = MemberStatus::Targeted;
            if (r < p.optedOut)
                s = MemberStatus::OptedOut;
            else if (r < p.optedOut + p.converted)
                s = MemberStatus::Converted;
            else if (r < p.optedOut + p.converted + p.responded)
                s = MemberStatus::Responded;
            else if (r < p.sent)
                s = MemberStatus::Sent;
            byStatus[static_cast<int>(s)] << m.customerId;
        }
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
            if (it.key() == static_cast<int>(MemberStatus::Targeted))
                continue;
            if (auto set = repo.setStatus(id.value(), it.value(), static_cast<MemberStatus>(it.key())); !set)
                return set.error();
        }
        // Each converted customer placed an order during the campaign, credited to it.
        DealRepository deals(db);
        for (qint64 customerId : byStatus.value(static_cast<int>(MemberStatus::Converted))) {
            const int r = roll(customerId, i + 10, seed);
            Deal d;
            d.customerId = customerId;
            d.title = QStringLiteral("%1 order").arg(c.name);
            d.amountMinor = (r + 1) * 2500;
            d.currency = currency;
            d.stageId = wonStage;
            d.campaignId = id.value();
            const QDateTime when = c.startsOn.startOfDay().toUTC().addDays(r % qMax(1, p.lengthDays)).addSecs(36000);
            d.createdAt = qMin(when, Clock::nowUtc());
            d.closedAt = d.createdAt;
            if (auto made = deals.create(d); !made)
                return made.error();
        }
    }
    return Ok{};
}

} // namespace rapport
