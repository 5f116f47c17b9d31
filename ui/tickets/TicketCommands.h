#pragma once

#include "common/UndoableCommand.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>

namespace rapport {

// A step along the ticket's status flow (with the resolution when resolving). Undo puts status, times and
// resolution back as they were.
class TicketStatusCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::TicketStatusCommand)

public:
    TicketStatusCommand(Session& session, const Ticket& before, TicketStatus status, const QString& resolution = {});

protected:
    Status apply() override;
    Status revert() override;

private:
    Ticket m_before;
    TicketStatus m_status;
    QString m_resolution;
};

// The customer's satisfaction score and feedback on a resolved ticket.
class TicketSatisfactionCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::TicketSatisfactionCommand)

public:
    TicketSatisfactionCommand(Session& session, const Ticket& before, int score, const QString& feedback);

protected:
    Status apply() override;
    Status revert() override;

private:
    Ticket m_before;
    int m_score;
    QString m_feedback;
};

// Subject, description, priority (due times follow), channel.
class EditTicketCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::EditTicketCommand)

public:
    EditTicketCommand(Session& session, const Ticket& before, const Ticket& after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Ticket m_before;
    Ticket m_after;
};

} // namespace rapport
