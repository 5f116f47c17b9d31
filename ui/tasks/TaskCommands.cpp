#include "TaskCommands.h"

#include "activities/ActivityRepository.h"
#include "common/Format.h"
#include "common/Session.h"
#include "tasks/TaskRepository.h"


namespace rapport {
TaskDoneCommand::TaskDoneCommand(Session& session, const Task& task, bool done)
    : UndoableCommand(session, done ? tr("Complete “%1”").arg(task.title) : tr("Reopen “%1”").arg(task.title)),
      m_id(task.id), m_done(done)
{
}

Status TaskDoneCommand::apply()
{
    return TaskRepository(session().db()).setDone(m_id, m_done);
}

Status TaskDoneCommand::revert()
{
    return TaskRepository(session().db()).setDone(m_id, !m_done);
}

LogActivityCommand::LogActivityCommand(Session& session, Activity activity)
    : UndoableCommand(session, tr("Log %1").arg(Format::activityKind(activity.kind).toLower())),
      m_activity(std::move(activity))
{
}

Status LogActivityCommand::apply()
{
    Activity copy = m_activity;
    copy.id = 0;
    auto id = ActivityRepository(session().db()).create(copy);
    if (!id)
        return id.error();
    m_activity.id = id.value();
    return Ok{};
}

Status LogActivityCommand::revert()
{
    return ActivityRepository(session().db()).remove(m_activity.id);
}

DeleteActivityCommand::DeleteActivityCommand(Session& session, Activity activity)
    : UndoableCommand(session, tr("Delete %1").arg(Format::activityKind(activity.kind).toLower())),
      m_activity(std::move(activity))
{
}

Status DeleteActivityCommand::apply()
{
    return ActivityRepository(session().db()).remove(m_activity.id);
}

Status DeleteActivityCommand::revert()
{
    Activity copy = m_activity;
    copy.id = 0;
    auto id = ActivityRepository(session().db()).create(copy);
    if (!id)
        return id.error();
    m_activity.id = id.value();
    return Ok{};
}

DeleteTaskCommand::DeleteTaskCommand(Session& session, Task task)
    : UndoableCommand(session, tr("Delete “%1”").arg(task.title)), m_task(std::move(task))
{
}

Status DeleteTaskCommand::apply()
{
    return TaskRepository(session().db()).remove(m_task.id);
}

Status DeleteTaskCommand::revert()
{
    Task copy = m_task;
    copy.id = 0;
    copy.originKey.clear();
    TaskRepository repo(session().db());
    auto id = repo.create(copy);
    if (!id)
        return id.error();
    m_task.id = id.value();
    if (m_task.isDone())
        return repo.setDone(m_task.id, true);
    return Ok{};
}

} // namespace rapport
