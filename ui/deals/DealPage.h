#pragma once

#include "deals/Deal.h"

#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace rapport {

class EmptyState;
class HistoryModel;
class Session;
class TaskTableModel;
class TimelineModel;
enum class Entity;
enum class ChangeKind;
struct Task;

// One deal: title, customer (a link), amount, stage bar (click a stage to move; Won / Lost close it), the
// deal's timeline (activities and stage changes), its tasks and its change history. Edits are undoable.
class DealPage : public QWidget
{
    Q_OBJECT
public:
    explicit DealPage(Session& session, QWidget* parent = nullptr);

    void setDeal(qint64 id);
    qint64 dealId() const { return m_deal.id; }
    const Deal& deal() const { return m_deal; }
    TimelineModel* timeline() const { return m_timeline; }

public slots:
    void edit();
    void markWon();
    void markLost();
    void moveTo(qint64 stageId);
    void logActivity(int kind);
    void addTask();
    void toggleArchived();

signals:
    void backRequested();
    void dealGone();

private:
    QWidget* buildHeader();
    void reload();
    void rebuildStageBar();
    void onChanged(rapport::Entity entity, qint64 id, rapport::ChangeKind kind);
    void onTaskToggled(const rapport::Task& task, bool done);

    Session& m_session;
    Deal m_deal;
    QTimer* m_refresh;
    QLabel* m_title;
    QLabel* m_customer;
    QLabel* m_amount;
    QLabel* m_facts;
    QLabel* m_status;
    QWidget* m_stageBar;
    QHBoxLayout* m_stageLayout;
    QPushButton* m_won;
    QPushButton* m_lost;
    QPushButton* m_archive;
    QTabWidget* m_tabs;
    QStackedWidget* m_timelineStack;
    QListView* m_timelineView;
    EmptyState* m_timelineEmpty;
    QTableView* m_tasksView;
    QTableView* m_historyView;
    TimelineModel* m_timeline;
    TaskTableModel* m_tasks;
    HistoryModel* m_history;
};

} // namespace rapport
