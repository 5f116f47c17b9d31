#pragma once

#include "common/FormDialog.h"
#include "tickets/Ticket.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace rapport {

// "New ticket": subject, priority (sets the SLA), channel and description.
class TicketDialog : public FormDialog
{
    Q_OBJECT
public:
    TicketDialog(Session& session, qint64 customerId, const QString& customerName, QWidget* parent = nullptr);
    // Edits an existing ticket instead (subject, priority, channel, description); saving is undoable.
    void setTicket(const Ticket& ticket);

protected:
    bool save() override;

private:
    QLineEdit* m_subject;
    QComboBox* m_priority;
    QComboBox* m_channel;
    QPlainTextEdit* m_description;
    std::optional<Ticket> m_editing;
};

} // namespace rapport
