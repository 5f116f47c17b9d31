#include "DatabaseStats.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"

#include <QFileInfo>

namespace rapport {

Result<DatabaseStats> DatabaseStats::collect(const Database& db)
{
    DatabaseStats s;
    s.schemaVersion = db.schemaVersion();
    s.fileBytes = QFileInfo(db.path()).size();
    s.currency = db.setting(QStringLiteral("currency"), QStringLiteral("USD"));
    Query q(db.connection(), QStringLiteral(
        "SELECT "
        "(SELECT count(*) FROM customers WHERE kind = 'company' AND archived_at IS NULL), "
        "(SELECT count(*) FROM customers WHERE kind = 'person' AND archived_at IS NULL), "
        "(SELECT count(*) FROM customers WHERE archived_at IS NOT NULL), "
        "(SELECT count(*) FROM deals WHERE status = 'open' AND archived_at IS NULL), "
        "(SELECT count(*) FROM deals WHERE status = 'won'), "
        "(SELECT count(*) FROM deals WHERE status = 'lost'), "
        "(SELECT coalesce(sum(amount_minor), 0) FROM deals WHERE status = 'open' AND archived_at IS NULL), "
        "(SELECT coalesce(sum(amount_minor), 0) FROM deals WHERE status = 'won'), "
        "(SELECT count(*) FROM tickets WHERE status IN ('new', 'open', 'pending')), "
        "(SELECT count(*) FROM tickets), "
        "(SELECT count(*) FROM activities), "
        "(SELECT count(*) FROM tasks WHERE done_at IS NULL), "
        "(SELECT count(*) FROM tasks WHERE done_at IS NULL AND due_at < ?), "
        "(SELECT max(id) FROM audit_log)"));
    q.bind(toStoredInstant(Clock::nowUtc()));
    if (!q.exec() || !q.next())
        return q.asError();
    int i = 0;
    s.companies = q.value(i++).toInt();
    s.people = q.value(i++).toInt();
    s.archivedCustomers = q.value(i++).toInt();
    s.openDeals = q.value(i++).toInt();
    s.wonDeals = q.value(i++).toInt();
    s.lostDeals = q.value(i++).toInt();
    s.openPipelineMinor = q.value(i++).toLongLong();
    s.wonRevenueMinor = q.value(i++).toLongLong();
    s.openTickets = q.value(i++).toInt();
    s.tickets = q.value(i++).toInt();
    s.activities = q.value(i++).toInt();
    s.openTasks = q.value(i++).toInt();
    s.overdueTasks = q.value(i++).toInt();
    s.auditEntries = q.value(i++).toInt();
    return s;
}

QJsonObject DatabaseStats::toJson() const
{
    return {
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("fileBytes"), fileBytes},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("customers"), QJsonObject{{QStringLiteral("companies"), companies},
                                                  {QStringLiteral("people"), people},
                                                  {QStringLiteral("archived"), archivedCustomers}}},
        {QStringLiteral("deals"), QJsonObject{{QStringLiteral("open"), openDeals},
                                              {QStringLiteral("won"), wonDeals},
                                              {QStringLiteral("lost"), lostDeals},
                                              {QStringLiteral("openPipelineMinor"), openPipelineMinor},
                                              {QStringLiteral("wonRevenueMinor"), wonRevenueMinor}}},
        {QStringLiteral("tickets"), QJsonObject{{QStringLiteral("open"), openTickets}, {QStringLiteral("total"), tickets}}},
        {QStringLiteral("activities"), activities},
        {QStringLiteral("tasks"), QJsonObject{{QStringLiteral("open"), openTasks}, {QStringLiteral("overdue"), overdueTasks}}},
        {QStringLiteral("auditEntries"), auditEntries},
    };
}

} // namespace rapport
