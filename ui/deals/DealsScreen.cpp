#include "DealsScreen.h"

#include "Clock.h"
#include "common/EmptyState.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/TableStyle.h"
#include "customers/CustomerPicker.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "deals/DealCommands.h"
#include "deals/DealDialog.h"
#include "deals/DealOutcomeDialog.h"
#include "deals/DealPage.h"
#include "deals/DealRepository.h"
#include "deals/DealTableModel.h"
#include "deals/Pipeline.h"
#include "deals/PipelineBoard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

DealsScreen::DealsScreen(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_board(new PipelineBoard(session.db(), this)),
      m_listModel(new DealTableModel(session.db(), this)), m_page(new DealPage(session, this)),
      m_stack(new QStackedWidget(this)), m_viewStack(new QStackedWidget(this)), m_listStack(new QStackedWidget(this)),
      m_viewButtons(new QButtonGroup(this)), m_refresh(new QTimer(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("dealsScreen"));
    m_stack->setObjectName(QStringLiteral("dealsStack"));
    m_viewStack->setObjectName(QStringLiteral("dealsViewStack"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("dealCount"));
    auto* add = new QPushButton(Icons::get(QStringLiteral("new")), tr("New Deal"), this);
    add->setObjectName(QStringLiteral("newDealButton"));
    connect(add, &QPushButton::clicked, this, &DealsScreen::newDeal);
    auto* titleRow = ScreenHeader::create(tr("Deals"), this, m_count).row;
    const std::pair<View, QString> views[] = {{View::Board, tr("Board")}, {View::List, tr("List")}};
    for (const auto& [v, text] : views) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(v == View::Board ? QStringLiteral("boardViewButton") : QStringLiteral("listViewButton"));
        button->setCheckable(true);
        button->setProperty("chip", true);
        m_viewButtons->addButton(button, static_cast<int>(v));
        titleRow->addWidget(button);
    }
    titleRow->addSpacing(12);
    titleRow->addWidget(add);
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { setView(static_cast<View>(id)); });

    // List page: filters over a windowed table.
    m_listView = new QTableView(this);
    m_listView->setObjectName(QStringLiteral("dealTable"));
    TableStyle::apply(m_listView);
    m_listView->setModel(m_listModel);
    QHeaderView* header = m_listView->horizontalHeader();
    header->setSortIndicator(DealTableModel::CloseColumn, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    const int widths[] = {280, 220, 150, 130, 120};
    for (int c = 0; c < DealTableModel::AgeColumn; ++c)
        header->resizeSection(c, widths[c]);
    connect(header, &QHeaderView::sortIndicatorChanged, m_listModel, &DealTableModel::sort);
    connect(m_listView, &QTableView::activated, this,
            [this](const QModelIndex& index) { showDeal(index.data(DealTableModel::IdRole).toLongLong()); });
    connect(m_listModel, &DealTableModel::totalChanged, this, &DealsScreen::updateCount);
    connect(m_listModel, &DealTableModel::loadFailed, &m_session, &Session::reportError);
    m_listEmpty = new EmptyState(this);
    m_listEmpty->setObjectName(QStringLiteral("dealsEmpty"));
    m_listEmpty->setIcon(QStringLiteral("search"));
    m_listEmpty->setTitle(tr("No matching deals"));
    m_listEmpty->setText(tr("Change or clear the filters to see more deals."));
    m_listStack->addWidget(m_listView);
    m_listStack->addWidget(m_listEmpty);
    auto* listPage = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(buildFilters());
    listLayout->addWidget(m_listStack, 1);

    m_boardEmpty = new EmptyState(this);
    m_boardEmpty->setObjectName(QStringLiteral("boardEmpty"));
    m_boardEmpty->setIcon(QStringLiteral("deals"));
    m_boardEmpty->setTitle(tr("No open deals"));
    m_boardEmpty->setText(tr("A deal is a sale in the making: a quote asked for, an order under discussion. Add "
                             "one and move it from stage to stage until it is won."));
    m_boardEmpty->setButtonText(tr("New Deal"));
    connect(m_boardEmpty, &EmptyState::buttonClicked, this, &DealsScreen::newDeal);
    m_boardStack = new QStackedWidget(this);
    m_boardStack->setObjectName(QStringLiteral("boardStack"));
    m_boardStack->addWidget(m_board);
    m_boardStack->addWidget(m_boardEmpty);
    m_viewStack->addWidget(m_boardStack);
    m_viewStack->addWidget(listPage);
    connect(m_board, &PipelineBoard::moveRequested, this, &DealsScreen::moveDeal);
    connect(m_board, &PipelineBoard::dealActivated, this, &DealsScreen::showDeal);
    connect(m_board, &PipelineBoard::loadFailed, &m_session, &Session::reportError);

    auto* overview = new QWidget(this);
    overview->setObjectName(QStringLiteral("dealsOverview"));
    auto* top = new QVBoxLayout;
    top->setContentsMargins(24, 16, 24, 10);
    top->addLayout(titleRow);
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->setSpacing(0);
    overviewLayout->addLayout(top);
    overviewLayout->addWidget(m_viewStack, 1);
    m_stack->addWidget(overview);
    m_stack->addWidget(m_page);
    connect(m_page, &DealPage::backRequested, this, &DealsScreen::showOverview);
    connect(m_page, &DealPage::dealGone, this, &DealsScreen::showOverview);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &DealsScreen::reloadVisible);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &DealsScreen::applyFilter);
    connect(session.db().notifier(), &ChangeNotifier::changed, this, &DealsScreen::onChanged);

    const View saved =
        QSettings().value(QStringLiteral("deals/view")).toString() == QStringLiteral("list") ? View::List : View::Board;
    m_viewButtons->button(static_cast<int>(saved))->setChecked(true);
    m_viewStack->setCurrentIndex(static_cast<int>(saved));
    m_filters->setVisible(saved == View::List);
}

