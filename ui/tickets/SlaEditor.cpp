#include "SlaEditor.h"

#include "common/Format.h"
#include "common/Session.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "tickets/SlaPolicy.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport {
namespace {
const TicketPriority kPriorities[] = {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal,
                                      TicketPriority::Low};
} // namespace

SlaEditor::SlaEditor(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("slaEditor"));
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->addWidget(new QLabel(tr("Priority"), this), 0, 0);
    grid->addWidget(new QLabel(tr("First reply within"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Resolved within"), this), 0, 2);
    int row = 1;
    for (const TicketPriority p : kPriorities) {
        const SlaRule rule = SlaPolicy::rule(session.db(), p);
        auto spin = [this, p](const QString& what, int minutes) {
            auto* box = new QSpinBox(this);
            box->setObjectName(QStringLiteral("sla_%1_%2").arg(ticketPriorityKey(p), what));
            box->setRange(1, 24 * 365);
            box->setSuffix(tr(" h"));
            box->setValue(qMax(1, minutes / 60));
            return box;
        };
        m_first << spin(QStringLiteral("first"), rule.firstResponseMinutes);
        m_resolve << spin(QStringLiteral("resolve"), rule.resolutionMinutes);
        grid->addWidget(new QLabel(Format::ticketPriority(p), this), row, 0);
        grid->addWidget(m_first.last(), row, 1);
        grid->addWidget(m_resolve.last(), row, 2);
        ++row;
    }
    grid->setColumnStretch(3, 1);
    auto* note = new QLabel(tr("A day is 24 h, a week 168 h. New promises apply to tickets opened from now on; "
                               "a ticket keeps the times it was given."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* defaults = new QPushButton(tr("Restore Defaults"), this);
    defaults->setObjectName(QStringLiteral("slaDefaultsButton"));
    connect(defaults, &QPushButton::clicked, this, &SlaEditor::restoreDefaults);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(grid);
    layout->addWidget(note);
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addStretch();
}

void SlaEditor::restoreDefaults()
{
    int i = 0;
    for (const TicketPriority p : kPriorities) {
        const SlaRule rule = SlaPolicy::defaultRule(p);
        m_first.at(i)->setValue(rule.firstResponseMinutes / 60);
        m_resolve.at(i)->setValue(rule.resolutionMinutes / 60);
        ++i;
    }
}

Status SlaEditor::apply()
{
    Database& db = m_session.db();
    SqlTransaction tx(db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    int i = 0;
    for (const TicketPriority p : kPriorities) {
        const SlaRule wanted{m_first.at(i)->value() * 60, m_resolve.at(i)->value() * 60};
        ++i;
        const SlaRule current = SlaPolicy::rule(db, p);
        if (wanted.firstResponseMinutes / 60 == current.firstResponseMinutes / 60 &&
            wanted.resolutionMinutes / 60 == current.resolutionMinutes / 60)
            continue;
        if (auto saved = SlaPolicy::setRule(db, p, wanted); !saved)
            return makeError(saved.error().code, tr("%1: %2").arg(Format::ticketPriority(p), saved.error().message));
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

} // namespace rapport
