#pragma once

#include "Result.h"
#include "activities/Activity.h"
#include "db/RecordStore.h"

#include <QList>

namespace rapport {

class Database;

class ActivityRepository
{
public:
    explicit ActivityRepository(Database& db);

    // Checks the fields a activity must have; the message says which and why.
    static Status validate(const Activity& activity);

    // An outbound call, email or message on a ticket is its reply: the first one sets first_response_at.
    Result<qint64> create(const Activity& activity);
    Result<Activity> get(qint64 id) const;
    Status update(const Activity& activity);
    Status remove(qint64 id);
    // Newest first.
    Result<QList<Activity>> list(const ActivityQuery& query) const;
    Result<int> count(const ActivityQuery& query) const;

private:
    Database& m_db;
    RecordStore m_store;
};

} // namespace rapport
