#pragma once

#include <QDateTime>
#include <QString>

namespace rapport {

enum class TaskPriority { Low, Normal, High };
QString taskPriorityKey(TaskPriority priority);
TaskPriority taskPriorityFromKey(const QString& key);

struct Task
{
    qint64 id = 0;
    QString title;
    QString notes;
    QDateTime dueAt;  // invalid = no due time
    QDateTime doneAt; // invalid = not done
    TaskPriority priority = TaskPriority::Normal;
    qint64 customerId = 0;
    qint64 dealId = 0;
    qint64 ticketId = 0;
    QString originKey; // set by automatic rules so they never create the same task twice
    QDateTime createdAt;
    QDateTime updatedAt;

    QString customerName; // read-only, joined for lists

    bool isDone() const { return doneAt.isValid(); }
};

// Due filters of the Tasks screen, relative to the local day of Clock::nowUtc().
enum class TaskDue { All, Open, Overdue, Today, ThisWeek, Later, Done };

struct TaskQuery
{
    TaskDue due = TaskDue::Open;
    qint64 customerId = 0;
    qint64 dealId = 0;
    qint64 ticketId = 0;
    int offset = 0;
    int limit = 200;
};

} // namespace rapport
