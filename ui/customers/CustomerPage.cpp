#include "CustomerPage.h"

#include "activities/ActivityDialog.h"
#include "activities/ActivityRepository.h"
#include "common/EmptyState.h"
#include "common/Icons.h"
#include "common/TableStyle.h"
#include "customers/CustomerCommands.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerHeader.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "customers/HistoryModel.h"
#include "customers/TimelineDelegate.h"
#include "customers/TimelineModel.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "deals/DealDialog.h"
#include "deals/DealListModel.h"
#include "deals/DealRepository.h"
#include "tasks/TaskCommands.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTableModel.h"
#include "tickets/TicketDialog.h"
#include "tickets/TicketListModel.h"
#include "tickets/TicketRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

CustomerPage::CustomerPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_refresh(new QTimer(this)), m_modes(new QStackedWidget(this)),
      m_timeline(new TimelineModel(session.db(), this)), m_people(new CustomerTableModel(session.db(), this)),
      m_deals(new DealListModel(session.db(), this)), m_tickets(new TicketListModel(session.db(), this)),
      m_tasks(new TaskTableModel(session.db(), this)), m_history(new HistoryModel(session.db(), this))
{
    setObjectName(QStringLiteral("customerPage"));
    m_modes->setObjectName(QStringLiteral("customerPageModes"));
    m_modes->addWidget(buildViewPage());
    m_modes->addWidget(buildEditPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_modes);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &CustomerPage::reloadTabs);
    connect(session.db().notifier(), &ChangeNotifier::changed, this, &CustomerPage::onChanged);
    connect(m_tasks, &TaskTableModel::doneToggled, this, &CustomerPage::onTaskToggled);
}

QWidget* CustomerPage::buildViewPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("customerViewPage"));

    m_back = new QPushButton(QStringLiteral("‹  ") + tr("Customers"), page);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setFlat(true);
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(tr("Back to the customer list"));
    m_edit = new QPushButton(Icons::get(QStringLiteral("edit")), tr("Edit"), page);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_more = new QToolButton(page);
    m_more->setObjectName(QStringLiteral("moreButton"));
    m_more->setText(tr("More") + QStringLiteral(" ▾"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* moreMenu = new QMenu(m_more);
    moreMenu->setObjectName(QStringLiteral("customerMoreMenu"));
    QAction* archive = moreMenu->addAction(Icons::get(QStringLiteral("archive")), tr("Archive / Restore"));
    archive->setObjectName(QStringLiteral("archiveCustomerAction"));
    QAction* remove = moreMenu->addAction(Icons::get(QStringLiteral("delete")), tr("Delete…"));
    remove->setObjectName(QStringLiteral("deleteCustomerAction"));
    m_more->setMenu(moreMenu);
    connect(m_back, &QPushButton::clicked, this, &CustomerPage::backRequested);
    connect(m_edit, &QPushButton::clicked, this, &CustomerPage::startEdit);
    connect(archive, &QAction::triggered, this, &CustomerPage::toggleArchived);
    connect(remove, &QAction::triggered, this, &CustomerPage::deleteCustomer);
    connect(moreMenu, &QMenu::aboutToShow, archive, [this, archive] {
        archive->setText(m_customer.isArchived() ? tr("Restore from archive") : tr("Archive"));
    });

    auto* nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addStretch();
    nav->addWidget(m_edit);
    nav->addWidget(m_more);

    m_header = new CustomerHeader(page);
    connect(m_header, &CustomerHeader::companyClicked, this, [this](qint64 id) { m_session.openCustomer(id); });

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_tabs->setDocumentMode(true);

    m_timelineView = new QListView(page);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setUniformItemSizes(true);
    m_timelineView->setFrameShape(QFrame::NoFrame);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_timelineView, &QListView::customContextMenuRequested, this, &CustomerPage::showTimelineMenu);
    connect(m_timelineView, &QListView::activated, this, &CustomerPage::openTimelineEntry);
    m_timelineEmpty = new EmptyState(page);
    m_timelineEmpty->setObjectName(QStringLiteral("timelineEmpty"));
    m_timelineEmpty->setIcon(QStringLiteral("message"));
    m_timelineEmpty->setTitle(tr("Nothing here yet"));
    m_timelineEmpty->setText(tr("Calls, emails, meetings and notes you log appear here, together with deals, "
                                "tickets and finished tasks."));
    m_timelineStack = new QStackedWidget(page);
    m_timelineStack->setObjectName(QStringLiteral("timelineStack"));
    m_timelineStack->addWidget(m_timelineView);
    m_timelineStack->addWidget(m_timelineEmpty);

    m_peopleView = makeTable("peopleView");
    m_peopleView->setModel(m_people);
    for (int c : {CustomerTableModel::CompanyColumn, CustomerTableModel::TagsColumn, CustomerTableModel::ValueColumn,
                  CustomerTableModel::OpenDealsColumn})
        m_peopleView->hideColumn(c);
    connect(m_peopleView, &QTableView::activated, this,
            [this](const QModelIndex& index) { m_session.openCustomer(m_people->idAt(index.row())); });
    m_dealsView = makeTable("dealsView");
    m_dealsView->setModel(m_deals);
    connect(m_dealsView, &QTableView::activated, this,
            [this](const QModelIndex& index) { m_session.openDeal(index.data(DealListModel::IdRole).toLongLong()); });
    m_ticketsView = makeTable("ticketsView");
    m_ticketsView->setModel(m_tickets);
    connect(m_ticketsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_session.openTicket(index.data(TicketListModel::IdRole).toLongLong());
    });
    m_tasksView = makeTable("customerTasksView");
    m_tasksView->setModel(m_tasks);
    TableStyle::fitCheckColumn(m_tasksView, TaskTableModel::DoneColumn);
    m_tasksView->hideColumn(TaskTableModel::LinkColumn);
    m_historyView = makeTable("historyView");
    m_historyView->setModel(m_history);
    m_historyView->setWordWrap(false);

    m_tabs->addTab(m_timelineStack, tr("Timeline"));
    m_tabs->addTab(m_peopleView, tr("People"));
    m_tabs->addTab(m_dealsView, tr("Deals"));
    m_tabs->addTab(m_ticketsView, tr("Tickets"));
    m_tabs->addTab(m_tasksView, tr("Tasks"));
    m_tabs->addTab(m_historyView, tr("History"));

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 10, 24, 12);
    layout->setSpacing(12);
    layout->addLayout(nav);
    layout->addWidget(m_header);
    layout->addWidget(buildActions());
    layout->addWidget(m_tabs, 1);
    return page;
}

