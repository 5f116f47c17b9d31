#include "MainWindow.h"

#include "activities/ActivityDialog.h"
#include "common/Background.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "customers/CustomerPage.h"
#include "customers/CustomersScreen.h"
#include "db/Database.h"
#include "deals/DealDialog.h"
#include "deals/DealRepository.h"
#include "deals/DealPage.h"
#include "deals/DealsScreen.h"
#include "reports/ReportsScreen.h"
#include "campaigns/CampaignsScreen.h"
#include "campaigns/CareScheduler.h"
#include "search/SearchWarmUp.h"
#include "shell/PlaceholderScreen.h"
#include "shell/PreferencesDialog.h"
#include "shell/SearchPopup.h"
#include "shell/Sidebar.h"
#include "tasks/TaskDialog.h"
#include "tasks/TasksScreen.h"
#include "tickets/TicketDialog.h"
#include "tickets/TicketPage.h"
#include "tickets/TicketRepository.h"
#include "tickets/TicketsScreen.h"
#include "today/TodayQueries.h"
#include "today/TodayScreen.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace rapport {

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_session(new Session(db, this)), m_sidebar(new Sidebar(this)),
      m_screens(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setUnifiedTitleAndToolBarOnMac(true);
    m_screens->setObjectName(QStringLiteral("screens"));

    m_customers = new CustomersScreen(*m_session, m_screens);
    m_search = new SearchPopup(db, this);
    new CareScheduler(*m_session, this); // customer-care rules on open and daily

    struct Entry
    {
        const char* icon;
        QString title;
    };
    const Entry entries[] = {
        {"today", tr("Today")},     {"customers", tr("Customers")}, {"deals", tr("Deals")},
        {"tickets", tr("Tickets")}, {"tasks", tr("Tasks")},         {"campaigns", tr("Campaigns")},
        {"reports", tr("Reports")},
    };
    static_assert(std::size(entries) == kScreenCount);
    int n = 1;
    for (const Entry& e : entries) {
        m_screens->addWidget(n - 1 == static_cast<int>(Screen::Customers) ? m_customers : new QWidget(m_screens));
        m_sidebar->addScreen(QString::fromLatin1(e.icon), e.title,
                             QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_0 + n++)))
                                 .toString(QKeySequence::NativeText));
    }
    m_built[static_cast<int>(Screen::Customers)] = m_customers;
    m_sidebar->setFixedWidth(m_sidebar->sizeHint().width());
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        // Before the window is shown, only remember the choice: showEvent builds the screen it shows.
        if (isVisible() && row >= 0)
            screenWidget(static_cast<Screen>(row));
        m_screens->setCurrentIndex(row);
    });
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::updateTitle);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_screens, 1);
    setCentralWidget(central);

    buildMenus();
    buildToolBar();
    buildStatusBar();

    connect(m_session, &Session::customerRequested, this, &MainWindow::openCustomer);
    connect(m_session, &Session::dealRequested, this, &MainWindow::openDeal);
    connect(m_session, &Session::ticketRequested, this, &MainWindow::openTicket);
    connect(m_session, &Session::errorReported, this, &MainWindow::onError);
    connect(m_session, &Session::messageShown, this, [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_search, &SearchPopup::hitActivated, this, &MainWindow::onHit);
    connect(m_customers, &CustomersScreen::customerShown, this, &MainWindow::updateTitle);

    m_sidebar->setCurrentRow(static_cast<int>(Screen::Today));
    updateBackupStatus();
    // Right after the window is up: does anything need attention? (Today may already have counted.)
    QTimer::singleShot(300, this, [this] {
        if (m_overdue->text().isEmpty())
            todayScreen()->reloadSummary();
    });
    // The search indexes are read ahead on a worker, then touched on this connection (issue 9); a warm-up
    // that fails only costs the speed it would have gained.
    QTimer::singleShot(300, this, [this] {
        startInBackground(
            this, [path = m_db.path()] { return SearchWarmUp::readIndexes(path); },
            [this](const Status&) { (void)SearchWarmUp::touchIndexes(m_db.connection()); });
    });
    updateTitle();
    resize(1180, 760);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::screenWidget(Screen screen)
{
    const int i = static_cast<int>(screen);
    if (!m_built[i]) {
        m_built[i] = buildScreen(screen);
        QWidget* placeholder = m_screens->widget(i);
        m_screens->insertWidget(i, m_built[i]);
        m_screens->removeWidget(placeholder);
        placeholder->deleteLater();
        m_screens->setCurrentIndex(qMax(0, m_sidebar->currentRow()));
    }
    return m_built[i];
}

QWidget* MainWindow::buildScreen(Screen screen)
{
    switch (screen) {
    case Screen::Today: {
        auto* today = new TodayScreen(*m_session, this);
        connect(today, &TodayScreen::summaryChanged, this, &MainWindow::updateOverdue);
        connect(today, &TodayScreen::showTasksRequested, this, [this](TaskDue due) {
            tasksScreen()->setDue(due);
            showScreen(Screen::Tasks);
        });
        return today;
    }
    case Screen::Customers: return m_customers;
    case Screen::Deals: {
        auto* deals = new DealsScreen(*m_session, this);
        connect(deals, &DealsScreen::dealShown, this, &MainWindow::updateTitle);
        return deals;
    }
    case Screen::Tickets: {
        auto* tickets = new TicketsScreen(*m_session, this);
        connect(tickets, &TicketsScreen::ticketShown, this, &MainWindow::updateTitle);
        return tickets;
    }
    case Screen::Tasks: return new TasksScreen(*m_session, this);
    case Screen::Campaigns: return new CampaignsScreen(*m_session, this);
    case Screen::Reports: return new ReportsScreen(*m_session, this);
    }
    Q_UNREACHABLE();
    return nullptr;
}

TodayScreen* MainWindow::todayScreen() { return static_cast<TodayScreen*>(screenWidget(Screen::Today)); }
TasksScreen* MainWindow::tasksScreen() { return static_cast<TasksScreen*>(screenWidget(Screen::Tasks)); }
DealsScreen* MainWindow::dealsScreen() { return static_cast<DealsScreen*>(screenWidget(Screen::Deals)); }
TicketsScreen* MainWindow::ticketsScreen() { return static_cast<TicketsScreen*>(screenWidget(Screen::Tickets)); }
CampaignsScreen* MainWindow::campaignsScreen() { return static_cast<CampaignsScreen*>(screenWidget(Screen::Campaigns)); }
ReportsScreen* MainWindow::reportsScreen() { return static_cast<ReportsScreen*>(screenWidget(Screen::Reports)); }

void MainWindow::showEvent(QShowEvent* event)
{
    screenWidget(currentScreen());
    QMainWindow::showEvent(event);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    const int screen = settings.value(QStringLiteral("window/screen"), 0).toInt();
    showScreen(static_cast<Screen>(qBound(0, screen, static_cast<int>(Screen::Reports))));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    emit closing();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/screen"), static_cast<int>(currentScreen()));
    QMainWindow::closeEvent(event);
}

MainWindow::Screen MainWindow::currentScreen() const
{
    return static_cast<Screen>(qMax(0, m_sidebar->currentRow()));
}

void MainWindow::showScreen(Screen screen)
{
    m_sidebar->setCurrentRow(static_cast<int>(screen));
}

void MainWindow::updateTitle()
{
    QString title = QFileInfo(m_db.path()).completeBaseName();
    if (const QString business = m_session->businessName(); !business.isEmpty())
        title = business;
    QString place = m_sidebar->currentItem() ? m_sidebar->currentItem()->text() : QString();
    if (currentScreen() == Screen::Customers && m_customers->isShowingCustomer())
        place = m_customers->page()->customer().name;
    if (currentScreen() == Screen::Deals && dealsScreen()->isShowingDeal())
        place = dealsScreen()->page()->deal().title;
    if (currentScreen() == Screen::Tickets && ticketsScreen()->isShowingTicket())
        place = ticketsScreen()->page()->ticket().subject;
    setWindowTitle(place.isEmpty() ? tr("%1 — Rapport").arg(title) : tr("%1 — %2").arg(place, title));
    setWindowFilePath(m_db.path());
}

void MainWindow::openSearch(const QString& text)
{
    m_search->popup(this, text);
}

void MainWindow::openCustomer(qint64 id, Session::CustomerTab tab)
{
    m_customers->showCustomer(id, tab);
    showScreen(Screen::Customers);
    updateTitle();
}

void MainWindow::openDeal(qint64 id)
{
    dealsScreen()->showDeal(id);
    showScreen(Screen::Deals);
    updateTitle();
}

void MainWindow::openTicket(qint64 id)
{
    ticketsScreen()->showTicket(id);
    showScreen(Screen::Tickets);
    updateTitle();
}

void MainWindow::onHit(const SearchHit& hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Company:
    case SearchHit::Kind::Person: openCustomer(hit.id); break;
    case SearchHit::Kind::Deal: openDeal(hit.id); break;
    case SearchHit::Kind::Ticket: openTicket(hit.id); break;
    }
}

