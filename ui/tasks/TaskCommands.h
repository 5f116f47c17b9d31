#pragma once

#include "activities/Activity.h"
#include "common/UndoableCommand.h"
#include "tasks/Task.h"

#include <QCoreApplication>

namespace rapport {

class TaskDoneCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::TaskDoneCommand)

public:
    TaskDoneCommand(Session& session, const Task& task, bool done);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_id;
    bool m_done;
};

// Logging an activity can be undone (the entry is removed again) and redone (it comes back).
class LogActivityCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::LogActivityCommand)

public:
    LogActivityCommand(Session& session, Activity activity);
    qint64 activityId() const { return m_activity.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Activity m_activity;
};

class DeleteActivityCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::DeleteActivityCommand)

public:
    DeleteActivityCommand(Session& session, Activity activity);

protected:
    Status apply() override;
    Status revert() override;

private:
    Activity m_activity;
};

class DeleteTaskCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::DeleteTaskCommand)

public:
    DeleteTaskCommand(Session& session, Task task);

protected:
    Status apply() override;
    Status revert() override;

private:
    Task m_task;
};

} // namespace rapport
