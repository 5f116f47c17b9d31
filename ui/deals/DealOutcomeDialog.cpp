#include "DealOutcomeDialog.h"

#include "Clock.h"
#include "common/Format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

DealOutcomeDialog::DealOutcomeDialog(const Deal& deal, DealStatus outcome, QWidget* parent)
    : QDialog(parent), m_outcome(outcome), m_date(new QDateEdit(this))
{
    const bool won = outcome == DealStatus::Won;
    setObjectName(won ? QStringLiteral("dealWonDialog") : QStringLiteral("dealLostDialog"));
    setWindowTitle(won ? tr("Mark as Won") : tr("Mark as Lost"));

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("outcomeHeading"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    heading->setText(
        tr("“%1” with %2, %3").arg(deal.title, deal.customerName, Format::money(deal.amountMinor, deal.currency)));
    QFont f = heading->font();
    f.setWeight(QFont::DemiBold);
    heading->setFont(f);

    m_date->setObjectName(QStringLiteral("closeDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setDate(Clock::todayLocal());
    m_date->setMaximumDate(Clock::todayLocal());

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(won ? tr("Won on:") : tr("Lost on:"), m_date);
    if (!won) {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("lostReasonCombo"));
        m_reason->setEditable(true);
        m_reason->setInsertPolicy(QComboBox::NoInsert);
        m_reason->addItems({QString(), tr("Price too high"), tr("Chose a competitor"), tr("No budget"),
                            tr("No decision"), tr("Bad timing"), tr("Requirements not met")});
        m_reason->lineEdit()->setPlaceholderText(tr("Why was it lost? (optional)"));
        m_reason->setMinimumWidth(280);
        form->addRow(tr("Reason:"), m_reason);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("outcomeButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(won ? tr("Mark as Won") : tr("Mark as Lost"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmOutcomeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    if (m_reason)
        m_reason->setFocus(Qt::OtherFocusReason);
}

QDateTime DealOutcomeDialog::closedAt() const
{
    const QDate day = m_date->date();
    if (day >= Clock::todayLocal())
        return Clock::nowUtc();
    return QDateTime(day, QTime(12, 0)).toUTC();
}

QString DealOutcomeDialog::lostReason() const
{
    return m_reason ? m_reason->currentText().trimmed() : QString();
}

} // namespace rapport
