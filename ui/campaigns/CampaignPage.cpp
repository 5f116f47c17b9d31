#include "CampaignPage.h"

#include "CampaignDialog.h"
#include "MailtoDialog.h"
#include "MemberTableModel.h"
#include "campaigns/AudienceExport.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/SegmentRepository.h"
#include "common/Format.h"
#include "common/Session.h"
#include "common/TableStyle.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "reports/ChartFactory.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport {
namespace {

QString percent(const Ratio& r)
{
    return r.defined() ? QLocale().toString(100.0 * r.value(), 'f', 1) + QLocale().percent() : QStringLiteral("–");
}

} // namespace

CampaignPage::CampaignPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_details(new QLabel(this)),
      m_archive(new QPushButton(this)), m_figures(new QWidget(this)), m_chart(new QChartView(this)),
      m_filter(new QComboBox(this)), m_bulkStatus(new QComboBox(this)), m_table(new QTableView(this)),
      m_model(new MemberTableModel(session.db(), this)), m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("campaignPage"));
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("campaignDetails"));
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);

    auto button = [this](const QString& name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    auto* editButton = button(QStringLiteral("campaignEdit"), tr("Edit…"));
    auto* build = button(QStringLiteral("buildAudience"), tr("Build audience"));
    build->setToolTip(tr("Add the customers the target segment matches now. Customers who opted out are left out."));
    auto* csv = button(QStringLiteral("exportCsv"), tr("Export CSV…"));
    csv->setToolTip(tr("Save the audience for a mail-merge or SMS tool (opted-out customers are left out)."));
    auto* email = button(QStringLiteral("emailAudience"), tr("Email…"));
    email->setToolTip(tr("Open the audience in your mail app as BCC, in batches it accepts."));
    m_archive->setObjectName(QStringLiteral("archiveCampaign"));
    auto* del = button(QStringLiteral("deleteCampaign"), tr("Delete"));
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {editButton, build, csv, email})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_archive);
    actions->addWidget(del);

    m_figures->setObjectName(QStringLiteral("campaignFigures"));
    auto* figures = new QGridLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setHorizontalSpacing(12);
    m_audience = addFigure(QStringLiteral("resultAudience"), tr("Audience"), 0);
    m_response = addFigure(QStringLiteral("resultResponse"), tr("Response rate"), 1);
    m_conversion = addFigure(QStringLiteral("resultConversion"), tr("Conversion rate"), 2);
    m_revenue = addFigure(QStringLiteral("resultRevenue"), tr("Won revenue"), 3);
    m_cost = addFigure(QStringLiteral("resultCost"), tr("Cost per conversion"), 4);
    m_roi = addFigure(QStringLiteral("resultRoi"), tr("Return on budget"), 5);

    m_chart->setObjectName(QStringLiteral("resultsChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(170);
    m_chart->setMaximumHeight(220);

    m_filter->setObjectName(QStringLiteral("memberFilter"));
    m_filter->addItem(tr("All members"), -1);
    for (MemberStatus s : CampaignText::statuses())
        m_filter->addItem(CampaignText::statusName(s), static_cast<int>(s));
    m_bulkStatus->setObjectName(QStringLiteral("bulkStatus"));
    for (MemberStatus s : CampaignText::statuses())
        m_bulkStatus->addItem(CampaignText::statusName(s), static_cast<int>(s));
    auto* apply = button(QStringLiteral("applyStatus"), tr("Apply"));
    auto* memberBar = new QHBoxLayout;
    memberBar->addWidget(new QLabel(tr("Show:"), this));
    memberBar->addWidget(m_filter);
    memberBar->addStretch();
    memberBar->addWidget(new QLabel(tr("Mark selected as:"), this));
    memberBar->addWidget(m_bulkStatus);
    memberBar->addWidget(apply);

    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    TableStyle::apply(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::EmailColumn, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addLayout(actions);
    layout->addSpacing(6);
    layout->addWidget(m_figures);
    layout->addWidget(m_chart);
    layout->addLayout(memberBar);
    layout->addWidget(m_table, 1);

    connect(editButton, &QPushButton::clicked, this, &CampaignPage::edit);
    connect(build, &QPushButton::clicked, this, &CampaignPage::buildAudience);
    connect(csv, &QPushButton::clicked, this, &CampaignPage::exportCsv);
    connect(email, &QPushButton::clicked, this, &CampaignPage::emailAudience);
    connect(m_archive, &QPushButton::clicked, this, &CampaignPage::toggleArchived);
    connect(del, &QPushButton::clicked, this, &CampaignPage::remove);
    connect(apply, &QPushButton::clicked, this,
            [this] { markSelected(static_cast<MemberStatus>(m_bulkStatus->currentData().toInt())); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_filter->currentData().toInt();
        m_model->setCampaign(m_campaign.id, s < 0 ? std::nullopt : std::optional(static_cast<MemberStatus>(s)));
    });
    connect(m_model, &MemberTableModel::loadFailed, &m_session, &Session::reportError);
    // Many changes may come at once (an import announces every customer): one reload shortly after, and
    // none while the page is hidden (it catches up when shown).
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_reloadTimer, &QTimer::timeout, this, &CampaignPage::reload);
    connect(session.db().notifier(), &ChangeNotifier::changed, this, [this](Entity entity, qint64 id, ChangeKind) {
        if (m_campaign.id > 0 && ((entity == Entity::Campaign && id == m_campaign.id) || entity == Entity::Deal ||
                                  entity == Entity::Customer || entity == Entity::Segment)) {
            m_stale = true;
            if (isVisible())
                m_reloadTimer->start();
        }
    });
}

QLabel* CampaignPage::addFigure(const QString& objectName, const QString& caption, int column)
{
    auto* frame = new QFrame(m_figures);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* box = new QVBoxLayout(frame);
    auto* captionLabel = new QLabel(caption, frame);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* value = new QLabel(frame);
    value->setObjectName(objectName);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    value->setFont(f);
    box->addWidget(captionLabel);
    box->addWidget(value);
    static_cast<QGridLayout*>(m_figures->layout())->addWidget(frame, 0, column);
    return value;
}

void CampaignPage::setCampaign(qint64 campaignId)
{
    m_campaign.id = campaignId;
    m_filter->setCurrentIndex(0);
    m_model->setCampaign(campaignId);
    m_table->scrollToTop();
    reload();
}

void CampaignPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CampaignPage::reload()
{
    if (m_campaign.id <= 0)
        return;
    m_stale = false;
    CampaignRepository repo(m_session.db());
    auto campaign = repo.get(m_campaign.id);
    if (!campaign)
        return; // deleted meanwhile; the screen moves on
    m_campaign = campaign.take();
    QStringList details{CampaignText::channelName(m_campaign.channel)};
    if (m_campaign.startsOn.isValid() || m_campaign.endsOn.isValid())
        details << tr("%1 – %2").arg(Format::date(m_campaign.startsOn), Format::date(m_campaign.endsOn));
    details << tr("Budget %1").arg(Format::money(m_campaign.budgetMinor, m_campaign.currency));
    if (m_campaign.segmentId > 0) {
        if (auto segment = SegmentRepository(m_session.db()).get(m_campaign.segmentId))
            details << tr("Segment: %1").arg(segment.value().name);
    } else {
        details << tr("No target segment");
    }
    if (m_campaign.archivedAt.isValid())
        details << tr("Archived");
    m_title->setText(m_campaign.name);
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    m_details->setToolTip(m_campaign.notes);
    m_archive->setText(m_campaign.archivedAt.isValid() ? tr("Unarchive") : tr("Archive"));
    auto results = repo.results(m_campaign.id);
    if (!results)
        return m_session.reportError(results.error().message);
    m_results = results.take();
    showResults();
    m_model->refresh();
}

void CampaignPage::showResults()
{
    const CampaignResults& r = m_results;
    m_audience->setText(QLocale().toString(r.members));
    m_response->setText(percent(r.responseRate));
    m_conversion->setText(percent(r.conversionRate));
    m_revenue->setText(Format::money(r.wonRevenueMinor, r.currency));
    m_revenue->setToolTip(tr("%n won deal(s) attributed to this campaign", nullptr, static_cast<int>(r.wonDeals)) +
                          (r.otherCurrencyDeals > 0 ? QLatin1Char('\n') + tr("%n more in other currencies (not added)", nullptr,
                                                                             static_cast<int>(r.otherCurrencyDeals))
                                                    : QString()));
    m_cost->setText(r.costPerConversionMinor ? Format::money(*r.costPerConversionMinor, r.currency) : QStringLiteral("–"));
    m_roi->setText(r.roi ? QLocale().toString(100.0 * *r.roi, 'f', 0) + QLocale().percent() : QStringLiteral("–"));
    m_roi->setToolTip(tr("(Won revenue − budget) ÷ budget"));

    ReportChart chart;
    chart.kind = ChartKind::Bars;
    ChartSeries members(tr("Members"));
    for (MemberStatus s : CampaignText::statuses()) {
        chart.categories << CampaignText::statusName(s);
        members.values << static_cast<double>(r.byStatus[static_cast<size_t>(s)]);
    }
    chart.series << members;
    QChart* old = m_chart->chart();
    QChart* fresh = ChartFactory::create(chart);
    fresh->legend()->hide();
    m_chart->setChart(fresh);
    delete old;
}

void CampaignPage::markSelected(MemberStatus status)
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(MemberTableModel::CustomerIdRole).toLongLong();
    if (ids.isEmpty()) {
        m_session.reportError(tr("Select the members to mark first (Ctrl+A selects them all)."));
        return;
    }
    auto changed = CampaignRepository(m_session.db()).setStatus(m_campaign.id, ids, status);
    if (!changed)
        return m_session.reportError(changed.error().message);
    m_session.showMessage(tr("Marked %n member(s) as %1.", nullptr, changed.value()).arg(CampaignText::statusName(status)));
    m_table->clearSelection();
    reload();
}

