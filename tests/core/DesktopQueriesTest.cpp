// The small core queries the desktop app added: the customer timeline, the Today questions, the fast
// customer count and the id-ordered list used for deep scrolling.
#include "TempDatabase.h"
#include "catch.h"

#include "Clock.h"
#include "activities/ActivityRepository.h"
#include "activities/TimelineQuery.h"
#include "customers/CustomerRepository.h"
#include "db/Query.h"
#include "deals/DealRepository.h"
#include "demo/DemoGenerator.h"
#include "tasks/TaskRepository.h"
#include "tickets/TicketRepository.h"
#include "today/TodayQueries.h"

using namespace rapport;
using rapport::test::TempDatabase;

TEST_CASE("The timeline merges activities, stage changes, tickets and finished tasks, newest first", "[timeline]")
{
    TempDatabase db;
    Customer c;
    c.name = QStringLiteral("Harbour Street Bakery");
    c.kind = CustomerKind::Company;
    const qint64 id = CustomerRepository(db.db()).create(c).value();
    const QDateTime t0 = Clock::nowUtc().addDays(-10);

    Activity call;
    call.customerId = id;
    call.kind = ActivityKind::Call;
    call.summary = QStringLiteral("Asked about wholesale prices");
    call.durationMinutes = 12;
    call.occurredAt = t0;
    REQUIRE(ActivityRepository(db.db()).create(call));
    Deal deal;
    deal.customerId = id;
    deal.title = QStringLiteral("Weekly bread order");
    deal.amountMinor = 120000;
    const qint64 dealId = DealRepository(db.db()).create(deal).value();
    REQUIRE(DealRepository(db.db()).moveToStage(dealId, 3));
    Ticket ticket;
    ticket.customerId = id;
    ticket.subject = QStringLiteral("Late delivery");
    REQUIRE(TicketRepository(db.db()).create(ticket));
    Task task;
    task.customerId = id;
    task.title = QStringLiteral("Send the quote");
    const qint64 taskId = TaskRepository(db.db()).create(task).value();
    REQUIRE(TaskRepository(db.db()).setDone(taskId, true));
    Task open;
    open.customerId = id;
    open.title = QStringLiteral("Not done yet");
    REQUIRE(TaskRepository(db.db()).create(open));

    auto entries = TimelineQuery(db.db()).forCustomer(id);
    REQUIRE(entries);
    const auto& list = entries.value();
    REQUIRE(list.size() == 5); // call, deal created, deal moved, ticket opened, task done (open task left out)
    for (int i = 1; i < list.size(); ++i)
        CHECK(list.at(i - 1).at >= list.at(i).at);
    CHECK(list.last().kind == TimelineEntry::Kind::Activity);
    CHECK(list.last().activityKind == ActivityKind::Call);
    CHECK(list.last().durationMinutes == 12);
    int stageChanges = 0;
    for (const auto& e : list) {
        if (e.kind == TimelineEntry::Kind::StageChange) {
            ++stageChanges;
            CHECK(e.title == QStringLiteral("Weekly bread order"));
        }
    }
    CHECK(stageChanges == 2);
    // Paging.
    CHECK(TimelineQuery(db.db()).forCustomer(id, 2, 4).value().size() == 1);
}