QWidget* DealsScreen::buildFilters()
{
    m_filters = new QWidget(this);
    m_filters->setObjectName(QStringLiteral("dealFilters"));
    m_text = new QLineEdit(m_filters);
    m_text->setObjectName(QStringLiteral("dealFilter"));
    m_text->setPlaceholderText(tr("Filter by deal title"));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_stage = new QComboBox(m_filters);
    m_stage->setObjectName(QStringLiteral("dealStageFilter"));
    m_status = new QComboBox(m_filters);
    m_status->setObjectName(QStringLiteral("dealStatusFilter"));
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Won"), QStringLiteral("won"));
    m_status->addItem(tr("Lost"), QStringLiteral("lost"));
    m_status->addItem(tr("Any status"), QString());
    m_month = new QComboBox(m_filters);
    m_month->setObjectName(QStringLiteral("dealMonthFilter"));
    m_month->addItem(tr("Any close month"), QDate());
    const QDate first = Clock::todayLocal().addDays(1 - Clock::todayLocal().day());
    for (int i = -6; i <= 12; ++i) {
        const QDate month = first.addMonths(i);
        m_month->addItem(QLocale().toString(month, QStringLiteral("MMMM yyyy")), month);
    }
    m_customer = new CustomerPicker(m_session.db(), std::nullopt, m_filters);
    m_customer->setObjectName(QStringLiteral("dealCustomerFilter"));
    m_customer->lineEdit()->setPlaceholderText(tr("Any customer"));
    m_customer->setMinimumWidth(180);
    m_minAmount = new QLineEdit(m_filters);
    m_minAmount->setObjectName(QStringLiteral("dealMinAmount"));
    m_minAmount->setPlaceholderText(tr("Min amount"));
    m_maxAmount = new QLineEdit(m_filters);
    m_maxAmount->setObjectName(QStringLiteral("dealMaxAmount"));
    m_maxAmount->setPlaceholderText(tr("Max amount"));
    for (QLineEdit* e : {m_minAmount, m_maxAmount}) {
        e->setMaximumWidth(110);
        e->setAlignment(Qt::AlignRight);
        connect(e, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    }
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox* box : {m_stage, m_status, m_month})
        connect(box, &QComboBox::currentIndexChanged, this, &DealsScreen::applyFilter);
    connect(m_customer, &CustomerPicker::customerChanged, this, &DealsScreen::applyFilter);
    connect(m_customer->lineEdit(), &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && m_customer->customerId() > 0)
            m_customer->setCustomer(0, QString());
        if (text.isEmpty())
            applyFilter();
    });

    auto* row = new QHBoxLayout(m_filters);
    row->setContentsMargins(24, 0, 24, 10);
    row->setSpacing(8);
    row->addWidget(m_text, 1);
    row->addWidget(m_stage);
    row->addWidget(m_status);
    row->addWidget(m_month);
    row->addWidget(m_customer);
    row->addWidget(m_minAmount);
    row->addWidget(new QLabel(QStringLiteral("–"), m_filters));
    row->addWidget(m_maxAmount);
    return m_filters;
}

void DealsScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reloadVisible();
}

DealsScreen::View DealsScreen::view() const
{
    return static_cast<View>(m_viewStack->currentIndex());
}

bool DealsScreen::isShowingDeal() const
{
    return m_stack->currentWidget() == m_page;
}

void DealsScreen::setView(View view)
{
    m_viewButtons->button(static_cast<int>(view))->setChecked(true);
    m_viewStack->setCurrentIndex(static_cast<int>(view));
    m_filters->setVisible(view == View::List);
    QSettings().setValue(QStringLiteral("deals/view"),
                         view == View::List ? QStringLiteral("list") : QStringLiteral("board"));
    m_dirty = true;
    showOverview();
}

