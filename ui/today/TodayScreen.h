#pragma once

#include "tasks/Task.h"

#include <QWidget>

class QLabel;
class QTimer;

namespace rapport {

class Session;
class TodayCard;
enum class Entity;
enum class ChangeKind;

// What needs the owner today: tasks overdue and due today (one click marks done), birthdays this week,
// deals past their expected close date, and tickets about to breach their SLA.
class TodayScreen : public QWidget
{
    Q_OBJECT
public:
    explicit TodayScreen(Session& session, QWidget* parent = nullptr);

    int overdueTasks() const { return m_overdue; }
    // A sentence for the status bar when something is overdue ("2 tasks and 1 ticket are overdue"), or empty.
    QString overdueSummary() const;

public slots:
    void reload();
    // Only the counts behind overdueSummary(), for the status bar.
    void reloadSummary();

signals:
    void showTasksRequested(rapport::TaskDue due);
    void summaryChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillTasks();
    void fillBirthdays();
    void fillDeals();
    void fillTickets();
    QWidget* customerLink(qint64 id, const QString& name, const QString& prefix = {});
    void onChanged(rapport::Entity entity, qint64 id, rapport::ChangeKind kind);
    void onRefresh();
    void onTaskChecked(qint64 id, const QString& title, bool done);

    Session& m_session;
    QLabel* m_greeting;
    QLabel* m_date;
    TodayCard* m_tasks;
    TodayCard* m_birthdays;
    TodayCard* m_deals;
    TodayCard* m_tickets;
    QTimer* m_refresh;
    bool m_dirty = true;
    int m_overdue = 0;
    int m_lateDeals = 0;
    int m_lateTickets = 0;
};

} // namespace rapport