TEST_CASE("Today: birthdays in a week, tickets about to breach, last backup", "[today]")
{
    TempDatabase db;
    const QDate today = QDate(2025, 2, 25); // a week that crosses into March of a non-leap year
    Customer a;
    a.name = QStringLiteral("Born Feb 27");
    a.birthday = QDate(1980, 2, 27);
    Customer b;
    b.name = QStringLiteral("Born Feb 29");
    b.birthday = QDate(1984, 2, 29);
    Customer c;
    c.name = QStringLiteral("Born Mar 20");
    c.birthday = QDate(1990, 3, 20);
    for (const Customer& x : {a, b, c})
        REQUIRE(CustomerRepository(db.db()).create(x));
    auto birthdays = TodayQueries(db.db()).birthdays(today, today.addDays(6));
    REQUIRE(birthdays);
    REQUIRE(birthdays.value().size() == 2);
    CHECK(birthdays.value().at(0).name == QStringLiteral("Born Feb 27"));
    CHECK(birthdays.value().at(1).nextDate == QDate(2025, 2, 28)); // Feb 29 is remembered on Feb 28

    Customer who;
    who.name = QStringLiteral("Customer");
    const qint64 id = CustomerRepository(db.db()).create(who).value();
    Ticket urgent;
    urgent.customerId = id;
    urgent.subject = QStringLiteral("Urgent");
    urgent.priority = TicketPriority::Urgent; // resolution due in 4 h
    REQUIRE(TicketRepository(db.db()).create(urgent));
    Ticket low;
    low.customerId = id;
    low.subject = QStringLiteral("Low");
    low.priority = TicketPriority::Low; // due in 7 days
    REQUIRE(TicketRepository(db.db()).create(low));
    const QDateTime now = Clock::nowUtc();
    auto risks = TodayQueries(db.db()).slaRisks(now.addSecs(5 * 3600));
    REQUIRE(risks);
    REQUIRE(risks.value().size() == 1);
    CHECK(risks.value().first().subject == QStringLiteral("Urgent"));
    CHECK(TodayQueries(db.db()).ticketsDueBefore(now).value() == 0);
    CHECK(TodayQueries(db.db()).ticketsDueBefore(now.addDays(8)).value() == 2);
    CHECK(!TodayQueries(db.db()).lastBackupAt().value().isValid());
}

TEST_CASE("The quick customer count agrees with the general one; ids and getMany follow list()", "[customers]")
{
    TempDatabase db;
    DemoOptions options;
    options.customers = 300;
    REQUIRE(DemoGenerator::generate(db.db(), options));
    CustomerRepository repo(db.db());
    // Archive a few so "active" differs from "all".
    CustomerQuery first;
    first.limit = 7;
    const QList<Customer> toArchive = repo.list(first).value();
    for (const Customer& c : toArchive)
        REQUIRE(repo.setArchived(c.id, true));

    for (const QString& text : {QString(), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("son"),
                                QStringLiteral("王"), QStringLiteral("li wang"), QStringLiteral("\"(*")}) {
        CustomerQuery active;
        active.text = text;
        CustomerQuery all = active;
        all.archived = ArchiveFilter::All;
        CustomerQuery archived = active;
        archived.archived = ArchiveFilter::Archived;
        const int counted = repo.count(active).value();
        INFO(text.toStdString());
        CHECK(counted == repo.count(all).value() - repo.count(archived).value());
        active.limit = 100000;
        const QList<Customer> gathered = repo.list(active).value();
        CHECK(counted == gathered.size());

        // Told how many match, the list may probe row by row along the sort's index: same rows, same order.
        for (const CustomerSort sort : {CustomerSort::Name, CustomerSort::Value, CustomerSort::Company}) {
            for (const bool descending : {false, true}) {
                CustomerQuery page = active;
                page.sort = sort;
                page.descending = descending;
                page.offset = 3;
                page.limit = 12;
                QList<Customer> expected = repo.list(page).value();
                page.matches = counted;
                if (text == QStringLiteral("a") && sort != CustomerSort::Company) {
                    // A text most customers contain is probed along the sort's index (Company has no index).
                    page.offset = 0;
                    page.limit = 2;
                    expected = repo.list([&] { CustomerQuery q = page; q.matches = -1; return q; }()).value();
                    CHECK(repo.matchPlan(page) == MatchPlan::Probe);
                }
                const QList<Customer> probed = repo.list(page).value();
                REQUIRE(probed.size() == expected.size());
                for (int i = 0; i < probed.size(); ++i)
                    CHECK(probed.at(i).id == expected.at(i).id);
            }
        }
    }

    for (const CustomerSort sort : {CustomerSort::Name, CustomerSort::Company, CustomerSort::Tags, CustomerSort::Value}) {
        CustomerQuery q;
        q.sort = sort;
        q.descending = true;
        q.offset = 40;
        q.limit = 25;
        const QList<Customer> listed = repo.list(q).value();
        const QList<qint64> ids = repo.listIds(q).value();
        REQUIRE(ids.size() == listed.size());
        const QList<Customer> byId = repo.getMany(ids).value();
        REQUIRE(byId.size() == listed.size());
        for (int i = 0; i < ids.size(); ++i) {
            CHECK(ids.at(i) == listed.at(i).id);
            CHECK(byId.at(i).id == listed.at(i).id);
            CHECK(byId.at(i).tags == listed.at(i).tags);
        }
    }
    CHECK(repo.getMany({}).value().isEmpty());
    CHECK(repo.getMany({999999}).value().isEmpty());
}

