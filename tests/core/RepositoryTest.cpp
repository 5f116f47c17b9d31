#include "catch.h"

#include "Clock.h"
#include "TempDatabase.h"
#include "activities/ActivityRepository.h"
#include "customers/CustomerRepository.h"
#include "db/ChangeNotifier.h"
#include "db/Query.h"
#include "deals/DealRepository.h"
#include "safety/AuditLog.h"
#include "tasks/TaskRepository.h"
#include "tickets/TicketRepository.h"

using namespace rapport;

namespace {
template <typename T>
T require(Result<T> r)
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
Customer person(const QString& name, const QString& email = {})
{
    Customer c;
    c.name = name;
    c.email = email;
    return c;
}
} // namespace

TEST_CASE("Customers round-trip every field, with tags and a company", "[customers]")
{
    test::TempDatabase t;
    CustomerRepository repo(t.db());
    Customer company;
    company.kind = CustomerKind::Company;
    company.name = QStringLiteral("明华科技有限公司");
    company.website = QStringLiteral("https://minghua.example.cn");
    const qint64 companyId = require(repo.create(company));

    Customer c;
    c.name = QStringLiteral("李明华");
    c.companyId = companyId;
    c.jobTitle = QStringLiteral("采购经理");
    c.email = QStringLiteral("li.minghua@example.cn");
    c.email2 = QStringLiteral("lmh@home.example");
    c.phone = QStringLiteral("+86 10 6552 1234");
    c.mobile = QStringLiteral("138-0013-8000");
    c.street = QStringLiteral("建国路 88 号");
    c.city = QStringLiteral("北京");
    c.region = QStringLiteral("北京市");
    c.postalCode = QStringLiteral("100022");
    c.country = QStringLiteral("CN");
    c.birthday = QDate(1985, 4, 12);
    c.source = QStringLiteral("Trade fair");
    c.notes = QStringLiteral("Prefers WeChat. O'Brien's friend; \"VIP\"");
    c.tags = {QStringLiteral("VIP"), QStringLiteral("批发")};
    const qint64 id = require(repo.create(c));

    const Customer back = require(repo.get(id));
    CHECK(back.name == c.name);
    CHECK(back.companyId == companyId);
    CHECK(back.companyName == company.name);
    CHECK(back.jobTitle == c.jobTitle);
    CHECK(back.email == c.email);
    CHECK(back.email2 == c.email2);
    CHECK(back.phone == c.phone);
    CHECK(back.mobile == c.mobile);
    CHECK(back.street == c.street);
    CHECK(back.city == c.city);
    CHECK(back.postalCode == c.postalCode);
    CHECK(back.birthday == c.birthday);
    CHECK(back.source == c.source);
    CHECK(back.notes == c.notes);
    CHECK(back.tags == QStringList{QStringLiteral("VIP"), QStringLiteral("批发")});
    CHECK(back.createdAt.isValid());
    CHECK_FALSE(back.isArchived());

    Customer edited = back;
    edited.city = QStringLiteral("上海");
    edited.tags = {QStringLiteral("VIP")};
    requireOk(repo.update(edited));
    const Customer again = require(repo.get(id));
    CHECK(again.city == QStringLiteral("上海"));
    CHECK(again.tags == QStringList{QStringLiteral("VIP")});
}

