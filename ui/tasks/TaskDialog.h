#pragma once

#include "common/FormDialog.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace rapport {

// "Add task": a follow-up with a due time and priority, linked to a customer.
class TaskDialog : public FormDialog
{
    Q_OBJECT
public:
    TaskDialog(Session& session, qint64 customerId, const QString& customerName, QWidget* parent = nullptr);
    // Links the new task to a deal or a ticket of the customer as well.
    void setDeal(qint64 dealId) { m_dealId = dealId; }
    void setTicket(qint64 ticketId) { m_ticketId = ticketId; }

protected:
    bool save() override;

private:
    QLineEdit* m_title;
    QCheckBox* m_hasDue;
    QDateTimeEdit* m_due;
    QComboBox* m_priority;
    QPlainTextEdit* m_notes;
    qint64 m_dealId = 0;
    qint64 m_ticketId = 0;
};

} // namespace rapport