void MainWindow::onError(const QString& message)
{
    QMessageBox box(QMessageBox::Warning, tr("Rapport"), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

qint64 MainWindow::currentCustomerId() const
{
    if (currentScreen() == Screen::Customers && m_customers->isShowingCustomer())
        return m_customers->page()->customerId();
    return 0;
}

QString MainWindow::currentCustomerName() const
{
    return currentCustomerId() > 0 ? m_customers->page()->customer().name : QString();
}

void MainWindow::newCustomer()
{
    showScreen(Screen::Customers);
    m_customers->newCustomer();
}

void MainWindow::newDeal()
{
    if (currentScreen() == Screen::Deals) {
        dealsScreen()->newDeal();
        return;
    }
    DealDialog dialog(*m_session, currentCustomerId(), currentCustomerName(), this);
    if (dialog.exec() == QDialog::Accepted)
        if (auto deal = DealRepository(m_db).get(dialog.createdId()))
            openCustomer(deal.value().customerId, Session::CustomerTab::Deals);
}

void MainWindow::newTicket()
{
    if (currentScreen() == Screen::Tickets) {
        ticketsScreen()->newTicket();
        return;
    }
    TicketDialog dialog(*m_session, currentCustomerId(), currentCustomerName(), this);
    if (dialog.exec() == QDialog::Accepted)
        if (auto ticket = TicketRepository(m_db).get(dialog.createdId()))
            openCustomer(ticket.value().customerId, Session::CustomerTab::Tickets);
}

void MainWindow::newTask()
{
    TaskDialog dialog(*m_session, currentCustomerId(), currentCustomerName(), this);
    dialog.exec();
}

void MainWindow::logActivity()
{
    ActivityDialog dialog(*m_session, ActivityKind::Call, currentCustomerId(), currentCustomerName(), this);
    dialog.exec();
}

void MainWindow::find()
{
    if (currentScreen() == Screen::Customers)
        m_customers->focusFilter();
    else
        openSearch();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    updateTitle();
    if (dialog.languageChanged())
        emit languageChanged();
}

QString MainWindow::overdueNotice() const
{
    return m_overdue ? m_overdue->text() : QString();
}

void MainWindow::updateOverdue()
{
    const QString summary = todayScreen()->overdueSummary();
    m_overdue->setText(summary);
    m_overdue->setVisible(!summary.isEmpty());
}

void MainWindow::updateBackupStatus()
{
    auto last = TodayQueries(m_db).lastBackupAt();
    if (last && last.value().isValid()) {
        m_backup->setText(tr("Last backup %1").arg(Format::relative(last.value())));
        m_backup->setToolTip(Format::dateTime(last.value()));
    } else {
        m_backup->setText(tr("No backup yet"));
        m_backup->setToolTip(tr("File ▸ Back Up Now makes a verified copy of your data."));
    }
}

void MainWindow::buildStatusBar()
{
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(QStringLiteral("overdueNotice"));
    m_overdue->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_overdue->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    connect(m_overdue, &QLabel::linkActivated, this, [this] { showScreen(Screen::Today); });
    m_path = new QLabel(this);
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setForegroundRole(QPalette::PlaceholderText);
    const QString native = QDir::toNativeSeparators(m_db.path());
    m_path->setText(fontMetrics().elidedText(native, Qt::ElideMiddle, 360));
    m_path->setToolTip(native);
    m_backup = new QLabel(this);
    m_backup->setObjectName(QStringLiteral("backupStatus"));
    m_backup->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_overdue);
    statusBar()->addPermanentWidget(m_path);
    statusBar()->addPermanentWidget(m_backup);
}

void MainWindow::setRecentFiles(const QStringList& paths)
{
    m_recentMenu->clear();
    for (const QString& path : paths) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openDatabaseRequested(path); });
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

} // namespace rapport
