#pragma once

#include "Result.h"
#include "tickets/Ticket.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rapport {

class Database;

struct BirthdayReminder
{
    qint64 customerId = 0;
    QString name;
    QDate birthday;   // as stored (year may be unknown: 1904 is a common "no year" marker)
    QDate nextDate;   // the date it falls on within the asked range
};

struct SlaRisk
{
    qint64 ticketId = 0;
    qint64 customerId = 0;
    QString customerName;
    QString subject;
    TicketPriority priority = TicketPriority::Normal;
    QDateTime resolutionDue;
};

// The read-only questions of the Today screen and the status bar that no repository answers.
class TodayQueries
{
public:
    explicit TodayQueries(const Database& db) : m_db(db) {}

    // Active customers whose birthday (month and day) falls in [from, to]; at most 31 days are looked at.
    Result<QList<BirthdayReminder>> birthdays(const QDate& from, const QDate& to, int limit = 50) const;
    // Unresolved, unarchived tickets whose resolution is due before `before` (already late ones included),
    // soonest first.
    Result<QList<SlaRisk>> slaRisks(const QDateTime& before, int limit = 50) const;
    // How many unresolved, unarchived tickets are due before `before` (pass now for the late ones).
    Result<int> ticketsDueBefore(const QDateTime& before) const;
    // When the last verified backup was made, from backup_log; invalid if there is none.
    Result<QDateTime> lastBackupAt() const;

private:
    const Database& m_db;
};

} // namespace rapport
