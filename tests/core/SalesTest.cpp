// The pipeline (board columns, stage editing, rotting) and the service desk's SLA rules, at their boundaries.
#include "Clock.h"
#include "TempDatabase.h"
#include "catch.h"
#include "customers/CustomerRepository.h"
#include "db/Query.h"
#include "deals/DealRepository.h"
#include "deals/Pipeline.h"
#include "safety/IntegrityChecker.h"
#include "tickets/SlaPolicy.h"
#include "tickets/SlaState.h"
#include "tickets/TicketRepository.h"

using namespace rapport;

namespace {

template <typename T> T require(Result<T> r)
{
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return r.take();
}

void requireOk(const Status& s)
{
    INFO((s ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
}

qint64 customer(Database& db, const QString& name = QStringLiteral("Harbor Café"))
{
    Customer c;
    c.name = name;
    c.kind = CustomerKind::Company;
    return require(CustomerRepository(db).create(c));
}

qint64 deal(Database& db, qint64 cid, qint64 stage, qint64 amount, const QDate& close = {})
{
    Deal d;
    d.customerId = cid;
    d.title = QStringLiteral("Deal %1").arg(amount);
    d.amountMinor = amount;
    d.stageId = stage;
    d.expectedClose = close;
    return require(DealRepository(db).create(d));
}

struct ClockGuard
{
    explicit ClockGuard(QDateTime* now)
    {
        Clock::setOverride([now] { return *now; });
    }
    ~ClockGuard() { Clock::setOverride({}); }
};

QDateTime at(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), Qt::UTC);
}

} // namespace

TEST_CASE("Board columns count, total and weight the open deals of each stage", "[pipeline]")
{
    test::TempDatabase t;
    const qint64 cid = customer(t.db());
    DealRepository deals(t.db());
    const auto stages = require(deals.stages());
    const qint64 initial = stages.at(0).id;
    const qint64 proposal = stages.at(2).id;
    deal(t.db(), cid, proposal, 100001);
    deal(t.db(), cid, proposal, 50000, QDate(2026, 5, 1));
    const qint64 gone = deal(t.db(), cid, proposal, 7000);
    requireOk(deals.setArchived(gone, true));
    const qint64 won = deal(t.db(), cid, proposal, 9000);
    requireOk(deals.moveToStage(won, stages.at(4).id));
    Deal euro;
    euro.customerId = cid;
    euro.title = QStringLiteral("Euro order");
    euro.amountMinor = 2000;
    euro.currency = QStringLiteral("EUR");
    euro.stageId = initial;
    require(deals.create(euro));

    const auto columns = require(Pipeline(t.db()).summaries());
    REQUIRE(columns.size() == 4); // open stages only
    CHECK(columns.at(0).stage.id == initial);
    CHECK(columns.at(0).count == 1);
    CHECK(columns.at(0).amountByCurrency.value(QStringLiteral("EUR")) == 2000);
    CHECK(columns.at(0).weightedByCurrency.value(QStringLiteral("EUR")) == 200);
    CHECK(columns.at(2).count == 2); // archived and won deals are off the board
    CHECK(columns.at(2).amountByCurrency.value(QStringLiteral("USD")) == 150001);
    CHECK(columns.at(2).weightedByCurrency.value(QStringLiteral("USD")) == weightedAmount(150001, 50));
    CHECK(weightedAmount(150001, 50) == 75001); // rounded half up
    CHECK(columns.at(1).count == 0);

    // Cards: dated deals by close date, undated last; rowOf agrees with the order.
    const auto cards = require(Pipeline(t.db()).cards(proposal, 0, 10));
    REQUIRE(cards.size() == 2);
    CHECK(cards.at(0).expectedClose == QDate(2026, 5, 1));
    CHECK_FALSE(cards.at(1).expectedClose.isValid());
    CHECK(require(Pipeline(t.db()).rowOf(cards.at(1).id)) == 1);
    CHECK(require(Pipeline(t.db()).rowOf(won)) == -1);
    CHECK(require(Pipeline(t.db()).cards(proposal, 1, 10)).size() == 1);
}