TEST_CASE("Invalid customers are rejected with a clear message and nothing is written", "[customers]")
{
    test::TempDatabase t;
    CustomerRepository repo(t.db());
    auto bad = repo.create(person(QStringLiteral("Ada"), QStringLiteral("ada.example.com")));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == QStringLiteral("invalid"));
    CHECK(bad.error().message.contains(QStringLiteral("ada.example.com")));
    CHECK_FALSE(repo.create(person(QStringLiteral("   "))));
    Customer phone = person(QStringLiteral("Bob"));
    phone.phone = QStringLiteral("call me maybe");
    CHECK_FALSE(repo.create(phone));
    CHECK(scalar(t->connection(), QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);
    CHECK(scalar(t->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 0);
}

TEST_CASE("Archive, unarchive and delete are logged and announced", "[customers][audit]")
{
    test::TempDatabase t;
    CustomerRepository repo(t.db());
    QList<std::pair<Entity, ChangeKind>> seen;
    QObject::connect(t->notifier(), &ChangeNotifier::changed, t->notifier(),
                     [&seen](Entity e, qint64, ChangeKind k) { seen.append({e, k}); });
    const qint64 id = require(repo.create(person(QStringLiteral("Grace Hopper"))));
    requireOk(repo.setArchived(id, true));
    CustomerQuery active;
    CHECK(require(repo.count(active)) == 0);
    active.archived = ArchiveFilter::Archived;
    CHECK(require(repo.count(active)) == 1);
    requireOk(repo.setArchived(id, false));
    requireOk(repo.remove(id));
    CHECK_FALSE(repo.get(id));

    AuditLog log(t.db());
    const auto history = require(log.history(QStringLiteral("customer"), id));
    REQUIRE(history.size() == 4);
    CHECK(history.at(0).action == QStringLiteral("insert"));
    CHECK(history.at(1).action == QStringLiteral("archive"));
    CHECK(history.at(2).action == QStringLiteral("unarchive"));
    CHECK(history.at(3).action == QStringLiteral("delete"));
    CHECK(history.at(1).prevHash == history.at(0).hash);
    CHECK(history.at(0).changesJson.contains(QStringLiteral("Grace Hopper")));
    REQUIRE(seen.size() == 4);
    CHECK(seen.at(1) == std::pair{Entity::Customer, ChangeKind::Archived});
    CHECK(seen.at(3) == std::pair{Entity::Customer, ChangeKind::Deleted});
}

TEST_CASE("Deleting a customer takes its deals, tickets, activities and tasks along, each logged", "[customers]")
{
    test::TempDatabase t;
    CustomerRepository customers(t.db());
    DealRepository deals(t.db());
    TicketRepository tickets(t.db());
    ActivityRepository activities(t.db());
    TaskRepository tasks(t.db());
    const qint64 cid = require(customers.create(person(QStringLiteral("Linus"))));
    const qint64 keep = require(customers.create(person(QStringLiteral("Other"))));
    Deal d;
    d.customerId = cid;
    d.title = QStringLiteral("Laptops");
    const qint64 dealId = require(deals.create(d));
    Ticket k;
    k.customerId = cid;
    k.subject = QStringLiteral("Broken screen");
    const qint64 ticketId = require(tickets.create(k));
    Activity a;
    a.customerId = cid;
    a.dealId = dealId;
    a.summary = QStringLiteral("Called");
    require(activities.create(a));
    Task task;
    task.title = QStringLiteral("Follow up");
    task.ticketId = ticketId;
    require(tasks.create(task));
    Activity other;
    other.customerId = keep;
    other.summary = QStringLiteral("Stays");
    require(activities.create(other));

    requireOk(customers.remove(cid));
    auto conn = t->connection();
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM deals")).toInt() == 0);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM tickets")).toInt() == 0);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM tasks")).toInt() == 0);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM activities")).toInt() == 1);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'")).toInt() == 5);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
}

