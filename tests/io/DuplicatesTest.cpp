// Find duplicates and merge them: everything moves to the survivor, the merge is audited and undoes exactly.
#include "ImportTestUtil.h"

#include "activities/ActivityRepository.h"
#include "customers/CustomerMerger.h"
#include "customers/CustomerRepository.h"
#include "customers/DuplicateFinder.h"
#include "deals/DealRepository.h"
#include "tasks/TaskRepository.h"
#include "tickets/TicketRepository.h"

using namespace rapport;
using namespace rapport::test;

namespace {

qint64 add(Database& db, const QString& name, const QString& email = {}, const QString& phone = {},
           CustomerKind kind = CustomerKind::Person, qint64 companyId = 0)
{
    Customer c;
    c.name = name;
    c.email = email;
    c.phone = phone;
    c.kind = kind;
    c.companyId = companyId;
    return require(CustomerRepository(db).create(c));
}

bool hasPair(const QList<DuplicatePair>& pairs, qint64 a, qint64 b, DuplicatePair::Reason reason)
{
    return std::any_of(pairs.cbegin(), pairs.cend(), [&](const DuplicatePair& p) {
        return p.first == qMin(a, b) && p.second == qMax(a, b) && p.reason == reason;
    });
}

// Everything about the customers and what hangs off them, to compare before a merge and after its undo.
QString state(Database& db)
{
    QString out;
    for (const QString& sql :
         {QStringLiteral("SELECT group_concat(id || kind || name || coalesce(company_id, '') || email || phone || notes || "
                         "coalesce(birthday, '') || created_at || coalesce(archived_at, ''), ';') FROM (SELECT * FROM "
                         "customers ORDER BY id)"),
          QStringLiteral("SELECT group_concat(customer_id || ':' || tag_id, ';') FROM (SELECT * FROM customer_tags "
                         "ORDER BY 1, 2)"),
          QStringLiteral("SELECT group_concat(id || ':' || customer_id || ':' || coalesce(contact_id, ''), ';') FROM deals"),
          QStringLiteral("SELECT group_concat(id || ':' || customer_id, ';') FROM tickets"),
          QStringLiteral("SELECT group_concat(id || ':' || customer_id, ';') FROM activities"),
          QStringLiteral("SELECT group_concat(id || ':' || coalesce(customer_id, ''), ';') FROM tasks"),
          QStringLiteral("SELECT group_concat(id || ':' || lifetime_value || ':' || open_deals, ';') FROM customers"),
          QStringLiteral("SELECT n FROM customer_totals WHERE name = 'active'")})
        out += one(db, sql).toString() + u'\n';
    return out;
}

} // namespace

TEST_CASE("Likely duplicates are found by email, phone and name, in any script", "[duplicates]")
{
    TempDatabase t;
    Database& db = t.db();
    const qint64 ann1 = add(db, QStringLiteral("Ann Lee"), QStringLiteral("ann@example.com"));
    const qint64 ann2 = add(db, QStringLiteral("Annie Lee"), QStringLiteral("ANN@Example.com"));
    const qint64 bob1 = add(db, QStringLiteral("Bob Stone"), {}, QStringLiteral("+86 138 0013 8000"));
    const qint64 bob2 = add(db, QStringLiteral("Robert Stone"), {}, QStringLiteral("138-0013-8000"));
    const qint64 zhang1 = add(db, QStringLiteral("张三"));
    const qint64 zhang2 = add(db, QStringLiteral("张 三"));
    const qint64 smith1 = add(db, QStringLiteral("John Smith"));
    const qint64 smith2 = add(db, QStringLiteral("Smith, John"));
    const qint64 acme = add(db, QStringLiteral("Acme Inc."), {}, {}, CustomerKind::Company);
    const qint64 acme2 = add(db, QStringLiteral("ACME Inc"), {}, {}, CustomerKind::Company);
    const qint64 li1 = add(db, QStringLiteral("Li Wei"), {}, {}, CustomerKind::Person, acme);
    add(db, QStringLiteral("Li Wei")); // same name, no company: not the same person as Acme's Li Wei
    const qint64 other = add(db, QStringLiteral("Carol King"), QStringLiteral("carol@example.com"));

    const auto pairs = require(DuplicateFinder::find(db, QStringLiteral("86")));
    CHECK(hasPair(pairs, ann1, ann2, DuplicatePair::Reason::SameEmail));
    CHECK(hasPair(pairs, bob1, bob2, DuplicatePair::Reason::SamePhone));
    CHECK(hasPair(pairs, zhang1, zhang2, DuplicatePair::Reason::SameName));
    CHECK(hasPair(pairs, smith1, smith2, DuplicatePair::Reason::SameName));
    CHECK(hasPair(pairs, acme, acme2, DuplicatePair::Reason::SameName));
    CHECK(pairs.size() == 5);
    for (const DuplicatePair& p : pairs) {
        CHECK(p.first != other);
        CHECK(p.second != other);
        CHECK(p.first != li1);
    }
    CHECK(pairs.first().reason == DuplicatePair::Reason::SameEmail);
}