TEST_CASE("A deal rots after the owner's threshold in one stage or once its close date has passed", "[pipeline]")
{
    Deal d;
    d.stageChangedAt = at(1, 12);
    d.expectedClose = QDate(2026, 6, 1);
    CHECK(daysInStage(d, at(15, 11, 59, 59)) == 13);
    CHECK(daysInStage(d, at(15, 12)) == 14);
    CHECK_FALSE(isRotting(d, at(15, 12), 14)); // exactly the threshold: not yet
    CHECK(isRotting(d, at(16, 12), 14));
    CHECK_FALSE(isRotting(d, at(16, 12), 30));
    d.expectedClose = QDate(2026, 3, 10);
    CHECK(isRotting(d, at(12, 12), 30)); // close date passed
    d.status = DealStatus::Won;
    CHECK_FALSE(isRotting(d, at(30, 12), 1));

    test::TempDatabase t;
    Pipeline pipeline(t.db());
    CHECK(pipeline.rottingDays() == Pipeline::kDefaultRottingDays);
    requireOk(pipeline.setRottingDays(21));
    CHECK(pipeline.rottingDays() == 21);
    CHECK_FALSE(pipeline.setRottingDays(0));
    CHECK(pipeline.rottingDays() == 21);
}

TEST_CASE("Stages can be renamed, re-weighted, reordered, added and removed with their deals moved", "[pipeline]")
{
    test::TempDatabase t;
    Pipeline pipeline(t.db());
    DealRepository deals(t.db());
    const auto stages = require(deals.stages());
    const qint64 initial = stages.at(0).id;
    const qint64 needs = stages.at(1).id;
    const qint64 proposal = stages.at(2).id;
    const qint64 negotiation = stages.at(3).id;

    requireOk(pipeline.renameStage(needs, QStringLiteral("  Site visit ")));
    CHECK(require(deals.stage(needs)).name == QStringLiteral("Site visit"));
    CHECK_FALSE(pipeline.renameStage(needs, QStringLiteral("   ")));
    requireOk(pipeline.setProbability(proposal, 60));
    CHECK(require(deals.stage(proposal)).probability == 60);
    CHECK_FALSE(pipeline.setProbability(proposal, 101));
    CHECK_FALSE(pipeline.setProbability(stages.at(4).id, 50)); // Won stays 100 %

    requireOk(pipeline.reorderStages({proposal, initial, needs, negotiation}));
    auto after = require(deals.stages());
    REQUIRE(after.size() == 6);
    CHECK(after.at(0).id == proposal);
    CHECK(after.at(1).id == initial);
    CHECK(after.at(4).kind == DealStatus::Won);
    CHECK(after.at(5).kind == DealStatus::Lost);
    CHECK_FALSE(pipeline.reorderStages({proposal, initial})); // a stage missing: refused, nothing changed
    CHECK(require(deals.stages()).at(0).id == proposal);

    const qint64 added = require(pipeline.addStage(QStringLiteral("Trial"), 40));
    after = require(deals.stages());
    REQUIRE(after.size() == 7);
    CHECK(after.at(4).id == added); // after the open stages, before Won and Lost
    CHECK(after.at(5).kind == DealStatus::Won);

    // Removing a stage moves its deals (archived ones too), with history, and keeps the stage for history.
    const qint64 cid = customer(t.db());
    const qint64 a = deal(t.db(), cid, added, 100);
    const qint64 b = deal(t.db(), cid, added, 200);
    requireOk(deals.setArchived(b, true));
    CHECK_FALSE(pipeline.removeStage(added, added));
    CHECK_FALSE(pipeline.removeStage(stages.at(4).id, initial)); // Won cannot go
    requireOk(pipeline.removeStage(added, negotiation));
    CHECK(require(deals.get(a)).stageId == negotiation);
    CHECK(require(deals.get(b)).stageId == negotiation);
    const auto history = require(deals.stageHistory(a));
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).fromStageId == added);
    CHECK(require(deals.stages()).size() == 6);
    CHECK(require(deals.stage(added)).removed);
    CHECK_FALSE(deals.moveToStage(a, added)); // nothing new lands on a removed stage

    // The audit chain and every record still verify.
    t.close();
    const IntegrityReport report = IntegrityChecker::check(t.path());
    const std::string firstProblem =
        report.recordProblems.isEmpty() ? std::string() : report.recordProblems.first().reason.toStdString();
    INFO(firstProblem);
    CHECK(report.clean());
}

