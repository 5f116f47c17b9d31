#include "TaskDialog.h"

#include "Clock.h"
#include "common/Format.h"
#include "common/Session.h"
#include "tasks/TaskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace rapport {

TaskDialog::TaskDialog(Session& session, qint64 customerId, const QString& customerName, QWidget* parent)
    : FormDialog(session, customerId, customerName, parent), m_title(new QLineEdit(this)),
      m_hasDue(new QCheckBox(this)), m_due(new QDateTimeEdit(this)), m_priority(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("taskDialog"));
    setWindowTitle(tr("Add Task"));
    m_title->setObjectName(QStringLiteral("taskTitleEdit"));
    m_hasDue->setObjectName(QStringLiteral("taskHasDueCheck"));
    m_due->setObjectName(QStringLiteral("taskDueEdit"));
    m_priority->setObjectName(QStringLiteral("taskPriorityCombo"));
    m_notes->setObjectName(QStringLiteral("taskNotesEdit"));

    m_title->setPlaceholderText(tr("e.g. Send the quote"));
    m_hasDue->setChecked(true);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    // Tomorrow at nine is what most follow-ups mean.
    m_due->setDateTime(QDateTime(Clock::todayLocal().addDays(1), QTime(9, 0)));
    for (const TaskPriority p : {TaskPriority::Low, TaskPriority::Normal, TaskPriority::High})
        m_priority->addItem(Format::taskPriority(p), static_cast<int>(p));
    m_priority->setCurrentIndex(1);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Notes (optional)"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form()->addRow(tr("Task:"), m_title);
    form()->addRow(tr("Due:"), dueRow);
    form()->addRow(tr("Priority:"), m_priority);
    form()->addRow(tr("Notes:"), m_notes);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QDateTimeEdit::setEnabled);
    m_title->setFocus(Qt::OtherFocusReason);
}

bool TaskDialog::save()
{
    Task t;
    t.title = m_title->text().trimmed();
    t.notes = m_notes->toPlainText().trimmed();
    t.customerId = customerId();
    t.dealId = m_dealId;
    t.ticketId = m_ticketId;
    t.priority = static_cast<TaskPriority>(m_priority->currentData().toInt());
    if (m_hasDue->isChecked())
        t.dueAt = m_due->dateTime().toUTC();
    if (t.title.isEmpty()) {
        showError(tr("Give the task a short title."));
        m_title->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return created(TaskRepository(session().db()).create(t));
}

} // namespace rapport