TEST_CASE("The stored total of active customers stays exact through every kind of change", "[customers]")
{
    TempDatabase db;
    CustomerRepository repo(db.db());
    const auto stored = [&] { return repo.count(CustomerQuery{}).value(); };
    const auto counted = [&] {
        Query q(db.db().connection(), QStringLiteral("SELECT count(*) FROM customers WHERE archived_at IS NULL"));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    CHECK(stored() == 0);

    // A bulk load (the demo sets the insert trigger aside and catches the total up at the end).
    DemoOptions options;
    options.customers = 120;
    REQUIRE(DemoGenerator::generate(db.db(), options));
    const int afterDemo = counted();
    REQUIRE(afterDemo > 100);
    CHECK(stored() == afterDemo);

    Customer person;
    person.name = QStringLiteral("Ada Total");
    const qint64 id = repo.create(person).value();
    CHECK(stored() == afterDemo + 1);
    REQUIRE(repo.setArchived(id, true));
    CHECK(stored() == afterDemo);
    REQUIRE(repo.setArchived(id, true)); // archiving twice changes nothing
    CHECK(stored() == afterDemo);
    REQUIRE(repo.setArchived(id, false));
    CHECK(stored() == afterDemo + 1);
    REQUIRE(repo.remove(id));
    CHECK(stored() == afterDemo);

    // Archived customers deleted leave the active total alone.
    const qint64 archivedId = repo.create(person).value();
    REQUIRE(repo.setArchived(archivedId, true));
    REQUIRE(repo.remove(archivedId));
    CHECK(stored() == afterDemo);
    CHECK(stored() == counted());
}

TEST_CASE("A tag filter counts and lists the same customers whichever way it finds them", "[customers]")
{
    TempDatabase db;
    DemoOptions options;
    options.customers = 300;
    REQUIRE(DemoGenerator::generate(db.db(), options));
    CustomerRepository repo(db.db());
    // Archive a few tagged customers, so the count must leave them out.
    CustomerQuery tagged;
    tagged.tag = repo.allTags().value().value(0);
    REQUIRE_FALSE(tagged.tag.isEmpty());
    tagged.limit = 3;
    const QList<Customer> toArchive = repo.list(tagged).value();
    for (const Customer& c : toArchive) {
        const Status archived = repo.setArchived(c.id, true);
        INFO((archived ? QString() : archived.error().message).toStdString());
        REQUIRE(archived.ok());
    }

    const QStringList tags = repo.allTags().value();
    for (const QString& tag : tags) {
        INFO(tag.toStdString());
        CustomerQuery q;
        q.tag = tag;
        const int counted = repo.count(q).value();
        CustomerQuery general = q;
        general.kind = CustomerKind::Person; // not tag-only: the general count
        CustomerQuery companies = q;
        companies.kind = CustomerKind::Company;
        CHECK(counted == repo.count(general).value() + repo.count(companies).value());
        q.limit = 100000;
        const QList<Customer> all = repo.list(q).value();
        CHECK(counted == all.size());
        for (const Customer& c : all)
            CHECK(c.tags.contains(tag));

        // Told how many have it, the first page may probe along the name index: same rows, same order.
        CustomerQuery page = q;
        page.limit = 2;
        page.offset = 1;
        const QList<Customer> gathered = repo.list(page).value();
        page.matches = counted;
        if (counted > 60)
            CHECK(repo.matchPlan(page) == MatchPlan::Probe);
        const QList<Customer> probed = repo.list(page).value();
        REQUIRE(probed.size() == gathered.size());
        for (int i = 0; i < probed.size(); ++i)
            CHECK(probed.at(i).id == gathered.at(i).id);
    }
}