void DealsScreen::showOverview()
{
    m_stack->setCurrentIndex(0);
    if (m_dirty)
        reloadVisible();
}

void DealsScreen::showDeal(qint64 id)
{
    if (id <= 0)
        return;
    m_page->setDeal(id);
    m_stack->setCurrentWidget(m_page);
    emit dealShown(id);
}

void DealsScreen::reloadVisible()
{
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_board->setBusinessCurrency(m_session.currency());
    m_listModel->setRottingDays(Pipeline(m_session.db()).rottingDays());
    if (view() == View::Board) {
        m_board->reload();
    } else {
        // The stage filter lists the current stages.
        const qint64 stage = m_stage->currentData().toLongLong();
        const QSignalBlocker block(m_stage);
        m_stage->clear();
        m_stage->addItem(tr("All stages"), 0);
        if (auto stages = DealRepository(m_session.db()).stages()) {
            for (const PipelineStage& s : stages.value())
                m_stage->addItem(Format::stageName(s.name), s.id);
        }
        m_stage->setCurrentIndex(qMax(0, m_stage->findData(stage)));
        if (!m_listLoaded) {
            m_listLoaded = true;
            applyFilter();
        } else {
            m_listModel->refresh();
        }
    }
    updateCount();
}

void DealsScreen::applyFilter()
{
    m_debounce->stop();
    DealQuery q;
    q.text = m_text->text();
    q.stageId = m_stage->currentData().toLongLong();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        q.status = dealStatusFromKey(status);
    if (const QDate month = m_month->currentData().toDate(); month.isValid()) {
        q.closeFrom = month;
        q.closeTo = month.addMonths(1).addDays(-1);
    }
    q.customerId = m_customer->customerId();
    const QString currency = m_session.currency();
    qint64 minor = 0;
    if (Format::parseMoney(m_minAmount->text(), currency, &minor) && !m_minAmount->text().trimmed().isEmpty())
        q.minAmount = minor;
    if (Format::parseMoney(m_maxAmount->text(), currency, &minor) && !m_maxAmount->text().trimmed().isEmpty())
        q.maxAmount = minor;
    m_listModel->setFilter(q);
}

void DealsScreen::updateCount()
{
    if (view() == View::List) {
        const int n = m_listModel->rowCount();
        m_count->setText(tr("%n deal(s)", nullptr, n));
        m_listStack->setCurrentIndex(n > 0 ? 0 : 1);
        return;
    }
    auto summaries = Pipeline(m_session.db()).summaries();
    if (!summaries)
        return;
    int open = 0;
    QMap<QString, qint64> weighted;
    for (const StageSummary& s : summaries.value()) {
        open += s.count;
        for (auto it = s.weightedByCurrency.cbegin(); it != s.weightedByCurrency.cend(); ++it)
            weighted[it.key()] += it.value();
    }
    m_boardStack->setCurrentIndex(open > 0 ? 0 : 1);
    const QString currency = m_session.currency();
    m_count->setText(
        tr("%n open deal(s) · weighted %1", nullptr, open).arg(Format::money(weighted.value(currency), currency)));
}

void DealsScreen::onChanged(Entity entity, qint64 id, ChangeKind kind)
{
    Q_UNUSED(id)
    Q_UNUSED(kind)
    if (entity == Entity::Deal || entity == Entity::Stage || entity == Entity::Customer || entity == Entity::Setting) {
        m_dirty = true;
        if (!isShowingDeal())
            m_refresh->start();
    }
}

void DealsScreen::moveDeal(qint64 dealId, qint64 toStageId)
{
    DealRepository deals(m_session.db());
    auto deal = deals.get(dealId);
    auto stage = deals.stage(toStageId);
    if (!deal || !stage) {
        m_session.reportError(!deal ? deal.error().message : stage.error().message);
        return;
    }
    if (deal.value().stageId == toStageId)
        return;
    QDateTime closedAt;
    QString reason;
    if (stage.value().kind != DealStatus::Open) {
        DealOutcomeDialog dialog(deal.value(), stage.value().kind, this);
        if (dialog.exec() != QDialog::Accepted) {
            m_board->followDeal(0);
            return;
        }
        closedAt = dialog.closedAt();
        reason = dialog.lostReason();
    }
    if (m_session.run(std::make_unique<MoveDealCommand>(m_session, deal.value(), stage.value(), closedAt, reason)))
        m_session.showMessage(tr("Moved “%1” to %2. Undo with %3.")
                                  .arg(deal.value().title, Format::stageName(stage.value().name),
                                       QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void DealsScreen::newDeal()
{
    DealDialog dialog(m_session, 0, QString(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.createdId() > 0)
        m_board->followDeal(dialog.createdId());
}

} // namespace rapport
