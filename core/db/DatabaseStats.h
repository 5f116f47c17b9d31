#pragma once

#include "Result.h"

#include <QJsonObject>

namespace rapport {

class Database;

// A one-screen overview of what a database holds, for `rapport-cli stats` and the About box.
struct DatabaseStats
{
    int schemaVersion = 0;
    qint64 fileBytes = 0;
    int companies = 0;
    int people = 0;
    int archivedCustomers = 0;
    int openDeals = 0;
    int wonDeals = 0;
    int lostDeals = 0;
    qint64 openPipelineMinor = 0;
    qint64 wonRevenueMinor = 0;
    int openTickets = 0;
    int tickets = 0;
    int activities = 0;
    int openTasks = 0;
    int overdueTasks = 0;
    int auditEntries = 0;
    QString currency;

    static Result<DatabaseStats> collect(const Database& db);
    QJsonObject toJson() const;
};

} // namespace rapport
