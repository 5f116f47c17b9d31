#pragma once

#include "common/Session.h"

#include <QMainWindow>

#include <array>

class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;

namespace rapport {

class CampaignsScreen;
class CustomersScreen;
class DealsScreen;
class ReportsScreen;
class TicketsScreen;
class Database;
class SearchPopup;
class Sidebar;
class TasksScreen;
class TodayScreen;
struct SearchHit;

// The main window of one open database: sidebar, toolbar (New, global search), screens, status bar.
// Database-level commands (new/open/backup/restore) are signalled to the AppController, which owns
// the database and replaces this window when another file is opened.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Screen { Today, Customers, Deals, Tickets, Tasks, Campaigns, Reports };
    Q_ENUM(Screen)

    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() { return *m_session; }
    Database& database() { return m_db; }
    CustomersScreen* customersScreen() const { return m_customers; }
    // The other screens are built the first time they are shown or asked for (start-up at a million
    // customers, issue 9): these build them if needed.
    TodayScreen* todayScreen();
    TasksScreen* tasksScreen();
    DealsScreen* dealsScreen();
    TicketsScreen* ticketsScreen();
    CampaignsScreen* campaignsScreen();
    ReportsScreen* reportsScreen();
    SearchPopup* searchPopup() const { return m_search; }
    Screen currentScreen() const;
    QString overdueNotice() const;
    // Restores geometry and the last screen from QSettings (call before show()).
    void restoreState();
    void setRecentFiles(const QStringList& paths);

public slots:
    void showScreen(rapport::MainWindow::Screen screen);
    void openSearch(const QString& text = {});
    void openCustomer(qint64 id, rapport::Session::CustomerTab tab = rapport::Session::CustomerTab::Timeline);
    void openDeal(qint64 id);
    void openTicket(qint64 id);
    void newCustomer();
    void newDeal();
    void newTicket();
    void newTask();
    void logActivity();
    void find();
    void showPreferences();
    void updateBackupStatus();

signals:
    void newDatabaseRequested();
    void openDatabaseRequested(const QString& path); // empty: ask for a file
    void backupRequested();
    void restoreRequested();
    void revealRequested();
    // The window is about to close (quit or another database): last chance to touch the database.
    void closing();
    void languageChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    void onHit(const rapport::SearchHit& hit);
    void onError(const QString& message);
    void updateOverdue();
    void updateTitle();
    // The screen's widget, built now if it was not yet (it takes the place of an empty widget in the stack).
    QWidget* screenWidget(Screen screen);
    QWidget* buildScreen(Screen screen);
    qint64 currentCustomerId() const;
    QString currentCustomerName() const;

    Database& m_db;
    Session* m_session;
    Sidebar* m_sidebar;
    QStackedWidget* m_screens;
    static constexpr int kScreenCount = static_cast<int>(Screen::Reports) + 1;
    std::array<QWidget*, kScreenCount> m_built{};
    CustomersScreen* m_customers;
    SearchPopup* m_search;
    QLineEdit* m_searchField = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_newMenu = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_path = nullptr;
    QLabel* m_backup = nullptr;
};

} // namespace rapport
