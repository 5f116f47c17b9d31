#include "TicketDialog.h"

#include "common/Format.h"
#include "common/Session.h"
#include "tickets/TicketCommands.h"
#include "tickets/TicketRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

namespace rapport {

TicketDialog::TicketDialog(Session& session, qint64 customerId, const QString& customerName, QWidget* parent)
    : FormDialog(session, customerId, customerName, parent), m_subject(new QLineEdit(this)),
      m_priority(new QComboBox(this)), m_channel(new QComboBox(this)), m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("ticketDialog"));
    setWindowTitle(tr("New Ticket"));
    m_subject->setObjectName(QStringLiteral("ticketSubjectEdit"));
    m_priority->setObjectName(QStringLiteral("ticketPriorityCombo"));
    m_channel->setObjectName(QStringLiteral("ticketChannelCombo"));
    m_description->setObjectName(QStringLiteral("ticketDescriptionEdit"));

    m_subject->setPlaceholderText(tr("e.g. Delivery arrived damaged"));
    for (const TicketPriority p :
         {TicketPriority::Low, TicketPriority::Normal, TicketPriority::High, TicketPriority::Urgent})
        m_priority->addItem(Format::ticketPriority(p), ticketPriorityKey(p));
    m_priority->setCurrentIndex(1);
    const std::pair<const char*, QString> channels[] = {{"email", tr("Email")}, {"phone", tr("Phone")},
                                                        {"chat", tr("Chat")},   {"in_person", tr("In person")},
                                                        {"web", tr("Website")}, {"other", tr("Other")}};
    for (const auto& [key, label] : channels)
        m_channel->addItem(label, QString::fromLatin1(key));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened, in the customer's words"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);

    form()->addRow(tr("Subject:"), m_subject);
    form()->addRow(tr("Priority:"), m_priority);
    form()->addRow(tr("Channel:"), m_channel);
    form()->addRow(tr("Description:"), m_description);
    m_subject->setFocus(Qt::OtherFocusReason);
}

void TicketDialog::setTicket(const Ticket& ticket)
{
    m_editing = ticket;
    setWindowTitle(tr("Edit Ticket"));
    setSaveText(tr("Save"));
    m_subject->setText(ticket.subject);
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(ticketPriorityKey(ticket.priority))));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(ticket.channel)));
    m_description->setPlainText(ticket.description);
}

bool TicketDialog::save()
{
    Ticket t = m_editing.value_or(Ticket{});
    t.customerId = m_editing ? m_editing->customerId : customerId();
    t.subject = m_subject->text().trimmed();
    t.description = m_description->toPlainText().trimmed();
    t.priority = ticketPriorityFromKey(m_priority->currentData().toString());
    t.channel = m_channel->currentData().toString();
    if (t.subject.isEmpty()) {
        showError(tr("Give the ticket a subject."));
        m_subject->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (m_editing)
        return succeeded(session().apply(std::make_unique<EditTicketCommand>(session(), *m_editing, t)));
    return created(TicketRepository(session().db()).create(t));
}

} // namespace rapport
