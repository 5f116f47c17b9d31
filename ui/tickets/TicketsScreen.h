#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace rapport {

class EmptyState;
class Session;
class TicketPage;
class TicketTableModel;
enum class Entity;
enum class ChangeKind;

// The service desk: the queue of tickets in saved views (My open, Breached, Waiting on customer, Resolved
// this week, All), soonest promise first, with the SLA state of each; the ticket page on top.
class TicketsScreen : public QWidget
{
    Q_OBJECT
public:
    enum class View
    {
        MyOpen,
        Breached,
        Waiting,
        ResolvedThisWeek,
        All
    };

    explicit TicketsScreen(Session& session, QWidget* parent = nullptr);

    TicketTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TicketPage* page() const { return m_page; }
    View currentView() const;
    bool isShowingTicket() const;

public slots:
    void setView(rapport::TicketsScreen::View view);
    void showTicket(qint64 id);
    void showQueue();
    void newTicket();
    // Time moved on: SLA states and the Breached view are re-evaluated (a timer calls this every minute).
    void tick();

signals:
    void ticketShown(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void updateState();
    void onChanged(rapport::Entity entity, qint64 id, rapport::ChangeKind kind);

    Session& m_session;
    TicketTableModel* m_model;
    TicketPage* m_page;
    QStackedWidget* m_stack;
    QStackedWidget* m_listStack;
    QButtonGroup* m_views;
    QLabel* m_count;
    QLineEdit* m_text;
    QComboBox* m_priority;
    QTableView* m_view;
    EmptyState* m_empty;
    QTimer* m_refresh;
    QTimer* m_debounce;
    QTimer* m_clock;
    bool m_loaded = false;
};

} // namespace rapport