QWidget* CustomerPage::buildActions()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("quickActions"));
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    struct Action
    {
        const char* name;
        const char* icon;
        QString text;
    };
    const Action actions[] = {
        {"logCallButton", "call", tr("Log Call")},     {"logEmailButton", "email", tr("Log Email")},
        {"logMeetingButton", "meeting", tr("Log Meeting")}, {"addNoteButton", "note", tr("Add Note")},
        {"addTaskButton", "tasks", tr("Add Task")},    {"newDealButton", "deals", tr("New Deal")},
        {"newTicketButton", "tickets", tr("New Ticket")},
    };
    int i = 0;
    for (const Action& a : actions) {
        auto* button = new QPushButton(Icons::get(QString::fromLatin1(a.icon)), a.text, bar);
        button->setObjectName(QString::fromLatin1(a.name));
        if (i == 4)
            row->addSpacing(14);
        row->addWidget(button);
        switch (i++) {
        case 0: connect(button, &QPushButton::clicked, this, [this] { logActivity(ActivityKind::Call); }); break;
        case 1: connect(button, &QPushButton::clicked, this, [this] { logActivity(ActivityKind::Email); }); break;
        case 2: connect(button, &QPushButton::clicked, this, [this] { logActivity(ActivityKind::Meeting); }); break;
        case 3: connect(button, &QPushButton::clicked, this, [this] { logActivity(ActivityKind::Note); }); break;
        case 4: connect(button, &QPushButton::clicked, this, &CustomerPage::addTask); break;
        case 5: connect(button, &QPushButton::clicked, this, &CustomerPage::newDeal); break;
        default: connect(button, &QPushButton::clicked, this, &CustomerPage::newTicket); break;
        }
    }
    row->addStretch();
    return bar;
}

QWidget* CustomerPage::buildEditPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("customerEditPage"));
    m_form = new CustomerForm(m_session.db(), page);
    auto* scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("customerEditScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* holder = new QWidget(scroll);
    holder->setObjectName(QStringLiteral("customerEditHolder"));
    holder->setBackgroundRole(QPalette::Base);
    holder->setAutoFillBackground(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_form);
    row->addStretch();
    m_form->setMaximumWidth(680);
    auto* holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addLayout(row);
    holderLayout->addStretch();
    scroll->setWidget(holder);

    auto* title = new QLabel(tr("Edit Customer"), page);
    title->setObjectName(QStringLiteral("editTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    m_save = new QPushButton(tr("Save"), page);
    m_save->setObjectName(QStringLiteral("saveEditButton"));
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cancelEditButton"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_save, &QPushButton::clicked, this, &CustomerPage::saveEdit);
    connect(m_cancel, &QPushButton::clicked, this, &CustomerPage::cancelEdit);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_cancel);
    top->addWidget(m_save);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 14, 24, 12);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    return page;
}

QTableView* CustomerPage::makeTable(const char* name)
{
    auto* view = new QTableView(this);
    view->setObjectName(QString::fromLatin1(name));
    TableStyle::apply(view);
    return view;
}

