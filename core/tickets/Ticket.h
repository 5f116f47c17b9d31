#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

enum class TicketStatus { New, Open, Pending, Resolved, Closed };
enum class TicketPriority { Low, Normal, High, Urgent };

QString ticketStatusKey(TicketStatus status);
TicketStatus ticketStatusFromKey(const QString& key);
QString ticketPriorityKey(TicketPriority priority);
TicketPriority ticketPriorityFromKey(const QString& key);

struct Ticket
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 contactId = 0;
    QString subject;
    QString description;
    TicketStatus status = TicketStatus::New;
    TicketPriority priority = TicketPriority::Normal;
    QString channel = QStringLiteral("email"); // email, phone, chat, in_person, web, other
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime firstResponseDue;
    QDateTime resolutionDue;
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    QString resolution;
    int satisfaction = 0; // 1-5, 0 = not given
    QString feedback;
    QDateTime archivedAt;

    QString customerName; // read-only, joined for lists
};

// NextDue: the nearest promise still open (first reply until given, then resolution).
enum class TicketSort { Subject, Customer, Status, Priority, Created, ResolutionDue, NextDue };

struct TicketQuery
{
    QString text;
    qint64 customerId = 0;
    std::optional<TicketStatus> status;
    bool openOnly = false; // new, open or pending
    QList<TicketStatus> statuses; // any of these (empty: any status)
    QDateTime breachedAt; // only unresolved tickets with a promise already past at this instant
    QDateTime resolvedSince; // only tickets resolved at or after this instant
    std::optional<TicketPriority> priority;
    bool includeArchived = false;
    TicketSort sort = TicketSort::Created;
    bool descending = true;
    int offset = 0;
    int limit = 100;
};

} // namespace rapport
