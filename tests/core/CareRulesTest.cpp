// Customer care: rules over simulated days (the clock is injected), never a duplicate task; reminders.
#include "AnalyticsFixture.h"
#include "catch.h"

#include "activities/ActivityRepository.h"
#include "campaigns/CareRules.h"
#include "customers/CustomerRepository.h"
#include "tasks/TaskRepository.h"

#include <QSqlQuery>

using namespace rapport;
using namespace rapport::test;

namespace {

struct CareData : AnalyticsData
{
    CareSettings settings;

    CareData()
    {
        for (CareRule rule : CareRules::rules())
            settings.enabled[static_cast<size_t>(rule)] = true;
    }

    // Runs the rules as if the app were open at `when`; what each rule created.
    CareRunResult runAt(const char* when)
    {
        const QDateTime now = at(when);
        Clock::setOverride([now] { return now; });
        auto result = CareRules::run(db(), settings, now);
        Clock::setOverride({});
        REQUIRE(result);
        return result.value();
    }

    int created(CareRule rule, const CareRunResult& r) { return r.created[static_cast<size_t>(rule)]; }

    int tasks()
    {
        QSqlQuery q(sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM tasks")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    // customer_value_tiers is derived data (ValueTiers::refreshStored); set directly for a fixed tier.
    void setTier(qint64 customerId, const char* tier)
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO customer_value_tiers (customer_id, tier) VALUES (?, ?)"));
        q.addBindValue(customerId);
        q.addBindValue(QString::fromLatin1(tier));
        REQUIRE(q.exec());
    }
};

} // namespace

TEST_CASE("Care: follow-ups after won deals and resolved tickets, once each", "[care]")
{
    CareData data;
    const qint64 a = data.customer(QStringLiteral("Acme"));
    data.purchase(a, 1000, at("2024-06-01T10:00:00Z"));
    data.ticket(a, TicketPriority::Normal, at("2024-06-02T09:00:00Z"), at("2024-06-02T10:00:00Z"),
                at("2024-06-03T09:00:00Z"));
    data.ticket(a, TicketPriority::Normal, at("2024-06-02T09:00:00Z"), at("2024-06-02T10:00:00Z"),
                at("2024-06-03T09:00:00Z"), 5); // already rated: no feedback task
    data.settings.enabled[static_cast<size_t>(CareRule::ImportantCheckIn)] = false;
    data.settings.enabled[static_cast<size_t>(CareRule::AtRiskCall)] = false;

    auto day4 = data.runAt("2024-06-04T12:00:00Z");
    CHECK(day4.total() == 0); // too early for both
    auto day5 = data.runAt("2024-06-05T12:00:00Z");
    CHECK(data.created(CareRule::TicketFeedback, day5) == 1);
    CHECK(data.created(CareRule::WonFollowUp, day5) == 0);
    CHECK(data.runAt("2024-06-05T18:00:00Z").total() == 0); // same day, again
    auto day8 = data.runAt("2024-06-08T12:00:00Z");
    CHECK(data.created(CareRule::WonFollowUp, day8) == 1);
    CHECK(data.created(CareRule::TicketFeedback, day8) == 0);
    CHECK(data.tasks() == 2);

    // Done or deleted, a rule's task never comes back.
    TaskRepository tasks(data.db());
    auto open = tasks.list(TaskQuery{}).value();
    REQUIRE(open.size() == 2);
    REQUIRE(tasks.setDone(open[0].id, true));
    REQUIRE(tasks.remove(open[1].id));
    for (const char* day : {"2024-06-09T12:00:00Z", "2024-06-20T12:00:00Z", "2024-07-01T12:00:00Z"})
        CHECK(data.runAt(day).total() == 0);
    CHECK(data.tasks() == 1);

    auto list = CareRules::created(data.sql());
    REQUIRE(list);
    REQUIRE(list.value().size() == 2);
    CHECK(list.value()[0].rule == CareRule::WonFollowUp); // newest first
    CHECK((list.value()[1].taskId == 0 || list.value()[0].taskId == 0)); // one was deleted
}

TEST_CASE("Care: the first run on an old database does not bring up stale follow-ups", "[care]")
{
    CareData data;
    const qint64 a = data.customer(QStringLiteral("Old Co"));
    data.purchase(a, 1000, at("2020-01-01T10:00:00Z"));
    CHECK(data.runAt("2024-06-08T12:00:00Z").total() == 0);
}

TEST_CASE("Care: check-ins with Important and calls to At-risk customers, again only after a new lapse", "[care]")
{
    CareData data;
    const qint64 important = data.customer(QStringLiteral("Big Buyer"));
    const qint64 risky = data.customer(QStringLiteral("Drifting Away"));
    const qint64 general = data.customer(QStringLiteral("Someone"));
    data.setTier(important, "important");
    data.setTier(risky, "at_risk");
    data.setTier(general, "general");

    auto first = data.runAt("2024-06-01T08:00:00Z");
    CHECK(data.created(CareRule::ImportantCheckIn, first) == 1);
    CHECK(data.created(CareRule::AtRiskCall, first) == 1);
    CHECK(data.runAt("2024-06-02T08:00:00Z").total() == 0);
    auto tasks = TaskRepository(data.db()).list(TaskQuery{}).value();
    REQUIRE(tasks.size() == 2);
    for (const Task& t : tasks) {
        if (t.customerId == risky)
            CHECK(t.priority == TaskPriority::High);
        CHECK(t.originKey.startsWith(QStringLiteral("care:")));
    }

    // The owner calls the important customer; a new task comes only after 60 more days without contact.
    Activity call;
    call.customerId = important;
    call.kind = ActivityKind::Call;
    call.occurredAt = at("2024-06-03T09:00:00Z");
    call.summary = QStringLiteral("Catch-up");
    REQUIRE(ActivityRepository(data.db()).create(call));
    CHECK(data.runAt("2024-07-15T08:00:00Z").total() == 0);
    auto later = data.runAt("2024-08-03T08:00:00Z");
    CHECK(data.created(CareRule::ImportantCheckIn, later) == 1);
    CHECK(data.runAt("2024-08-04T08:00:00Z").total() == 0);

    SECTION("Switched-off rules create nothing")
    {
        const qint64 another = data.customer(QStringLiteral("New VIP"));
        data.setTier(another, "important");
        data.settings.enabled[static_cast<size_t>(CareRule::ImportantCheckIn)] = false;
        CHECK(data.runAt("2024-08-05T08:00:00Z").total() == 0);
    }
}

TEST_CASE("Care settings are stored in the database file", "[care]")
{
    CareData data;
    CareSettings s = CareRules::load(data.db());
    CHECK_FALSE(s.isEnabled(CareRule::WonFollowUp));
    CHECK(s.reminderDays == 7);
    s.enabled[static_cast<size_t>(CareRule::AtRiskCall)] = true;
    s.days[static_cast<size_t>(CareRule::AtRiskCall)] = 45;
    s.reminderDays = 14;
    REQUIRE(CareRules::save(data.db(), s));
    const CareSettings back = CareRules::load(data.db());
    CHECK(back.isEnabled(CareRule::AtRiskCall));
    CHECK(back.daysFor(CareRule::AtRiskCall) == 45);
    CHECK(back.reminderDays == 14);
}

TEST_CASE("Birthday and anniversary reminders, a configurable number of days ahead", "[care]")
{
    CareData data;
    CustomerRepository repo(data.db());
    auto withBirthday = [&](const char* name, QDate birthday) {
        const qint64 id = data.customer(QString::fromUtf8(name), at("2024-01-15T00:00:00Z"), CustomerKind::Person);
        Customer c = repo.get(id).value();
        c.birthday = birthday;
        REQUIRE(repo.update(c));
        return id;
    };
    const qint64 soon = withBirthday("王芳", QDate(1980, 6, 10));
    withBirthday("Far Off", QDate(1990, 7, 30));
    const qint64 leap = withBirthday("Leap Day", QDate(1992, 2, 29));
    const qint64 loyal = data.customer(QStringLiteral("Loyal Ltd"), at("2022-06-09T08:00:00Z"));

    auto june = CareRules::reminders(data.sql(), QDate(2024, 6, 8), 7);
    REQUIRE(june);
    REQUIRE(june.value().size() == 2);
    CHECK(june.value()[0].customerId == loyal);
    CHECK(june.value()[0].kind == ReminderKind::Anniversary);
    CHECK(june.value()[0].years == 2);
    CHECK(june.value()[0].date == QDate(2024, 6, 9));
    CHECK(june.value()[1].customerId == soon);
    CHECK(june.value()[1].years == 44);
    CHECK(CareRules::reminders(data.sql(), QDate(2024, 6, 8), 1).value().size() == 1);

    auto march = CareRules::reminders(data.sql(), QDate(2025, 2, 27), 3);
    REQUIRE(march);
    REQUIRE(march.value().size() == 1);
    CHECK(march.value()[0].customerId == leap);
    CHECK(march.value()[0].date == QDate(2025, 3, 1));
}