void CampaignPage::edit()
{
    CampaignDialog dialog(m_session, m_campaign.id, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void CampaignPage::buildAudience()
{
    if (m_campaign.segmentId <= 0) {
        m_session.reportError(tr("Choose a target segment for the campaign first (Edit…)."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = CampaignRepository(m_session.db()).buildAudience(m_campaign.id);
    QApplication::restoreOverrideCursor();
    if (!added)
        return m_session.reportError(added.error().message);
    m_session.showMessage(tr("Added %n customer(s) to the audience.", nullptr, added.value()));
    m_model->reload();
    reload();
}

void CampaignPage::exportCsv()
{
    auto ids = AudienceExport::campaignAudience(m_session.db().connection(), m_campaign.id);
    if (!ids)
        return m_session.reportError(ids.error().message);
    const QString suggested = QDir::home().filePath(m_campaign.name + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audience"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return m_session.reportError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    auto written = AudienceExport::writeCsv(m_session.db().connection(), ids.value(), &file);
    if (!written)
        return m_session.reportError(written.error().message);
    if (!file.commit())
        return m_session.reportError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_session.showMessage(tr("Exported %n customer(s) to %1.", nullptr, written.value()).arg(QDir::toNativeSeparators(path)));
}

void CampaignPage::emailAudience()
{
    auto ids = AudienceExport::campaignAudience(m_session.db().connection(), m_campaign.id);
    if (!ids)
        return m_session.reportError(ids.error().message);
    auto links = AudienceExport::mailtoBatches(m_session.db().connection(), ids.value());
    if (!links)
        return m_session.reportError(links.error().message);
    if (links.value().isEmpty())
        return m_session.reportError(tr("Nobody in the audience has an email address (or everyone opted out)."));
    if (links.value().size() == 1) {
        QDesktopServices::openUrl(QUrl(links.value().first()));
        return;
    }
    // Several batches: the owner opens them one at a time.
    MailtoDialog dialog(links.value(), this);
    dialog.exec();
}

void CampaignPage::toggleArchived()
{
    const bool archive = !m_campaign.archivedAt.isValid();
    if (auto done = CampaignRepository(m_session.db()).setArchived(m_campaign.id, archive); !done)
        return m_session.reportError(done.error().message);
    reload();
}

void CampaignPage::remove()
{
    const auto answer = QMessageBox::question(
        this, tr("Delete campaign"),
        tr("Delete \"%1\" and its audience? Attributed deals stay, without the campaign. Archive it instead to keep "
           "its results.").arg(m_campaign.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto done = CampaignRepository(m_session.db()).remove(m_campaign.id); !done)
        return m_session.reportError(done.error().message);
    m_campaign = Campaign{};
    emit removed();
}

} // namespace rapport
