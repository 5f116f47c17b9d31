#pragma once

#include "tickets/Ticket.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace rapport {

class Session;
class TimelineModel;
enum class Entity;
enum class ChangeKind;

// One ticket: subject, customer (a link), status flow (new → open → pending → resolved → closed, reopen),
// priority, channel, the promised times and how they stand, the conversation (every activity logged on it;
// the first outgoing reply sets the first response time), the resolution, and the customer's satisfaction.
class TicketPage : public QWidget
{
    Q_OBJECT
public:
    explicit TicketPage(Session& session, QWidget* parent = nullptr);

    void setTicket(qint64 id);
    qint64 ticketId() const { return m_ticket.id; }
    const Ticket& ticket() const { return m_ticket; }
    TimelineModel* conversation() const { return m_conversation; }

public slots:
    void edit();
    void moveTo(rapport::TicketStatus status);
    void resolve();
    void logReply();
    void logActivity(int kind);
    void addTask();
    void saveSatisfaction();
    // Time moved on: the SLA line is re-evaluated.
    void tick();

signals:
    void backRequested();
    void ticketGone();

private:
    void reload();
    void rebuildFlow();
    void onChanged(rapport::Entity entity, qint64 id, rapport::ChangeKind kind);
    void onPriorityChosen(int index);

    Session& m_session;
    Ticket m_ticket;
    QTimer* m_refresh;
    TimelineModel* m_conversation;
    QLabel* m_subject;
    QLabel* m_customer;
    QLabel* m_facts;
    QLabel* m_status;
    QLabel* m_sla;
    QLabel* m_description;
    QLabel* m_resolution;
    QComboBox* m_priority;
    QWidget* m_flow;
    QHBoxLayout* m_flowLayout;
    QWidget* m_satisfactionBox;
    QButtonGroup* m_stars;
    QLineEdit* m_feedback;
    QPushButton* m_saveSatisfaction;
    QListView* m_conversationView;
};

} // namespace rapport
