#include "DealDialog.h"

#include "Clock.h"
#include "campaigns/CampaignRepository.h"
#include "common/Format.h"
#include "common/Session.h"
#include "deals/DealCommands.h"
#include "deals/DealRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

#include <cmath>

namespace rapport {

DealDialog::DealDialog(Session& session, qint64 customerId, const QString& customerName, QWidget* parent)
    : FormDialog(session, customerId, customerName, parent), m_currency(session.currency()),
      m_title(new QLineEdit(this)), m_amount(new QLineEdit(this)), m_stage(new QComboBox(this)),
      m_close(new QDateEdit(this)), m_campaign(new QComboBox(this))
{
    setObjectName(QStringLiteral("dealDialog"));
    setWindowTitle(tr("New Deal"));
    m_title->setObjectName(QStringLiteral("dealTitleEdit"));
    m_amount->setObjectName(QStringLiteral("dealAmountEdit"));
    m_stage->setObjectName(QStringLiteral("dealStageCombo"));
    m_close->setObjectName(QStringLiteral("dealCloseEdit"));

    m_title->setPlaceholderText(tr("e.g. 20 office chairs"));
    m_amount->setPlaceholderText(QLocale().toString(0.0, 'f', Format::currencyDecimals(m_currency)));
    m_amount->setAlignment(Qt::AlignRight);
    auto stages = DealRepository(session.db()).stages();
    if (stages) {
        for (const PipelineStage& s : stages.value()) {
            if (s.kind == DealStatus::Open)
                m_stage->addItem(Format::stageName(s.name), s.id);
        }
    }
    m_close->setCalendarPopup(true);
    m_close->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_close->setDate(Clock::todayLocal().addDays(30));

    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    auto* currency = new QLabel(m_currency, this);
    currency->setObjectName(QStringLiteral("dealCurrencyLabel"));
    amountRow->addWidget(currency);
    form()->addRow(tr("Deal:"), m_title);
    form()->addRow(tr("Amount:"), amountRow);
    form()->addRow(tr("Stage:"), m_stage);
    form()->addRow(tr("Expected close:"), m_close);
    // The campaign that brought the deal, so its results count it (Campaigns screen).
    m_campaign->setObjectName(QStringLiteral("dealCampaignCombo"));
    fillCampaigns(0);
    form()->addRow(tr("Campaign:"), m_campaign);
    m_title->setFocus(Qt::OtherFocusReason);
}

void DealDialog::fillCampaigns(qint64 select)
{
    m_campaign->clear();
    m_campaign->addItem(tr("None"), 0);
    if (auto campaigns = CampaignRepository(session().db()).list(true)) {
        for (const Campaign& c : campaigns.value()) {
            if (!c.archivedAt.isValid() || c.id == select)
                m_campaign->addItem(c.name, c.id);
        }
    }
    m_campaign->setCurrentIndex(qMax(0, m_campaign->findData(select)));
}

void DealDialog::setDeal(const Deal& deal)
{
    m_editing = deal;
    m_currency = deal.currency;
    setWindowTitle(tr("Edit Deal"));
    setSaveText(tr("Save"));
    m_title->setText(deal.title);
    m_amount->setText(QLocale().toString(static_cast<double>(deal.amountMinor) /
                                             std::pow(10.0, Format::currencyDecimals(deal.currency)),
                                         'f', Format::currencyDecimals(deal.currency)));
    m_amount->setText(m_amount->text().remove(QLocale().groupSeparator()));
    if (auto* currency = findChild<QLabel*>(QStringLiteral("dealCurrencyLabel")))
        currency->setText(deal.currency);
    form()->setRowVisible(m_stage, false);
    m_close->setDate(deal.expectedClose.isValid() ? deal.expectedClose : Clock::todayLocal().addDays(30));
    fillCampaigns(deal.campaignId);
}

bool DealDialog::save()
{
    Deal d = m_editing.value_or(Deal{});
    d.customerId = m_editing ? m_editing->customerId : customerId();
    d.title = m_title->text().trimmed();
    d.currency = m_currency;
    d.stageId = m_stage->currentData().toLongLong();
    d.expectedClose = m_close->date();
    d.campaignId = m_campaign->currentData().toLongLong();
    if (d.title.isEmpty()) {
        showError(tr("Give the deal a short title."));
        m_title->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (!Format::parseMoney(m_amount->text(), m_currency, &d.amountMinor)) {
        showError(tr("“%1” is not an amount. Type a number such as %2.")
                      .arg(m_amount->text(), QLocale().toString(1250.5, 'f', Format::currencyDecimals(m_currency))));
        m_amount->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (m_editing)
        return succeeded(session().apply(std::make_unique<EditDealCommand>(session(), *m_editing, d)));
    return created(DealRepository(session().db()).create(d));
}

} // namespace rapport