void CustomerPage::setCustomer(qint64 id)
{
    if (isEditing())
        cancelEdit();
    m_customer = Customer{};
    m_customer.id = id;
    reloadCustomer();
    reloadTabs();
    m_tabs->setCurrentIndex(0);
}

void CustomerPage::reloadCustomer()
{
    m_dirtyCustomer = false;
    auto found = CustomerRepository(m_session.db()).get(m_customer.id);
    if (!found) {
        if (found.error().code == QStringLiteral("not_found"))
            emit customerGone();
        else
            m_session.reportError(found.error().message);
        return;
    }
    m_customer = found.take();
    int people = 0;
    if (m_customer.kind == CustomerKind::Company) {
        CustomerQuery q;
        q.companyId = m_customer.id;
        if (auto n = CustomerRepository(m_session.db()).count(q))
            people = n.value();
    }
    m_header->setCustomer(m_customer, m_session.currency(), people);
}

void CustomerPage::reloadTabs()
{
    m_dirtyTabs = false;
    const qint64 id = m_customer.id;
    const bool company = m_customer.kind == CustomerKind::Company;
    m_timeline->setCustomer(id);
    m_timelineStack->setCurrentIndex(m_timeline->rowCount() > 0 ? 0 : 1);
    CustomerQuery people;
    people.companyId = id;
    m_people->setActive(company);
    m_people->setFilter(people);
    m_people->setCurrency(m_session.currency());
    m_tabs->setTabVisible(1, company);
    m_deals->setCustomer(id);
    m_tickets->setCustomer(id);
    TaskQuery tasks;
    tasks.due = TaskDue::All;
    tasks.customerId = id;
    m_tasks->setQuery(tasks);
    m_history->setRecord(QStringLiteral("customer"), id);
    updateTabTitles();
}

void CustomerPage::updateTabTitles()
{
    auto titled = [](const QString& name, int n) { return n > 0 ? QStringLiteral("%1 (%2)").arg(name).arg(n) : name; };
    m_tabs->setTabText(1, titled(tr("People"), m_people->rowCount()));
    m_tabs->setTabText(2, titled(tr("Deals"), m_deals->rowCount()));
    m_tabs->setTabText(3, titled(tr("Tickets"), m_tickets->rowCount()));
    m_tabs->setTabText(4, titled(tr("Tasks"), m_tasks->rowCount()));
}