TEST_CASE("Moving a deal records stage history and closes or reopens it", "[deals]")
{
    test::TempDatabase t;
    CustomerRepository customers(t.db());
    DealRepository deals(t.db());
    const qint64 cid = require(customers.create(person(QStringLiteral("Acme buyer"))));
    const auto stages = require(deals.stages());
    REQUIRE(stages.size() == 6);
    CHECK(stages.at(0).name == QStringLiteral("Initial contact"));
    CHECK(stages.at(0).probability == 10);
    const qint64 proposal = stages.at(2).id;
    const qint64 won = stages.at(4).id;
    const qint64 lost = stages.at(5).id;
    CHECK(stages.at(4).kind == DealStatus::Won);

    Deal d;
    d.customerId = cid;
    d.title = QStringLiteral("Shop fit-out");
    d.amountMinor = 1'250'000;
    d.currency = QStringLiteral("EUR");
    d.expectedClose = QDate(2026, 12, 31);
    Clock::setOverride([] { return QDateTime(QDate(2026, 11, 18), QTime(8, 0), Qt::UTC); });
    const qint64 id = require(deals.create(d));
    CHECK(require(deals.get(id)).stageId == stages.at(0).id);
    CHECK(require(customers.get(cid)).openDeals == 1);

    Clock::setOverride([] { return QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC); });
    requireOk(deals.moveToStage(id, proposal));
    Clock::setOverride([] { return QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC); });
    requireOk(deals.moveToStage(id, won));
    Clock::setOverride({});

    Deal closed = require(deals.get(id));
    CHECK(closed.status == DealStatus::Won);
    CHECK(closed.closedAt == QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));
    const Customer buyer = require(customers.get(cid));
    CHECK(buyer.lifetimeValue == 1'250'000);
    CHECK(buyer.openDeals == 0);

    const auto history = require(deals.stageHistory(id));
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).fromStageId == 0);
    CHECK(history.at(1).fromStageId == stages.at(0).id);
    CHECK(history.at(1).toStageId == proposal);
    CHECK(history.at(2).toStageId == won);

    requireOk(deals.moveToStage(id, lost, {}, QStringLiteral("Price too high")));
    closed = require(deals.get(id));
    CHECK(closed.status == DealStatus::Lost);
    CHECK(closed.lostReason == QStringLiteral("Price too high"));
    CHECK(require(customers.get(cid)).lifetimeValue == 0);

    requireOk(deals.moveToStage(id, proposal));
    closed = require(deals.get(id));
    CHECK(closed.status == DealStatus::Open);
    CHECK_FALSE(closed.closedAt.isValid());
    CHECK(closed.lostReason.isEmpty());
}

TEST_CASE("Deal lists filter and sort in SQL", "[deals]")
{
    test::TempDatabase t;
    CustomerRepository customers(t.db());
    DealRepository deals(t.db());
    const qint64 cid = require(customers.create(person(QStringLiteral("Zed"))));
    for (int i = 1; i <= 30; ++i) {
        Deal d;
        d.customerId = cid;
        d.title = QStringLiteral("Deal %1").arg(i);
        d.amountMinor = i * 1000;
        d.expectedClose = QDate(2026, 1 + i % 12, 1);
        require(deals.create(d));
    }
    DealQuery q;
    q.sort = DealSort::Amount;
    q.descending = true;
    q.limit = 5;
    const auto top = require(deals.list(q));
    REQUIRE(top.size() == 5);
    CHECK(top.at(0).amountMinor == 30000);
    CHECK(top.at(4).amountMinor == 26000);
    q.minAmount = 10000;
    q.maxAmount = 12000;
    CHECK(require(deals.count(q)) == 3);
    DealQuery text;
    text.text = QStringLiteral("Deal 2");
    CHECK(require(deals.count(text)) == 12); // "Deal" and a "2" anywhere in 1..30: 2, 12, 20-29
}

