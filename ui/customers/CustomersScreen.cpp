#include "CustomersScreen.h"

#include "analytics/ValueTiers.h"
#include "campaigns/SegmentRepository.h"
#include "campaigns/SegmentSql.h"
#include "common/EmptyState.h"
#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/TableStyle.h"
#include "customers/CustomerCommands.h"
#include "customers/CustomerPage.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "customers/NewCustomerDialog.h"
#include "importing/DataActions.h"
#include "customers/TagDialog.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

CustomersScreen::CustomersScreen(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new CustomerTableModel(session.db(), this)),
      m_stack(new QStackedWidget(this)), m_debounce(new QTimer(this)), m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("customersScreen"));
    m_stack->setObjectName(QStringLiteral("customersStack"));
    m_model->setCurrency(session.currency());
    m_page = new CustomerPage(session, m_stack);
    m_stack->addWidget(buildList());
    m_stack->addWidget(m_page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_debounce, &QTimer::timeout, this, &CustomersScreen::applyFilter);
    connect(m_refresh, &QTimer::timeout, m_model, &CustomerTableModel::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &CustomersScreen::applyFilter);
    connect(m_page, &CustomerPage::backRequested, this, &CustomersScreen::showList);
    connect(m_page, &CustomerPage::customerGone, this, &CustomersScreen::showList);
    connect(session.db().notifier(), &ChangeNotifier::changed, this, &CustomersScreen::onChanged);
    connect(m_model, &CustomerTableModel::totalChanged, this, &CustomersScreen::updateState);
    connect(m_model, &CustomerTableModel::loadFailed, &m_session, &Session::reportError);

    // The list is read when the screen is first shown, so start-up on another screen stays quick.
}

void CustomersScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void CustomersScreen::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    reloadTags();
    reloadSegments();
    applyFilter();
}

QWidget* CustomersScreen::buildList()
{
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("customerListPage"));

    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("customerCount"));
    auto* add = new QPushButton(Icons::get(QStringLiteral("new")), tr("New Customer"), page);
    add->setObjectName(QStringLiteral("newCustomerButton"));
    connect(add, &QPushButton::clicked, this, &CustomersScreen::newCustomer);

    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("customerFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, company, email or phone"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(200);
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("People and companies"), QString());
    m_kind->addItem(tr("People"), QStringLiteral("person"));
    m_kind->addItem(tr("Companies"), QStringLiteral("company"));
    m_tag = new QComboBox(page);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tier = new QComboBox(page);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_tier->addItem(tr("All tiers"), QString());
    for (ValueTier t : {ValueTier::Important, ValueTier::Major, ValueTier::General, ValueTier::AtRisk})
        m_tier->addItem(ValueTiers::tierName(t), valueTierKey(t));
    m_tier->addItem(tr("No tier"), QStringLiteral("none"));
    m_tier->setToolTip(tr("Value tiers come from won deals of the last 24 months; see Reports › Customer value tiers."));
    m_segment = new QComboBox(page);
    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_segment->setToolTip(tr("Show only the customers of a saved segment (Campaigns screen)."));
    m_archived = new QComboBox(page);
    m_archived->setObjectName(QStringLiteral("archiveFilter"));
    m_archived->addItem(tr("Active"), static_cast<int>(ArchiveFilter::Active));
    m_archived->addItem(tr("Archived"), static_cast<int>(ArchiveFilter::Archived));
    m_archived->addItem(tr("All"), static_cast<int>(ArchiveFilter::All));
    for (QComboBox* box : {m_kind, m_tag, m_tier, m_segment, m_archived})
        connect(box, &QComboBox::currentIndexChanged, this, &CustomersScreen::applyFilter);

    m_tagButton = new QPushButton(Icons::get(QStringLiteral("tag")), tr("Tag…"), page);
    m_tagButton->setObjectName(QStringLiteral("tagSelectedButton"));
    m_archiveButton = new QPushButton(Icons::get(QStringLiteral("archive")), tr("Archive"), page);
    m_archiveButton->setObjectName(QStringLiteral("archiveSelectedButton"));
    m_exportButton = new QPushButton(tr("Export…"), page);
    m_exportButton->setObjectName(QStringLiteral("exportSelectedButton"));
    m_exportButton->setEnabled(false);
    m_exportButton->setToolTip(tr("Exporting to CSV and vCard arrives with the import and export feature."));
    connect(m_tagButton, &QPushButton::clicked, this, &CustomersScreen::tagSelected);
    connect(m_archiveButton, &QPushButton::clicked, this, &CustomersScreen::archiveSelected);

    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("customerTable"));
    TableStyle::apply(m_view);
    m_view->setModel(m_model);
    m_view->setIconSize(Icons::kSwatchesSize); // the tag colours beside the tags; no other column has icons
    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicator(CustomerTableModel::NameColumn, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    const int widths[] = {200, 170, 210, 130, 140, 110, 90, 120};
    for (int c = 0; c < CustomerTableModel::OpenDealsColumn; ++c)
        header->resizeSection(c, widths[c]);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CustomersScreen::onSortIndicator);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &CustomersScreen::showContextMenu);
    connect(m_view, &QTableView::activated, this, &CustomersScreen::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersScreen::updateSelectionActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersScreen::updateSelectionActions);
    auto* archiveKey = new QAction(m_view);
    archiveKey->setObjectName(QStringLiteral("archiveKeyAction"));
    archiveKey->setShortcut(QKeySequence::Delete);
    archiveKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(archiveKey);
    connect(archiveKey, &QAction::triggered, this, &CustomersScreen::archiveSelected);

    m_empty = new EmptyState(page);
    m_empty->setObjectName(QStringLiteral("customersEmpty"));
    connect(m_empty, &EmptyState::buttonClicked, this, &CustomersScreen::newCustomer);
    m_listStack = new QStackedWidget(page);
    m_listStack->setObjectName(QStringLiteral("customerListStack"));
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    // The selection's actions sit in the title row, so the filters keep the width of a 1280-pixel screen.
    auto* titleRow = ScreenHeader::create(tr("Customers"), page, m_count).row;
    titleRow->addWidget(m_tagButton);
    titleRow->addWidget(m_archiveButton);
    titleRow->addWidget(m_exportButton);
    titleRow->addSpacing(16);
    titleRow->addWidget(add);
    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(8);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_kind);
    filterRow->addWidget(m_tag);
    filterRow->addWidget(m_tier);
    filterRow->addWidget(m_segment);
    filterRow->addWidget(m_archived);

    auto* top = new QVBoxLayout;
    top->setContentsMargins(24, 16, 24, 10);
    top->setSpacing(12);
    top->addLayout(titleRow);
    top->addLayout(filterRow);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_listStack, 1);
    return page;
}

