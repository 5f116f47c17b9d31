#include "CampaignDialog.h"

#include "SegmentEditor.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/SegmentRepository.h"
#include "common/Format.h"
#include "common/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {
namespace {

// A date edit that may be left empty: its minimum date stands for "no date" and shows as blank.
QDateEdit* optionalDateEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

CampaignDialog::CampaignDialog(Session& session, qint64 campaignId, QWidget* parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)), m_channel(new QComboBox(this)),
      m_budget(new QLineEdit(this)), m_currency(new QComboBox(this)), m_starts(optionalDateEdit(this, QStringLiteral("campaignStarts"))),
      m_ends(optionalDateEdit(this, QStringLiteral("campaignEnds"))), m_segment(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("campaignDialog"));
    setWindowTitle(campaignId > 0 ? tr("Edit campaign") : tr("New campaign"));
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_channel->setObjectName(QStringLiteral("campaignChannel"));
    m_budget->setObjectName(QStringLiteral("campaignBudget"));
    m_currency->setObjectName(QStringLiteral("campaignCurrency"));
    m_segment->setObjectName(QStringLiteral("campaignSegment"));
    m_notes->setObjectName(QStringLiteral("campaignNotes"));
    m_error->setObjectName(QStringLiteral("campaignError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    for (CampaignChannel c : CampaignText::channels())
        m_channel->addItem(CampaignText::channelName(c), static_cast<int>(c));
    m_currency->addItems(Format::commonCurrencies());
    m_currency->setEditable(true);
    m_budget->setPlaceholderText(tr("0"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(72);

    m_campaign.currency = session.currency();
    if (campaignId > 0) {
        auto loaded = CampaignRepository(session.db()).get(campaignId);
        if (loaded)
            m_campaign = loaded.take();
        else
            showError(loaded.error().message);
    }
    m_name->setText(m_campaign.name);
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(m_campaign.channel)));
    m_currency->setCurrentText(m_campaign.currency);
    if (m_campaign.budgetMinor > 0) {
        const int decimals = Format::currencyDecimals(m_campaign.currency);
        double scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        m_budget->setText(QLocale().toString(static_cast<double>(m_campaign.budgetMinor) / scale, 'f', decimals));
    }
    if (m_campaign.startsOn.isValid())
        m_starts->setDate(m_campaign.startsOn);
    if (m_campaign.endsOn.isValid())
        m_ends->setDate(m_campaign.endsOn);
    m_notes->setPlainText(m_campaign.notes);
    fillSegments(m_campaign.segmentId);

    auto* newSegment = new QPushButton(tr("New segment…"), this);
    newSegment->setObjectName(QStringLiteral("campaignNewSegment"));
    connect(newSegment, &QPushButton::clicked, this, [this] {
        SegmentEditor editor(m_session, 0, this);
        if (editor.exec() == QDialog::Accepted)
            fillSegments(editor.savedId());
    });
    auto* segmentLine = new QHBoxLayout;
    segmentLine->addWidget(m_segment, 1);
    segmentLine->addWidget(newSegment);
    auto* budgetLine = new QHBoxLayout;
    budgetLine->addWidget(m_budget, 1);
    budgetLine->addWidget(m_currency);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_starts, 1);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_ends, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Budget:"), budgetLine);
    form->addRow(tr("Runs from:"), dates);
    form->addRow(tr("Target segment:"), segmentLine);
    form->addRow(tr("Notes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("campaignButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void CampaignDialog::fillSegments(qint64 select)
{
    m_segment->clear();
    m_segment->addItem(tr("No segment (add customers later)"), 0);
    if (auto segments = SegmentRepository(m_session.db()).list()) {
        for (const Segment& s : segments.value())
            m_segment->addItem(s.name, s.id);
    }
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(select)));
}

void CampaignDialog::setSegment(qint64 segmentId)
{
    fillSegments(segmentId);
}

QString CampaignDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CampaignDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CampaignDialog::accept()
{
    Campaign c = m_campaign;
    c.name = m_name->text();
    c.channel = static_cast<CampaignChannel>(m_channel->currentData().toInt());
    c.currency = m_currency->currentText().trimmed().toUpper();
    c.budgetMinor = 0;
    if (!m_budget->text().trimmed().isEmpty() && !Format::parseMoney(m_budget->text(), c.currency, &c.budgetMinor))
        return showError(tr("\"%1\" is not an amount.").arg(m_budget->text()));
    c.startsOn = dateOf(m_starts);
    c.endsOn = dateOf(m_ends);
    c.segmentId = m_segment->currentData().toLongLong();
    c.notes = m_notes->toPlainText();
    CampaignRepository repo(m_session.db());
    if (c.id > 0) {
        if (auto updated = repo.update(c); !updated)
            return showError(updated.error().message);
    } else {
        auto created = repo.create(c);
        if (!created)
            return showError(created.error().message);
        c.id = created.value();
    }
    m_campaign = c;
    QDialog::accept();
}

} // namespace rapport
