#include "CareDialog.h"

#include "Clock.h"
#include "common/Format.h"
#include "common/Session.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {

CareDialog::CareDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_reminderDays(new QSpinBox(this)), m_created(new QTableWidget(this))
{
    setObjectName(QStringLiteral("careDialog"));
    setWindowTitle(tr("Customer care"));
    const CareSettings current = CareRules::load(session.db());

    m_reminderDays->setObjectName(QStringLiteral("reminderDays"));
    m_reminderDays->setRange(0, 60);
    m_reminderDays->setSuffix(tr(" days ahead"));
    m_reminderDays->setValue(current.reminderDays);
    auto* reminders = new QFormLayout;
    reminders->addRow(tr("Birthdays and anniversaries on Today:"), m_reminderDays);

    auto* rulesBox = new QGroupBox(tr("Rules that create tasks"), this);
    auto* grid = new QGridLayout(rulesBox);
    int row = 0;
    for (CareRule rule : CareRules::rules()) {
        const size_t i = static_cast<size_t>(rule);
        auto* check = new QCheckBox(CareRules::ruleName(rule), rulesBox);
        check->setObjectName(QStringLiteral("care_%1").arg(CareRules::ruleKey(rule)));
        check->setChecked(current.enabled[i]);
        auto* days = new QSpinBox(rulesBox);
        days->setObjectName(QStringLiteral("care_%1_days").arg(CareRules::ruleKey(rule)));
        days->setRange(1, 3650);
        days->setSuffix(tr(" days"));
        days->setValue(qMax(1, current.days[i]));
        auto* hint = new QLabel(rulesBox);
        hint->setForegroundRole(QPalette::PlaceholderText);
        hint->setWordWrap(true);
        auto updateHint = [hint, rule, days] { hint->setText(CareRules::ruleDescription(rule).arg(days->value())); };
        updateHint();
        connect(days, &QSpinBox::valueChanged, hint, updateHint);
        grid->addWidget(check, row, 0);
        grid->addWidget(days, row, 1);
        grid->addWidget(hint, row + 1, 0, 1, 2);
        row += 2;
        m_enabled[i] = check;
        m_days[i] = days;
    }
    grid->setColumnStretch(0, 1);

    m_created->setObjectName(QStringLiteral("careCreated"));
    m_created->setColumnCount(4);
    m_created->setHorizontalHeaderLabels({tr("Created"), tr("Rule"), tr("Task"), tr("Status")});
    m_created->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_created->setColumnWidth(0, 150);
    m_created->setColumnWidth(1, 200);
    m_created->verticalHeader()->hide();
    m_created->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_created->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_created->setMinimumHeight(160);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("careButtons"));
    auto* run = buttons->addButton(tr("Save and run now"), QDialogButtonBox::ActionRole);
    run->setObjectName(QStringLiteral("careRunNow"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CareDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CareDialog::reject);
    connect(run, &QPushButton::clicked, this, &CareDialog::runNow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(reminders);
    layout->addWidget(rulesBox);
    layout->addWidget(new QLabel(tr("What the rules created (a task is never created twice):"), this));
    layout->addWidget(m_created, 1);
    layout->addWidget(buttons);
    resize(640, 600);
    fillCreated();
}

CareSettings CareDialog::settings() const
{
    CareSettings s;
    s.reminderDays = m_reminderDays->value();
    for (size_t i = 0; i < m_enabled.size(); ++i) {
        s.enabled[i] = m_enabled[i]->isChecked();
        s.days[i] = m_days[i]->value();
    }
    return s;
}

void CareDialog::fillCreated()
{
    auto created = CareRules::created(m_session.db().connection());
    if (!created)
        return m_session.reportError(created.error().message);
    m_created->setRowCount(static_cast<int>(created.value().size()));
    int row = 0;
    for (const CareCreated& c : created.value()) {
        const QString status = c.taskId == 0 ? tr("Deleted") : c.done ? tr("Done") : tr("Open");
        const QStringList cells{Format::dateTime(c.createdAt), CareRules::ruleName(c.rule), c.taskTitle, status};
        for (int col = 0; col < cells.size(); ++col)
            m_created->setItem(row, col, new QTableWidgetItem(cells[col]));
        ++row;
    }
    if (m_created->rowCount() > 0) {
        m_created->resizeColumnToContents(0);
        m_created->resizeColumnToContents(1);
    }
}

void CareDialog::accept()
{
    if (auto saved = CareRules::save(m_session.db(), settings()); !saved)
        return m_session.reportError(saved.error().message);
    m_session.db().announce(Entity::Setting, 0, ChangeKind::Updated);
    QDialog::accept();
}

void CareDialog::runNow()
{
    const CareSettings s = settings();
    if (auto saved = CareRules::save(m_session.db(), s); !saved)
        return m_session.reportError(saved.error().message);
    auto result = CareRules::run(m_session.db(), s, Clock::nowUtc());
    if (!result)
        return m_session.reportError(result.error().message);
    if (result.value().total() > 0)
        m_session.db().announce(Entity::Task, 0, ChangeKind::Bulk);
    m_session.showMessage(tr("Customer care added %n task(s).", nullptr, result.value().total()));
    fillCreated();
}

} // namespace rapport