TEST_CASE("The last open stage cannot be removed", "[pipeline]")
{
    test::TempDatabase t;
    Pipeline pipeline(t.db());
    const auto stages = require(DealRepository(t.db()).stages());
    requireOk(pipeline.removeStage(stages.at(0).id, stages.at(3).id));
    requireOk(pipeline.removeStage(stages.at(1).id, stages.at(3).id));
    requireOk(pipeline.removeStage(stages.at(2).id, stages.at(3).id));
    const auto last = pipeline.removeStage(stages.at(3).id, stages.at(4).id);
    REQUIRE_FALSE(last);
    CHECK(last.error().message.contains(QStringLiteral("at least one")));
}

TEST_CASE("SLA state at the boundaries of first response and resolution", "[sla]")
{
    Ticket t;
    t.status = TicketStatus::New;
    t.createdAt = at(2, 9);
    t.firstResponseDue = at(2, 10); // urgent: 1 h
    t.resolutionDue = at(2, 13);    // 4 h

    // A quarter of the first-response hour left (15 minutes) is "due soon".
    CHECK(slaStatus(t, at(2, 9, 44, 59)).state == SlaState::OnTrack);
    CHECK(slaStatus(t, at(2, 9, 45)).state == SlaState::DueSoon);
    CHECK(slaStatus(t, at(2, 10)).state == SlaState::DueSoon); // the deadline itself is not yet late
    CHECK(slaStatus(t, at(2, 10)).awaitingFirstResponse);
    CHECK(slaStatus(t, at(2, 10)).nextDue == at(2, 10));
    CHECK(slaStatus(t, at(2, 10, 0, 1)).state == SlaState::Breached);

    // Replied in time: the resolution is the next promise (4 h span, soon in its last hour).
    t.status = TicketStatus::Open;
    t.firstResponseAt = at(2, 9, 30);
    CHECK(slaStatus(t, at(2, 10, 30)).state == SlaState::OnTrack);
    CHECK(slaStatus(t, at(2, 10, 30)).nextDue == at(2, 13));
    CHECK(slaStatus(t, at(2, 11, 59, 59)).state == SlaState::OnTrack);
    CHECK(slaStatus(t, at(2, 12)).state == SlaState::DueSoon);
    CHECK(slaStatus(t, at(2, 13, 0, 1)).state == SlaState::Breached);

    // Resolved: met when both promises were kept, whatever the time is now.
    t.status = TicketStatus::Resolved;
    t.resolvedAt = at(2, 13);
    CHECK(slaStatus(t, at(20, 0)).state == SlaState::Met);
    t.resolvedAt = at(2, 13, 0, 1);
    CHECK(slaStatus(t, at(20, 0)).state == SlaState::Breached);
    // Nobody replied before the resolution: the resolution is the first reply, and it came too late for it.
    t.firstResponseAt = {};
    t.resolvedAt = at(2, 11);
    CHECK(slaStatus(t, at(20, 0)).state == SlaState::Breached);
    t.resolvedAt = at(2, 9, 50);
    CHECK(slaStatus(t, at(20, 0)).state == SlaState::Met);
}

