#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <array>

namespace rapport {

class Database;

// Customer-care rules the owner can switch on; each creates follow-up tasks.
enum class CareRule {
    WonFollowUp,      // follow up N days after a won deal
    ImportantCheckIn, // check in with Important-tier customers not contacted for N days
    AtRiskCall,       // call At-risk customers not contacted for N days
    TicketFeedback    // ask for feedback N days after a ticket is resolved
};
constexpr int kCareRuleCount = 4;

struct CareSettings
{
    int reminderDays = 7; // birthdays and anniversaries shown this many days ahead on Today
    std::array<bool, kCareRuleCount> enabled{false, false, false, false};
    std::array<int, kCareRuleCount> days{7, 60, 30, 2};

    bool isEnabled(CareRule rule) const { return enabled[static_cast<size_t>(rule)]; }
    int daysFor(CareRule rule) const { return days[static_cast<size_t>(rule)]; }
};

struct CareRunResult
{
    std::array<int, kCareRuleCount> created{};
    int total() const { return created[0] + created[1] + created[2] + created[3]; }
};

// A task a rule created (from care_log), for the list of what the rules did.
struct CareCreated
{
    CareRule rule = CareRule::WonFollowUp;
    QDateTime createdAt;
    qint64 taskId = 0; // 0 when the owner deleted the task since
    QString taskTitle;
    QString customerName;
    bool done = false;
};

enum class ReminderKind { Birthday, Anniversary };

struct CareReminder
{
    ReminderKind kind = ReminderKind::Birthday;
    qint64 customerId = 0;
    QString customerName;
    QDate date;    // the coming day
    int years = 0; // age turning (0 when the birth year is unknown), or years as a customer
};

// Runs the care rules. Idempotent: every task a rule creates is remembered in care_log under a key naming
// what it was for (the deal, the ticket, or the customer and their last contact), so running again, on the
// same day or later, never creates the same task twice, even after the owner finished or deleted it.
class CareRules
{
    Q_DECLARE_TR_FUNCTIONS(rapport::CareRules)

public:
    static QString ruleKey(CareRule rule);
    static QString ruleName(CareRule rule);
    static QString ruleDescription(CareRule rule); // with %1 for the number of days
    static QList<CareRule> rules();

    static CareSettings load(const Database& db);
    static Status save(Database& db, const CareSettings& settings);

    // Creates the tasks due by `nowUtc` for the enabled rules, in one transaction.
    static Result<CareRunResult> run(Database& db, const CareSettings& settings, const QDateTime& nowUtc);
    static Result<QList<CareCreated>> created(const QSqlDatabase& db, int limit = 200);
    // Birthdays and customer-since anniversaries from `today` to `today + daysAhead`, soonest first.
    static Result<QList<CareReminder>> reminders(const QSqlDatabase& db, const QDate& today, int daysAhead);
};

} // namespace rapport
