#pragma once

#include "tasks/Task.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace rapport {

class EmptyState;
class Session;
class TaskTableModel;
enum class Entity;
enum class ChangeKind;

// All tasks, filtered by when they are due; the linked customer opens with one click.
class TasksScreen : public QWidget
{
    Q_OBJECT
public:
    explicit TasksScreen(Session& session, QWidget* parent = nullptr);

    TaskTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setDue(TaskDue due);
    TaskDue due() const;

public slots:
    void addTask();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onFilter(int id);
    void onClicked(const QModelIndex& index);
    void onToggled(const rapport::Task& task, bool done);
    void onChanged(rapport::Entity entity, qint64 id, rapport::ChangeKind kind);
    void showContextMenu(const QPoint& pos);
    void updateState();

    Session& m_session;
    TaskTableModel* m_model;
    QButtonGroup* m_filters;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_view;
    EmptyState* m_empty;
    QTimer* m_refresh;
    bool m_loaded = false;
};

} // namespace rapport
