#include "ActivityDialog.h"

#include "Clock.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/Session.h"
#include "tasks/TaskCommands.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>

namespace rapport {

ActivityDialog::ActivityDialog(Session& session, ActivityKind kind, qint64 customerId, const QString& customerName,
                               QWidget* parent)
    : FormDialog(session, customerId, customerName, parent), m_kinds(new QButtonGroup(this)),
      m_summary(new QLineEdit(this)), m_direction(new QComboBox(this)), m_when(new QDateTimeEdit(this)),
      m_duration(new QSpinBox(this)), m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_when->setObjectName(QStringLiteral("whenEdit"));
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));

    auto* kindRow = new QHBoxLayout;
    kindRow->setSpacing(4);
    const std::pair<ActivityKind, const char*> kinds[] = {{ActivityKind::Call, "call"},
                                                          {ActivityKind::Email, "email"},
                                                          {ActivityKind::Meeting, "meeting"},
                                                          {ActivityKind::Note, "note"}};
    for (const auto& [k, icon] : kinds) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("kind_%1").arg(QString::fromLatin1(icon)));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(Icons::get(QString::fromLatin1(icon)));
        button->setText(Format::activityKind(k));
        m_kinds->addButton(button, static_cast<int>(k));
        kindRow->addWidget(button);
    }
    kindRow->addStretch();
    m_kinds->setExclusive(true);

    m_summary->setPlaceholderText(tr("What was it about?"));
    m_direction->addItem(tr("Outgoing"), static_cast<int>(Direction::Outbound));
    m_direction->addItem(tr("Incoming"), static_cast<int>(Direction::Inbound));
    m_when->setCalendarPopup(true);
    m_when->setDateTime(Clock::nowUtc().toLocalTime());
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("—"));
    m_body->setPlaceholderText(tr("Details (optional)"));
    m_body->setTabChangesFocus(true);
    m_body->setFixedHeight(m_body->fontMetrics().lineSpacing() * 4 + 12);

    form()->addRow(tr("Type:"), kindRow);
    form()->addRow(tr("Summary:"), m_summary);
    form()->addRow(tr("Direction:"), m_direction);
    form()->addRow(tr("When:"), m_when);
    form()->addRow(tr("Duration:"), m_duration);
    form()->addRow(tr("Details:"), m_body);

    connect(m_kinds, &QButtonGroup::idClicked, this, &ActivityDialog::updateForKind);
    setKind(kind);
    m_summary->setFocus(Qt::OtherFocusReason);
}

ActivityKind ActivityDialog::kind() const
{
    return static_cast<ActivityKind>(m_kinds->checkedId());
}

void ActivityDialog::setKind(ActivityKind kind)
{
    if (auto* button = m_kinds->button(static_cast<int>(kind)))
        button->setChecked(true);
    updateForKind();
}

void ActivityDialog::updateForKind()
{
    const ActivityKind k = kind();
    const bool conversation = k == ActivityKind::Call || k == ActivityKind::Email;
    const bool timed = k == ActivityKind::Call || k == ActivityKind::Meeting;
    form()->setRowVisible(m_direction, conversation);
    form()->setRowVisible(m_duration, timed);
    switch (k) {
    case ActivityKind::Call: setWindowTitle(tr("Log Call")); break;
    case ActivityKind::Email: setWindowTitle(tr("Log Email")); break;
    case ActivityKind::Meeting: setWindowTitle(tr("Log Meeting")); break;
    default: setWindowTitle(tr("Add Note")); break;
    }
}

void ActivityDialog::setLinks(qint64 dealId, qint64 ticketId)
{
    m_dealId = dealId;
    m_ticketId = ticketId;
}

bool ActivityDialog::save()
{
    Activity a;
    a.customerId = customerId();
    a.dealId = m_dealId;
    a.ticketId = m_ticketId;
    a.kind = kind();
    a.summary = m_summary->text().trimmed();
    a.body = m_body->toPlainText().trimmed();
    a.occurredAt = m_when->dateTime().toUTC();
    const bool conversation = a.kind == ActivityKind::Call || a.kind == ActivityKind::Email;
    a.direction = conversation ? static_cast<Direction>(m_direction->currentData().toInt())
                               : (a.kind == ActivityKind::Note ? Direction::Internal : Direction::Outbound);
    a.durationMinutes = (a.kind == ActivityKind::Call || a.kind == ActivityKind::Meeting) ? m_duration->value() : 0;
    auto command = std::make_unique<LogActivityCommand>(session(), a);
    auto* raw = command.get(); // the stack owns it once applied
    if (!succeeded(session().apply(std::move(command)))) {
        m_summary->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_loggedId = raw->activityId();
    return true;
}

} // namespace rapport