TEST_CASE("SLA rules per priority: defaults, owner's rules, and the queue's breached filter agrees", "[sla]")
{
    test::TempDatabase t;
    CHECK(SlaPolicy::rule(t.db(), TicketPriority::Urgent).firstResponseMinutes == 60);
    CHECK(SlaPolicy::rule(t.db(), TicketPriority::Urgent).resolutionMinutes == 240);
    CHECK(SlaPolicy::rule(t.db(), TicketPriority::High).resolutionMinutes == 24 * 60);
    CHECK(SlaPolicy::rule(t.db(), TicketPriority::Normal).firstResponseMinutes == 24 * 60);
    CHECK(SlaPolicy::rule(t.db(), TicketPriority::Low).resolutionMinutes == 7 * 24 * 60);
    CHECK_FALSE(SlaPolicy::setRule(t.db(), TicketPriority::High, {600, 300})); // reply after resolution
    CHECK_FALSE(SlaPolicy::setRule(t.db(), TicketPriority::High, {0, 300}));
    requireOk(SlaPolicy::setRule(t.db(), TicketPriority::High, {120, 480}));
    CHECK(SlaPolicy::rule(t.db(), TicketPriority::High).firstResponseMinutes == 120);

    QDateTime now = at(2, 9);
    ClockGuard clock(&now);
    const qint64 cid = customer(t.db());
    TicketRepository tickets(t.db());
    Ticket k;
    k.customerId = cid;
    k.subject = QStringLiteral("Printer jammed");
    k.priority = TicketPriority::High;
    const qint64 id = require(tickets.create(k));
    Ticket stored = require(tickets.get(id));
    CHECK(stored.firstResponseDue == at(2, 11));
    CHECK(stored.resolutionDue == at(2, 17));

    auto breachedCount = [&](const QDateTime& when) {
        TicketQuery q;
        q.breachedAt = when;
        return require(tickets.count(q));
    };
    for (const QDateTime& when : {at(2, 11), at(2, 11, 0, 1), at(2, 17, 0, 1)}) {
        const bool breached = slaStatus(require(tickets.get(id)), when).state == SlaState::Breached;
        CHECK(breachedCount(when) == (breached ? 1 : 0));
    }
    CHECK(breachedCount(at(2, 11)) == 0);
    CHECK(breachedCount(at(2, 11, 0, 1)) == 1);
}

TEST_CASE("Tickets follow the status flow; satisfaction only once resolved", "[sla]")
{
    test::TempDatabase t;
    const qint64 cid = customer(t.db());
    TicketRepository tickets(t.db());
    Ticket k;
    k.customerId = cid;
    k.subject = QStringLiteral("Wrong colour delivered");
    const qint64 id = require(tickets.create(k));
    CHECK_FALSE(tickets.setSatisfaction(id, 4, {}));
    CHECK_FALSE(tickets.setStatus(id, TicketStatus::Closed)); // new cannot jump to closed
    requireOk(tickets.setStatus(id, TicketStatus::Open));
    requireOk(tickets.setStatus(id, TicketStatus::Pending));
    requireOk(tickets.setStatus(id, TicketStatus::Resolved, QStringLiteral("Sent the right colour")));
    requireOk(tickets.setSatisfaction(id, 4, QStringLiteral("Quick")));
    requireOk(tickets.setStatus(id, TicketStatus::Closed));
    CHECK(require(tickets.get(id)).closedAt.isValid());
    requireOk(tickets.setStatus(id, TicketStatus::Open)); // reopened
    const Ticket reopened = require(tickets.get(id));
    CHECK_FALSE(reopened.resolvedAt.isValid());
    CHECK_FALSE(reopened.closedAt.isValid());

    TicketQuery waiting;
    waiting.statuses = {TicketStatus::Pending};
    CHECK(require(tickets.count(waiting)) == 0);
    waiting.statuses = {TicketStatus::New, TicketStatus::Open};
    CHECK(require(tickets.count(waiting)) == 1);
}