void CustomerPage::showTab(Session::CustomerTab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void CustomerPage::onChanged(Entity entity, qint64 id, ChangeKind kind)
{
    if (m_customer.id <= 0)
        return;
    if (entity == Entity::Customer && id == m_customer.id) {
        if (kind == ChangeKind::Deleted) {
            emit customerGone();
            return;
        }
        if (!isEditing())
            reloadCustomer();
        m_refresh->start();
        return;
    }
    // A deal, ticket, activity or task may belong to this customer: re-read (cheap, bounded queries),
    // once for a burst of changes. Won deals and activities also change the header's figures.
    if (entity == Entity::Deal || entity == Entity::Activity || entity == Entity::Ticket || entity == Entity::Task ||
        entity == Entity::Customer || entity == Entity::Tag) {
        if (!isEditing() && (entity == Entity::Deal || entity == Entity::Activity))
            reloadCustomer();
        m_refresh->start();
    }
}

void CustomerPage::onTaskToggled(const Task& task, bool done)
{
    m_session.run(std::make_unique<TaskDoneCommand>(m_session, task, done));
}

void CustomerPage::logActivity(ActivityKind kind)
{
    ActivityDialog dialog(m_session, kind, m_customer.id, m_customer.name, this);
    if (dialog.exec() == QDialog::Accepted)
        m_tabs->setCurrentIndex(0);
}

void CustomerPage::addTask()
{
    TaskDialog dialog(m_session, m_customer.id, m_customer.name, this);
    if (dialog.exec() == QDialog::Accepted)
        m_tabs->setCurrentIndex(static_cast<int>(Session::CustomerTab::Tasks));
}

void CustomerPage::newDeal()
{
    DealDialog dialog(m_session, m_customer.id, m_customer.name, this);
    if (dialog.exec() == QDialog::Accepted)
        m_tabs->setCurrentIndex(static_cast<int>(Session::CustomerTab::Deals));
}

void CustomerPage::newTicket()
{
    TicketDialog dialog(m_session, m_customer.id, m_customer.name, this);
    if (dialog.exec() == QDialog::Accepted)
        m_tabs->setCurrentIndex(static_cast<int>(Session::CustomerTab::Tickets));
}

bool CustomerPage::isEditing() const
{
    return m_modes->currentIndex() == 1;
}

void CustomerPage::startEdit()
{
    m_form->setCustomer(m_customer);
    m_modes->setCurrentIndex(1);
    m_form->focusName();
}

void CustomerPage::saveEdit()
{
    if (!m_form->validate())
        return;
    const Customer after = m_form->customer();
    if (auto done = m_session.apply(std::make_unique<EditCustomerCommand>(m_session, m_customer, after)); !done) {
        m_form->showError(done.error().message);
        return;
    }
    m_modes->setCurrentIndex(0);
    reloadCustomer();
}

void CustomerPage::cancelEdit()
{
    m_form->clearError();
    m_modes->setCurrentIndex(0);
}

void CustomerPage::toggleArchived()
{
    m_session.run(std::make_unique<ArchiveCustomersCommand>(m_session, QList<qint64>{m_customer.id},
                                                            !m_customer.isArchived()));
}

void CustomerPage::deleteCustomer()
{
    Database& db = m_session.db();
    DealQuery deals;
    deals.customerId = m_customer.id;
    deals.includeArchived = true;
    TicketQuery tickets;
    tickets.customerId = m_customer.id;
    tickets.includeArchived = true;
    ActivityQuery activities;
    activities.customerId = m_customer.id;
    TaskQuery tasks;
    tasks.due = TaskDue::All;
    tasks.customerId = m_customer.id;
    CustomerQuery people;
    people.companyId = m_customer.id;
    people.archived = ArchiveFilter::All;
    // A count that cannot be read is treated as "something attached", so the owner is asked.
    auto orOne = [](const Result<int>& n) { return n.ok() ? n.value() : 1; };
    const int nDeals = orOne(DealRepository(db).count(deals));
    const int nTickets = orOne(TicketRepository(db).count(tickets));
    const int nActivities = orOne(ActivityRepository(db).count(activities));
    const int nTasks = orOne(TaskRepository(db).count(tasks));
    const int nPeople = orOne(CustomerRepository(db).count(people));
    if (nDeals + nTickets + nActivities + nTasks + nPeople == 0) {
        // Nothing attached: deleting can be undone, so no question asked.
        if (m_session.run(std::make_unique<DeleteCustomerCommand>(m_session, m_customer)))
            emit customerGone();
        return;
    }
    QStringList what;
    if (nDeals > 0)
        what << tr("%n deal(s)", nullptr, nDeals);
    if (nTickets > 0)
        what << tr("%n ticket(s)", nullptr, nTickets);
    if (nActivities > 0)
        what << tr("%n timeline entry(s)", nullptr, nActivities);
    if (nTasks > 0)
        what << tr("%n task(s)", nullptr, nTasks);
    QString text = tr("Deleting “%1” also deletes %2. This cannot be undone.")
                       .arg(m_customer.name, QLocale().createSeparatedList(what));
    if (what.isEmpty())
        text = tr("Delete “%1”? This cannot be undone.").arg(m_customer.name);
    if (nPeople > 0)
        text += QLatin1Char(' ') + tr("The %n person(s) at this company will stay, without a company.", nullptr, nPeople);
    QMessageBox box(QMessageBox::Warning, tr("Delete Customer"), text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDeleteBox"));
    box.setInformativeText(tr("Archiving keeps everything and can be undone."));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (auto removed = CustomerRepository(db).remove(m_customer.id); !removed) {
        m_session.reportError(removed.error().message);
        return;
    }
    emit customerGone();
}

void CustomerPage::openTimelineEntry(const QModelIndex& index)
{
    const TimelineEntry* entry = m_timeline->entryAt(index.row());
    if (!entry)
        return;
    switch (entry->kind) {
    case TimelineEntry::Kind::StageChange: m_session.openDeal(entry->dealId); break;
    case TimelineEntry::Kind::TicketOpened:
    case TimelineEntry::Kind::TicketResolved: m_session.openTicket(entry->ticketId); break;
    case TimelineEntry::Kind::TaskDone: showTab(Session::CustomerTab::Tasks); break;
    case TimelineEntry::Kind::Activity: break;
    }
}

void CustomerPage::showTimelineMenu(const QPoint& pos)
{
    const QModelIndex index = m_timelineView->indexAt(pos);
    const TimelineEntry* entry = m_timeline->entryAt(index.row());
    if (!entry || entry->kind != TimelineEntry::Kind::Activity)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("timelineMenu"));
    QAction* remove = menu.addAction(Icons::get(QStringLiteral("delete")), tr("Delete Entry"));
    remove->setObjectName(QStringLiteral("deleteEntryAction"));
    if (menu.exec(m_timelineView->viewport()->mapToGlobal(pos)) != remove)
        return;
    auto activity = ActivityRepository(m_session.db()).get(entry->id);
    if (!activity) {
        m_session.reportError(activity.error().message);
        return;
    }
    m_session.run(std::make_unique<DeleteActivityCommand>(m_session, activity.take()));
}

} // namespace rapport
