#pragma once

#include "Result.h"
#include "db/RecordStore.h"
#include "tickets/Ticket.h"

#include <QList>

namespace rapport {

class Database;

class TicketRepository
{
public:
    explicit TicketRepository(Database& db);

    // Checks the fields a ticket must have; the message says which and why.
    static Status validate(const Ticket& ticket);

    // Sets the SLA due times from the priority's rule.
    Result<qint64> create(const Ticket& ticket);
    Result<Ticket> get(qint64 id) const;
    // Updates subject, description, priority (due times follow), channel, contact, resolution and feedback.
    Status update(const Ticket& ticket);
    // Moves along new -> open -> pending -> resolved -> closed; reopening clears resolved/closed times.
    // Only the steps nextStatuses() lists are allowed.
    Status setStatus(qint64 id, TicketStatus status, const QString& resolution = {});
    // The statuses a ticket may move to next (pending is "waiting on the customer"; resolved and closed reopen).
    static QList<TicketStatus> nextStatuses(TicketStatus from);
    // Only for resolved or closed tickets.
    Status setSatisfaction(qint64 id, int score, const QString& feedback);
    // Records the first reply time once; later replies leave it as it was.
    Status recordFirstResponse(qint64 id, const QDateTime& at);
    // Undo of a status, resolution or satisfaction change: writes those fields (and the times that go with
    // them) back as `before` had them.
    Status restoreProgress(const Ticket& before);
    Status setArchived(qint64 id, bool archived);
    Status remove(qint64 id);

    Result<QList<Ticket>> list(const TicketQuery& query) const;
    Result<int> count(const TicketQuery& query) const;

private:
    Database& m_db;
    RecordStore m_store;
};

} // namespace rapport