TEST_CASE("Undoing a move puts the deal back and drops that move from its history", "[pipeline]")
{
    test::TempDatabase t;
    QDateTime now = at(2, 9);
    ClockGuard clock(&now);
    DealRepository deals(t.db());
    const auto stages = require(deals.stages());
    const qint64 id = deal(t.db(), customer(t.db()), stages.at(2).id, 5000);
    const Deal before = require(deals.get(id));
    now = at(3, 9);
    requireOk(deals.moveToStage(id, stages.at(5).id, at(3, 8), QStringLiteral("Too expensive")));
    CHECK(require(deals.stageHistory(id)).size() == 2);
    requireOk(deals.restoreStage(before));
    const Deal back = require(deals.get(id));
    CHECK(back.stageId == before.stageId);
    CHECK(back.status == DealStatus::Open);
    CHECK_FALSE(back.closedAt.isValid());
    CHECK(back.lostReason.isEmpty());
    CHECK(back.stageChangedAt == before.stageChangedAt);
    CHECK(require(deals.stageHistory(id)).size() == 1);

    // Moved on since: undo refuses rather than rewrite history it did not make.
    requireOk(deals.moveToStage(id, stages.at(3).id));
    const Deal atNegotiation = require(deals.get(id));
    requireOk(deals.moveToStage(id, stages.at(0).id));
    Deal stale = before;
    stale.stageId = stages.at(2).id;
    CHECK_FALSE(deals.restoreStage(stale));
    requireOk(deals.restoreStage(atNegotiation));
    CHECK(require(deals.get(id)).stageId == stages.at(3).id);
}

TEST_CASE("Open deals by close date: late ones counted and listed, closed and archived ones left out", "[pipeline]")
{
    test::TempDatabase t;
    const qint64 cid = customer(t.db());
    DealRepository deals(t.db());
    const auto stages = require(deals.stages());
    const qint64 proposal = stages.at(2).id;
    const qint64 late1 = deal(t.db(), cid, proposal, 100, QDate(2026, 3, 1));
    const qint64 late2 = deal(t.db(), cid, proposal, 200, QDate(2026, 2, 1));
    deal(t.db(), cid, proposal, 300, QDate(2026, 4, 1)); // not yet due
    deal(t.db(), cid, proposal, 400);                    // no close date
    const qint64 archived = deal(t.db(), cid, proposal, 500, QDate(2026, 1, 1));
    requireOk(deals.setArchived(archived, true));
    const qint64 won = deal(t.db(), cid, proposal, 600, QDate(2026, 1, 2));
    requireOk(deals.moveToStage(won, stages.at(4).id));

    DealQuery late;
    late.status = DealStatus::Open;
    late.closeTo = QDate(2026, 3, 9);
    late.sort = DealSort::ExpectedClose;
    late.descending = false;
    CHECK(require(deals.count(late)) == 2);
    const QList<Deal> listed = require(deals.list(late));
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).id == late2); // oldest close date first
    CHECK(listed.at(1).id == late1);

    DealQuery window = late;
    window.closeFrom = QDate(2026, 2, 15);
    window.closeTo = QDate(2026, 4, 1);
    CHECK(require(deals.count(window)) == 2); // late1 and the one due on 1 April
    window.includeArchived = true;            // the other path (no covering index): the archived one is out of range
    CHECK(require(deals.count(window)) == 2);
}

TEST_CASE("A board column's pages read from the end are the same cards in the same order", "[pipeline]")
{
    test::TempDatabase t;
    const qint64 cid = customer(t.db());
    DealRepository deals(t.db());
    const qint64 stage = require(deals.stages()).at(1).id;
    // Equal close dates and undated deals, so the order relies on the id as well.
    for (int i = 0; i < 9; ++i)
        deal(t.db(), cid, stage, 100 + i, i % 3 == 0 ? QDate() : QDate(2026, 5, 1 + i % 2));
    Pipeline pipeline(t.db());
    const int total = require(pipeline.cardCount(stage));
    REQUIRE(total == 9);
    for (int offset = 0; offset < total; ++offset) {
        const QList<Deal> forward = require(pipeline.cards(stage, offset, 4));
        const QList<Deal> either = require(pipeline.cards(stage, offset, 4, total));
        INFO(offset);
        REQUIRE(either.size() == forward.size());
        for (int i = 0; i < forward.size(); ++i)
            CHECK(either.at(i).id == forward.at(i).id);
    }
}
