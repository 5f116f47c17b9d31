#pragma once

#include "Result.h"
#include "activities/Activity.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rapport {

class Database;

// One line of a customer's timeline: an activity, a deal stage change, a ticket opened or resolved, a task done.
struct TimelineEntry
{
    enum class Kind { Activity, StageChange, TicketOpened, TicketResolved, TaskDone };
    Kind kind = Kind::Activity;
    qint64 id = 0; // activity, deal, ticket or task id, following `kind`
    QDateTime at;
    ActivityKind activityKind = ActivityKind::Note; // for activities
    QString title;  // summary, deal title, ticket subject, task title
    QString detail; // body, ticket description / resolution, task notes
    QString fromStage; // stage changes: empty for a new deal
    QString toStage;
    int durationMinutes = 0;
    qint64 dealId = 0;
    qint64 ticketId = 0;
};

// A customer's history in one chronological list (newest first), read with one UNION ALL query.
class TimelineQuery
{
public:
    explicit TimelineQuery(const Database& db) : m_db(db) {}
    Result<QList<TimelineEntry>> forCustomer(qint64 customerId, int limit = 200, int offset = 0) const;
    // One deal: its activities, stage changes and finished tasks.
    Result<QList<TimelineEntry>> forDeal(qint64 dealId, int limit = 200, int offset = 0) const;
    // One ticket: opened, its activities (the conversation), resolved, finished tasks.
    Result<QList<TimelineEntry>> forTicket(qint64 ticketId, int limit = 200, int offset = 0) const;

private:
    Result<QList<TimelineEntry>> read(const QString& sql, int idCount, qint64 id, int limit, int offset) const;

    const Database& m_db;
};

} // namespace rapport
