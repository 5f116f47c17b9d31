#pragma once

#include "common/Session.h"
#include "customers/Customer.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace rapport {

class CustomerForm;
class CustomerHeader;
class CustomerTableModel;
class DealListModel;
class EmptyState;
class HistoryModel;
class TaskTableModel;
class TicketListModel;
class TimelineModel;
enum class ActivityKind;
struct Task;
enum class Entity;
enum class ChangeKind;

// The 360° view of one customer: header, quick actions and the Timeline, People, Deals, Tickets, Tasks and
// History tabs. "Edit" turns the page into the customer form; Save checks with the core and is undoable.
class CustomerPage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPage(Session& session, QWidget* parent = nullptr);

    void setCustomer(qint64 id);
    qint64 customerId() const { return m_customer.id; }
    const Customer& customer() const { return m_customer; }
    void showTab(Session::CustomerTab tab);
    bool isEditing() const;

public slots:
    void logActivity(rapport::ActivityKind kind);
    void addTask();
    void newDeal();
    void newTicket();
    void startEdit();
    void saveEdit();
    void cancelEdit();
    void toggleArchived();
    void deleteCustomer();

signals:
    void backRequested();
    void customerGone();

private:
    QWidget* buildViewPage();
    QWidget* buildEditPage();
    QWidget* buildActions();
    QTableView* makeTable(const char* name);
    void reloadCustomer();
    void reloadTabs();
    void onChanged(rapport::Entity entity, qint64 id, rapport::ChangeKind kind);
    void onTaskToggled(const rapport::Task& task, bool done);
    void showTimelineMenu(const QPoint& pos);
    void openTimelineEntry(const QModelIndex& index);
    void updateTabTitles();

    Session& m_session;
    Customer m_customer;
    bool m_dirtyCustomer = false;
    bool m_dirtyTabs = false;
    QTimer* m_refresh;
    QStackedWidget* m_modes;
    QPushButton* m_back;
    QPushButton* m_edit;
    QToolButton* m_more;
    CustomerHeader* m_header;
    QTabWidget* m_tabs;
    QListView* m_timelineView;
    EmptyState* m_timelineEmpty;
    QStackedWidget* m_timelineStack;
    QTableView* m_peopleView;
    QTableView* m_dealsView;
    QTableView* m_ticketsView;
    QTableView* m_tasksView;
    QTableView* m_historyView;
    TimelineModel* m_timeline;
    CustomerTableModel* m_people;
    DealListModel* m_deals;
    TicketListModel* m_tickets;
    TaskTableModel* m_tasks;
    HistoryModel* m_history;
    CustomerForm* m_form;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace rapport