TEST_CASE("Merging moves everything to the survivor, is audited, and undoes exactly", "[duplicates][merge]")
{
    TempDatabase t;
    Database& db = t.db();
    CustomerRepository customers(db);
    const qint64 company = add(db, QStringLiteral("Acme"), {}, {}, CustomerKind::Company);
    const qint64 keep = add(db, QStringLiteral("Ann Lee"), QStringLiteral("ann@example.com"), {}, CustomerKind::Person, company);
    const qint64 gone = add(db, QStringLiteral("Annie Lee"), QStringLiteral("ANN@example.com"), QStringLiteral("+1 555 0100"));
    require(Result<Ok>(customers.setTags(keep, {QStringLiteral("VIP")})));
    require(Result<Ok>(customers.setTags(gone, {QStringLiteral("Wholesale"), QStringLiteral("vip")})));
    Customer withBirthday = require(customers.get(gone));
    withBirthday.birthday = QDate(1980, 5, 6);
    require(Result<Ok>(customers.update(withBirthday)));

    Deal deal;
    deal.customerId = gone;
    deal.title = QStringLiteral("Spring order");
    deal.amountMinor = 50000;
    const qint64 dealId = require(DealRepository(db).create(deal));
    Deal contactDeal;
    contactDeal.customerId = company;
    contactDeal.contactId = gone;
    contactDeal.title = QStringLiteral("Company order");
    const qint64 contactDealId = require(DealRepository(db).create(contactDeal));
    Ticket ticket;
    ticket.customerId = gone;
    ticket.subject = QStringLiteral("Broken lid");
    const qint64 ticketId = require(TicketRepository(db).create(ticket));
    Activity call;
    call.customerId = gone;
    call.kind = ActivityKind::Call;
    call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-1);
    call.summary = QStringLiteral("Asked for a quote");
    const qint64 callId = require(ActivityRepository(db).create(call));
    Task task;
    task.title = QStringLiteral("Send quote");
    task.customerId = gone;
    const qint64 taskId = require(TaskRepository(db).create(task));

    const QString before = state(db);
    const qint64 auditBefore = one(db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();

    const MergeRecord record = require(CustomerMerger::merge(
        db, keep, gone, {{QStringLiteral("name"), QStringLiteral("Ann Lee")},
                         {QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
                         {QStringLiteral("birthday"), QStringLiteral("1980-05-06")}}));
    CHECK(one(db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {gone}).toInt() == 0);
    CHECK(one(db, QStringLiteral("SELECT n FROM customer_totals WHERE name = 'active'")).toInt() ==
          one(db, QStringLiteral("SELECT count(*) FROM customers WHERE archived_at IS NULL")).toInt());
    const Customer survivor = require(customers.get(keep));
    CHECK(survivor.phone == QStringLiteral("+1 555 0100"));
    CHECK(survivor.birthday == QDate(1980, 5, 6));
    CHECK(survivor.email == QStringLiteral("ann@example.com"));
    CHECK(survivor.companyId == company);
    CHECK(survivor.tags == (QStringList{QStringLiteral("VIP"), QStringLiteral("Wholesale")}));
    CHECK(survivor.lifetimeValue == 0);
    CHECK(survivor.openDeals == 1);
    CHECK(one(db, QStringLiteral("SELECT customer_id FROM deals WHERE id = ?"), {dealId}).toLongLong() == keep);
    CHECK(one(db, QStringLiteral("SELECT contact_id FROM deals WHERE id = ?"), {contactDealId}).toLongLong() == keep);
    CHECK(one(db, QStringLiteral("SELECT customer_id FROM tickets WHERE id = ?"), {ticketId}).toLongLong() == keep);
    CHECK(one(db, QStringLiteral("SELECT customer_id FROM activities WHERE id = ?"), {callId}).toLongLong() == keep);
    CHECK(one(db, QStringLiteral("SELECT customer_id FROM tasks WHERE id = ?"), {taskId}).toLongLong() == keep);
    CHECK(one(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND "
                                 "action = 'delete'"), {gone}).toInt() == 1);
    CHECK(one(db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() > auditBefore + 6);
    requireClean(t.path());

    require(Result<Ok>(CustomerMerger::undo(db, record)));
    CHECK(state(db) == before);
    const Customer back = require(customers.get(gone));
    CHECK(back.tags == (QStringList{QStringLiteral("VIP"), QStringLiteral("Wholesale")})); // one tag, any case
    CHECK(back.phone == QStringLiteral("+1 555 0100"));
    requireClean(t.path());

    SECTION("A person and a company are never merged")
    {
        const auto refused = CustomerMerger::merge(db, company, keep, {});
        REQUIRE_FALSE(refused.ok());
        CHECK(state(db) == before);
    }
}