void CustomersScreen::reloadTags()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    if (auto tags = CustomerRepository(m_session.db()).allTags()) {
        for (const QString& t : tags.value())
            m_tag->addItem(t, t);
    }
    const int at = m_tag->findData(current);
    m_tag->setCurrentIndex(at >= 0 ? at : 0);
}

void CustomersScreen::reloadSegments()
{
    const qint64 current = m_segment->currentData().toLongLong();
    const QSignalBlocker block(m_segment);
    m_segment->clear();
    m_segment->addItem(tr("All segments"), 0);
    if (auto segments = SegmentRepository(m_session.db()).list()) {
        for (const Segment& s : segments.value())
            m_segment->addItem(s.name, s.id);
    }
    const int at = m_segment->findData(current);
    m_segment->setCurrentIndex(at >= 0 ? at : 0);
}

void CustomersScreen::applyFilter()
{
    m_debounce->stop();
    m_loaded = true;
    CustomerQuery q;
    q.text = m_filter->text();
    const QString kind = m_kind->currentData().toString();
    if (!kind.isEmpty())
        q.kind = customerKindFromKey(kind);
    q.tag = m_tag->currentData().toString();
    q.tier = m_tier->currentData().toString();
    if (const qint64 segmentId = m_segment->currentData().toLongLong(); segmentId > 0) {
        auto segment = SegmentRepository(m_session.db()).get(segmentId);
        auto where = segment ? SegmentSql::condition(segment.value()) : Result<SqlCondition>(segment.error());
        if (where)
            q.segment = where.take();
        else
            m_session.reportError(where.error().message);
    }
    // Segments hold active customers only, so with one chosen the archive choice does not apply.
    const bool segmentChosen = !q.segment.sql.isEmpty();
    if (segmentChosen && m_archived->currentIndex() != 0) {
        const QSignalBlocker block(m_archived);
        m_archived->setCurrentIndex(0);
    }
    m_archived->setEnabled(!segmentChosen);
    m_archived->setToolTip(segmentChosen ? tr("Segments hold active customers only.") : QString());
    q.archived = static_cast<ArchiveFilter>(m_archived->currentData().toInt());
    m_model->setFilter(q);
    m_archiveButton->setText(q.archived == ArchiveFilter::Archived ? tr("Restore") : tr("Archive"));
}

void CustomersScreen::updateState()
{
    const int total = m_model->rowCount();
    const CustomerQuery& q = m_model->query();
    m_count->setText(tr("%n customer(s)", nullptr, total));
    const bool filtered = !q.text.trimmed().isEmpty() || q.kind || !q.tag.isEmpty() || !q.tier.isEmpty() ||
                          !q.segment.sql.isEmpty() || q.archived != ArchiveFilter::Active;
    if (total > 0) {
        m_listStack->setCurrentWidget(m_view);
        return;
    }
    if (filtered) {
        m_empty->setIcon(QStringLiteral("search"));
        m_empty->setTitle(q.text.trimmed().isEmpty() ? tr("No matching customers")
                                                      : tr("No customers match “%1”").arg(q.text.trimmed()));
        m_empty->setText(tr("Check the spelling, or clear the filters to see everyone."));
        m_empty->setButtonText(QString());
    } else {
        m_empty->setIcon(QStringLiteral("customers"));
        m_empty->setTitle(tr("No customers yet"));
        m_empty->setText(tr("Add the people and companies you sell to. Everything you do with them — calls, "
                            "deals, tickets — collects on their page."));
        m_empty->setButtonText(tr("New Customer"));
    }
    m_listStack->setCurrentWidget(m_empty);
}