TEST_CASE("Tickets get SLA due times, a first response from a reply, and status times", "[tickets]")
{
    test::TempDatabase t;
    CustomerRepository customers(t.db());
    TicketRepository tickets(t.db());
    ActivityRepository activities(t.db());
    const qint64 cid = require(customers.create(person(QStringLiteral("Carol"))));
    const QDateTime created(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    Clock::setOverride([created] { return created; });
    Ticket k;
    k.customerId = cid;
    k.subject = QStringLiteral("Printer jams");
    k.priority = TicketPriority::Urgent;
    const qint64 id = require(tickets.create(k));
    Ticket back = require(tickets.get(id));
    CHECK(back.firstResponseDue == created.addSecs(3600));
    CHECK(back.resolutionDue == created.addSecs(4 * 3600));

    Activity note;
    note.customerId = cid;
    note.ticketId = id;
    note.kind = ActivityKind::Note;
    note.direction = Direction::Internal;
    note.summary = QStringLiteral("Looked at logs");
    require(activities.create(note));
    CHECK_FALSE(require(tickets.get(id)).firstResponseAt.isValid());

    Activity reply;
    reply.customerId = cid;
    reply.ticketId = id;
    reply.kind = ActivityKind::Email;
    reply.summary = QStringLiteral("Sent a fix");
    reply.occurredAt = created.addSecs(1800);
    require(activities.create(reply));
    back = require(tickets.get(id));
    CHECK(back.firstResponseAt == created.addSecs(1800));
    CHECK(back.status == TicketStatus::Open);

    Clock::setOverride([created] { return created.addSecs(7200); });
    requireOk(tickets.setStatus(id, TicketStatus::Resolved, QStringLiteral("Replaced roller")));
    requireOk(tickets.setSatisfaction(id, 5, QStringLiteral("快！")));
    back = require(tickets.get(id));
    CHECK(back.resolvedAt == created.addSecs(7200));
    CHECK(back.satisfaction == 5);
    CHECK(back.feedback == QStringLiteral("快！"));
    CHECK_FALSE(tickets.setSatisfaction(id, 6, {}));
    requireOk(tickets.setStatus(id, TicketStatus::Open));
    CHECK_FALSE(require(tickets.get(id)).resolvedAt.isValid());
    Clock::setOverride({});
}

TEST_CASE("Tasks filter by due window and rules never create a task twice", "[tasks]")
{
    test::TempDatabase t;
    TaskRepository tasks(t.db());
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC); // a Wednesday
    Clock::setOverride([now] { return now; });
    auto make = [&](const QString& title, const QDateTime& due) {
        Task k;
        k.title = title;
        k.dueAt = due;
        return require(tasks.create(k));
    };
    make(QStringLiteral("overdue"), now.addDays(-2));
    const qint64 today = make(QStringLiteral("later today"), now.addSecs(60));
    make(QStringLiteral("next week"), now.addDays(10));
    make(QStringLiteral("someday"), QDateTime());
    TaskQuery q;
    q.due = TaskDue::Overdue;
    CHECK(require(tasks.count(q)) == 1);
    q.due = TaskDue::Later;
    CHECK(require(tasks.count(q)) == 2);
    q.due = TaskDue::Open;
    CHECK(require(tasks.count(q)) == 4);
    requireOk(tasks.setDone(today, true));
    q.due = TaskDue::Done;
    CHECK(require(tasks.count(q)) == 1);

    Task rule;
    rule.title = QStringLiteral("Wish happy birthday");
    rule.originKey = QStringLiteral("birthday:42:2026");
    const qint64 first = require(tasks.create(rule));
    CHECK(require(tasks.create(rule)) == first);
    Clock::setOverride({});
}

TEST_CASE("A failed multi-table write leaves nothing behind", "[transactions]")
{
    test::TempDatabase t;
    DealRepository deals(t.db());
    Deal orphan;
    orphan.customerId = 999; // no such customer: the foreign key fails
    orphan.title = QStringLiteral("Ghost");
    REQUIRE_FALSE(deals.create(orphan));
    auto conn = t->connection();
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM deals")).toInt() == 0);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM deal_stage_history")).toInt() == 0);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 0);
    CHECK(t->transactionDepth() == 0);
}

TEST_CASE("Deleting a deal keeps its activities and tasks with the customer", "[deals]")
{
    test::TempDatabase t;
    CustomerRepository customers(t.db());
    DealRepository deals(t.db());
    ActivityRepository activities(t.db());
    TaskRepository tasks(t.db());
    const qint64 cid = require(customers.create(person(QStringLiteral("Dana"))));
    Deal d;
    d.customerId = cid;
    d.title = QStringLiteral("Chairs");
    const qint64 dealId = require(deals.create(d));
    Activity a;
    a.customerId = cid;
    a.dealId = dealId;
    a.summary = QStringLiteral("Quoted");
    const qint64 activityId = require(activities.create(a));
    Task k;
    k.title = QStringLiteral("Chase");
    k.customerId = cid;
    k.dealId = dealId;
    const qint64 taskId = require(tasks.create(k));
    requireOk(deals.remove(dealId));
    CHECK_FALSE(deals.get(dealId));
    CHECK(require(activities.get(activityId)).dealId == 0);
    CHECK(require(tasks.get(taskId)).dealId == 0);
    CHECK(require(tasks.get(taskId)).customerId == cid);
}
