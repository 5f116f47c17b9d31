#include "TicketCommands.h"

#include "common/Format.h"
#include "common/Session.h"
#include "tickets/TicketRepository.h"

namespace rapport {

TicketStatusCommand::TicketStatusCommand(Session& session, const Ticket& before, TicketStatus status,
                                         const QString& resolution)
    : UndoableCommand(session, tr("Mark “%1” as %2").arg(before.subject, Format::ticketStatus(status))),
      m_before(before), m_status(status), m_resolution(resolution)
{
}

Status TicketStatusCommand::apply()
{
    return TicketRepository(session().db()).setStatus(m_before.id, m_status, m_resolution);
}

Status TicketStatusCommand::revert()
{
    return TicketRepository(session().db()).restoreProgress(m_before);
}

TicketSatisfactionCommand::TicketSatisfactionCommand(Session& session, const Ticket& before, int score,
                                                     const QString& feedback)
    : UndoableCommand(session, tr("Satisfaction for “%1”").arg(before.subject)), m_before(before), m_score(score),
      m_feedback(feedback)
{
}

Status TicketSatisfactionCommand::apply()
{
    return TicketRepository(session().db()).setSatisfaction(m_before.id, m_score, m_feedback);
}

Status TicketSatisfactionCommand::revert()
{
    return TicketRepository(session().db()).restoreProgress(m_before);
}

EditTicketCommand::EditTicketCommand(Session& session, const Ticket& before, const Ticket& after)
    : UndoableCommand(session, tr("Edit “%1”").arg(after.subject)), m_before(before), m_after(after)
{
}

Status EditTicketCommand::apply()
{
    return TicketRepository(session().db()).update(m_after);
}

Status EditTicketCommand::revert()
{
    return TicketRepository(session().db()).update(m_before);
}

} // namespace rapport