void CustomersScreen::updateSelectionActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_tagButton->setEnabled(any);
    m_archiveButton->setEnabled(any);
}

void CustomersScreen::onSortIndicator(int column, Qt::SortOrder order)
{
    if (!CustomerTableModel::sortFor(column)) {
        // Not a sortable column: put the indicator back where the list is really sorted.
        const QSignalBlocker block(m_view->horizontalHeader());
        for (int c = 0; c < CustomerTableModel::ColumnCount; ++c) {
            if (CustomerTableModel::sortFor(c) == m_model->query().sort) {
                m_view->horizontalHeader()->setSortIndicator(
                    c, m_model->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                break;
            }
        }
        return;
    }
    m_model->sort(column, order);
}

void CustomersScreen::onChanged(Entity entity, qint64 id, ChangeKind kind)
{
    Q_UNUSED(id)
    Q_UNUSED(kind)
    if (!m_loaded)
        return;
    if (entity == Entity::Customer || entity == Entity::Deal || entity == Entity::Activity || entity == Entity::Tag)
        m_refresh->start();
    if (entity == Entity::Customer || entity == Entity::Tag)
        QTimer::singleShot(0, this, &CustomersScreen::reloadTags);
    if (entity == Entity::Segment) {
        QTimer::singleShot(0, this, &CustomersScreen::reloadSegments);
        m_refresh->start();
    }
    if (entity == Entity::Setting)
        m_model->setCurrency(m_session.currency());
}

QList<qint64> CustomersScreen::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex& index : rows) {
        if (const qint64 id = m_model->idAt(index.row()); id > 0)
            ids << id;
    }
    return ids;
}

void CustomersScreen::tagSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    TagDialog dialog(m_session.db(), static_cast<int>(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted || dialog.tag().isEmpty())
        return;
    m_session.run(std::make_unique<TagCustomersCommand>(m_session, ids, dialog.tag()));
}

void CustomersScreen::archiveSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const bool archive = m_model->query().archived != ArchiveFilter::Archived;
    if (m_session.run(std::make_unique<ArchiveCustomersCommand>(m_session, ids, archive)))
        m_session.showMessage(archive ? tr("Archived %n customer(s). Undo brings them back.", nullptr,
                                           static_cast<int>(ids.size()))
                                      : tr("Restored %n customer(s).", nullptr, static_cast<int>(ids.size())));
}

void CustomersScreen::newCustomer()
{
    NewCustomerDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted && dialog.createdId() > 0)
        showCustomer(dialog.createdId());
}

void CustomersScreen::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectRow(index.row());
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("customerContextMenu"));
    QAction* open = menu.addAction(tr("Open"));
    open->setObjectName(QStringLiteral("openCustomerAction"));
    menu.addSeparator();
    QAction* tag = menu.addAction(Icons::get(QStringLiteral("tag")), tr("Tag…"));
    tag->setObjectName(QStringLiteral("tagCustomersAction"));
    QAction* archive = menu.addAction(Icons::get(QStringLiteral("archive")), m_archiveButton->text());
    archive->setObjectName(QStringLiteral("archiveCustomersAction"));
    QAction* exportSelection = menu.addAction(tr("Export Selection…"));
    exportSelection->setObjectName(QStringLiteral("exportSelectionAction"));
    QAction* chosen = menu.exec(m_view->viewport()->mapToGlobal(pos));
    if (chosen == exportSelection)
        DataActions::exportCustomers(this, m_session, selectedIds());
    if (chosen == open)
        openCurrent();
    else if (chosen == tag)
        tagSelected();
    else if (chosen == archive)
        archiveSelected();
}

void CustomersScreen::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (const qint64 id = index.isValid() ? m_model->idAt(index.row()) : 0; id > 0)
        m_session.openCustomer(id);
}

bool CustomersScreen::isShowingCustomer() const
{
    return m_stack->currentWidget() == m_page;
}

void CustomersScreen::showList()
{
    m_stack->setCurrentIndex(0);
    m_view->setFocus(Qt::OtherFocusReason);
}

void CustomersScreen::showCustomer(qint64 id, Session::CustomerTab tab)
{
    m_page->setCustomer(id);
    m_page->showTab(tab);
    m_stack->setCurrentWidget(m_page);
    emit customerShown(id);
}

void CustomersScreen::focusFilter()
{
    showList();
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace rapport
