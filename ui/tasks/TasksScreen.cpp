#include "TasksScreen.h"

#include "common/EmptyState.h"
#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/TableStyle.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "tasks/TaskCommands.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskTableModel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

TasksScreen::TasksScreen(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new TaskTableModel(session.db(), this)),
      m_filters(new QButtonGroup(this)), m_count(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_view(new QTableView(this)), m_empty(new EmptyState(this)), m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("tasksScreen"));
    m_count->setObjectName(QStringLiteral("taskCount"));
    m_stack->setObjectName(QStringLiteral("tasksStack"));
    m_view->setObjectName(QStringLiteral("taskTable"));
    m_empty->setObjectName(QStringLiteral("tasksEmpty"));

    auto* add = new QPushButton(Icons::get(QStringLiteral("new")), tr("Add Task"), this);
    add->setObjectName(QStringLiteral("addTaskButton"));
    connect(add, &QPushButton::clicked, this, &TasksScreen::addTask);

    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    const std::pair<TaskDue, QString> filters[] = {
        {TaskDue::Open, tr("All open")},    {TaskDue::Overdue, tr("Overdue")}, {TaskDue::Today, tr("Today")},
        {TaskDue::ThisWeek, tr("This week")}, {TaskDue::Later, tr("Later")}, {TaskDue::Done, tr("Done")}};
    for (const auto& [due, text] : filters) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("taskFilter%1").arg(static_cast<int>(due)));
        button->setCheckable(true);
        button->setProperty("chip", true);
        m_filters->addButton(button, static_cast<int>(due));
        filterRow->addWidget(button);
    }
    filterRow->addStretch();
    m_filters->setExclusive(true);
    connect(m_filters, &QButtonGroup::idClicked, this, &TasksScreen::onFilter);

    TableStyle::apply(m_view);
    m_view->setModel(m_model);
    TableStyle::fitCheckColumn(m_view, TaskTableModel::DoneColumn);
    m_view->horizontalHeader()->resizeSection(TaskTableModel::TitleColumn, 380);
    m_view->horizontalHeader()->resizeSection(TaskTableModel::DueColumn, 150);
    m_view->horizontalHeader()->resizeSection(TaskTableModel::LinkColumn, 220);
    m_view->setMouseTracking(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::clicked, this, &TasksScreen::onClicked);
    connect(m_view, &QTableView::customContextMenuRequested, this, &TasksScreen::showContextMenu);
    connect(m_model, &TaskTableModel::doneToggled, this, &TasksScreen::onToggled);
    connect(m_model, &TaskTableModel::totalChanged, this, &TasksScreen::updateState);
    connect(m_model, &TaskTableModel::loadFailed, &m_session, &Session::reportError);
    m_empty->setIcon(QStringLiteral("tasks"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, m_model, &TaskTableModel::refresh);
    connect(session.db().notifier(), &ChangeNotifier::changed, this, &TasksScreen::onChanged);

    auto* titleRow = ScreenHeader::create(tr("Tasks"), this, m_count).row;
    titleRow->addWidget(add);
    auto* top = new QVBoxLayout;
    top->setContentsMargins(24, 16, 24, 10);
    top->setSpacing(12);
    top->addLayout(titleRow);
    top->addLayout(filterRow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    if (auto* button = m_filters->button(static_cast<int>(TaskDue::Open)))
        button->setChecked(true);
    // The list is read when the screen is first shown.
}

void TasksScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        onFilter(m_filters->checkedId());
}

void TasksScreen::setDue(TaskDue due)
{
    if (auto* button = m_filters->button(static_cast<int>(due)))
        button->setChecked(true);
    onFilter(static_cast<int>(due));
}

TaskDue TasksScreen::due() const
{
    return static_cast<TaskDue>(m_filters->checkedId());
}

void TasksScreen::onFilter(int id)
{
    m_loaded = true;
    TaskQuery q;
    q.due = static_cast<TaskDue>(id);
    m_model->setQuery(q);
    updateState();
}

void TasksScreen::updateState()
{
    const int total = m_model->rowCount();
    m_count->setText(tr("%n task(s)", nullptr, total));
    if (total > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    switch (due()) {
    case TaskDue::Overdue:
        m_empty->setTitle(tr("Nothing overdue"));
        m_empty->setText(tr("Every follow-up is on time."));
        break;
    case TaskDue::Today:
        m_empty->setTitle(tr("Nothing due today"));
        m_empty->setText(tr("Enjoy the quiet, or plan ahead with “Add Task”."));
        break;
    case TaskDue::Done:
        m_empty->setTitle(tr("No finished tasks yet"));
        m_empty->setText(tr("Tick a task when it is done and it moves here."));
        break;
    default:
        m_empty->setTitle(tr("No tasks"));
        m_empty->setText(tr("Tasks are follow-ups and reminders: call back, send the quote, check in after delivery."));
        break;
    }
    m_stack->setCurrentWidget(m_empty);
}

void TasksScreen::onClicked(const QModelIndex& index)
{
    if (index.column() != TaskTableModel::LinkColumn)
        return;
    const qint64 customer = index.data(TaskTableModel::CustomerIdRole).toLongLong();
    if (customer > 0)
        m_session.openCustomer(customer, Session::CustomerTab::Tasks);
}

void TasksScreen::onToggled(const Task& task, bool done)
{
    if (m_session.run(std::make_unique<TaskDoneCommand>(m_session, task, done)) && done)
        m_session.showMessage(tr("Done: %1").arg(task.title));
}

void TasksScreen::onChanged(Entity entity, qint64 id, ChangeKind kind)
{
    Q_UNUSED(id)
    Q_UNUSED(kind)
    if (m_loaded && (entity == Entity::Task || entity == Entity::Customer))
        m_refresh->start();
}

void TasksScreen::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const Task* task = index.isValid() ? m_model->taskAt(index.row()) : nullptr;
    if (!task)
        return;
    const Task copy = *task;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("taskContextMenu"));
    QAction* toggle = menu.addAction(copy.isDone() ? tr("Mark as Not Done") : tr("Mark as Done"));
    toggle->setObjectName(QStringLiteral("toggleTaskAction"));
    QAction* open = menu.addAction(tr("Open %1").arg(copy.customerName));
    open->setObjectName(QStringLiteral("openTaskCustomerAction"));
    open->setEnabled(copy.customerId > 0);
    menu.addSeparator();
    QAction* remove = menu.addAction(Icons::get(QStringLiteral("delete")), tr("Delete Task"));
    remove->setObjectName(QStringLiteral("deleteTaskAction"));
    QAction* chosen = menu.exec(m_view->viewport()->mapToGlobal(pos));
    if (chosen == toggle)
        onToggled(copy, !copy.isDone());
    else if (chosen == open)
        m_session.openCustomer(copy.customerId, Session::CustomerTab::Tasks);
    else if (chosen == remove)
        m_session.run(std::make_unique<DeleteTaskCommand>(m_session, copy));
}

void TasksScreen::addTask()
{
    TaskDialog dialog(m_session, 0, QString(), this);
    dialog.exec();
}

} // namespace rapport
