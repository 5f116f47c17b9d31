#pragma once

#include "Result.h"
#include "db/RecordStore.h"
#include "tasks/Task.h"

#include <QList>

namespace rapport {

class Database;

class TaskRepository
{
public:
    explicit TaskRepository(Database& db);

    // With an origin key, creating a task that already exists returns the existing id (idempotent rules).
    Result<qint64> create(const Task& task);
    Result<Task> get(qint64 id) const;
    Status update(const Task& task);
    Status setDone(qint64 id, bool done);
    Status remove(qint64 id);
    // Open tasks by due time (no due time last); done tasks newest first.
    Result<QList<Task>> list(const TaskQuery& query) const;
    Result<int> count(const TaskQuery& query) const;

private:
    Database& m_db;
    RecordStore m_store;
};

} // namespace rapport
