#include "TimelineQuery.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"

namespace rapport {
namespace {

// Every branch yields: kind, id, at, sub, title, detail, from_stage, to_stage, minutes, deal_id, ticket_id.
const QString kTimelineSql = QStringLiteral(
    "SELECT * FROM ("
    " SELECT 'activity' AS kind, a.id AS id, a.occurred_at AS at, a.kind AS sub, a.summary AS title, a.body AS detail,"
    "  '' AS from_stage, '' AS to_stage, a.duration_minutes AS minutes, a.deal_id AS deal_id, a.ticket_id AS ticket_id"
    "  FROM activities a WHERE a.customer_id = ?"
    " UNION ALL"
    " SELECT 'stage', h.deal_id, h.changed_at, '', d.title, '', coalesce(fs.name, ''), ts.name, 0, h.deal_id, NULL"
    "  FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id"
    "  LEFT JOIN pipeline_stages fs ON fs.id = h.from_stage_id JOIN pipeline_stages ts ON ts.id = h.to_stage_id"
    "  WHERE d.customer_id = ?"
    " UNION ALL"
    " SELECT 'ticket_opened', t.id, t.created_at, t.priority, t.subject, t.description, '', '', 0, NULL, t.id"
    "  FROM tickets t WHERE t.customer_id = ?"
    " UNION ALL"
    " SELECT 'ticket_resolved', t.id, t.resolved_at, t.status, t.subject, t.resolution, '', '', 0, NULL, t.id"
    "  FROM tickets t WHERE t.customer_id = ? AND t.resolved_at IS NOT NULL"
    " UNION ALL"
    " SELECT 'task_done', k.id, k.done_at, k.priority, k.title, k.notes, '', '', 0, k.deal_id, k.ticket_id"
    "  FROM tasks k WHERE k.customer_id = ? AND k.done_at IS NOT NULL"
    ") ORDER BY at DESC, id DESC LIMIT ? OFFSET ?");

// A deal's own story: activities logged on it, its stage changes and tasks done about it.
const QString kDealTimelineSql = QStringLiteral(
    "SELECT * FROM ("
    " SELECT 'activity' AS kind, a.id AS id, a.occurred_at AS at, a.kind AS sub, a.summary AS title, a.body AS detail,"
    "  '' AS from_stage, '' AS to_stage, a.duration_minutes AS minutes, a.deal_id AS deal_id, a.ticket_id AS ticket_id"
    "  FROM activities a WHERE a.deal_id = ?"
    " UNION ALL"
    " SELECT 'stage', h.deal_id, h.changed_at, '', d.title, '', coalesce(fs.name, ''), ts.name, 0, h.deal_id, NULL"
    "  FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id"
    "  LEFT JOIN pipeline_stages fs ON fs.id = h.from_stage_id JOIN pipeline_stages ts ON ts.id = h.to_stage_id"
    "  WHERE h.deal_id = ?"
    " UNION ALL"
    " SELECT 'task_done', k.id, k.done_at, k.priority, k.title, k.notes, '', '', 0, k.deal_id, k.ticket_id"
    "  FROM tasks k WHERE k.deal_id = ? AND k.done_at IS NOT NULL"
    ") ORDER BY at DESC, id DESC LIMIT ? OFFSET ?");

// A ticket's conversation: when it came in, every activity logged on it, when it was resolved, tasks done.
const QString kTicketTimelineSql = QStringLiteral(
    "SELECT * FROM ("
    " SELECT 'activity' AS kind, a.id AS id, a.occurred_at AS at, a.kind AS sub, a.summary AS title, a.body AS detail,"
    "  '' AS from_stage, '' AS to_stage, a.duration_minutes AS minutes, a.deal_id AS deal_id, a.ticket_id AS ticket_id"
    "  FROM activities a WHERE a.ticket_id = ?"
    " UNION ALL"
    " SELECT 'ticket_opened', t.id, t.created_at, t.priority, t.subject, t.description, '', '', 0, NULL, t.id"
    "  FROM tickets t WHERE t.id = ?"
    " UNION ALL"
    " SELECT 'ticket_resolved', t.id, t.resolved_at, t.status, t.subject, t.resolution, '', '', 0, NULL, t.id"
    "  FROM tickets t WHERE t.id = ? AND t.resolved_at IS NOT NULL"
    " UNION ALL"
    " SELECT 'task_done', k.id, k.done_at, k.priority, k.title, k.notes, '', '', 0, k.deal_id, k.ticket_id"
    "  FROM tasks k WHERE k.ticket_id = ? AND k.done_at IS NOT NULL"
    ") ORDER BY at DESC, id DESC LIMIT ? OFFSET ?");

TimelineEntry::Kind kindFromKey(const QString& key)
{
    if (key == QStringLiteral("stage"))
        return TimelineEntry::Kind::StageChange;
    if (key == QStringLiteral("ticket_opened"))
        return TimelineEntry::Kind::TicketOpened;
    if (key == QStringLiteral("ticket_resolved"))
        return TimelineEntry::Kind::TicketResolved;
    if (key == QStringLiteral("task_done"))
        return TimelineEntry::Kind::TaskDone;
    return TimelineEntry::Kind::Activity;
}

} // namespace

Result<QList<TimelineEntry>> TimelineQuery::forCustomer(qint64 customerId, int limit, int offset) const
{
    return read(kTimelineSql, 5, customerId, limit, offset);
}

Result<QList<TimelineEntry>> TimelineQuery::forDeal(qint64 dealId, int limit, int offset) const
{
    return read(kDealTimelineSql, 3, dealId, limit, offset);
}

Result<QList<TimelineEntry>> TimelineQuery::forTicket(qint64 ticketId, int limit, int offset) const
{
    return read(kTicketTimelineSql, 4, ticketId, limit, offset);
}

Result<QList<TimelineEntry>> TimelineQuery::read(const QString& sql, int idCount, qint64 id, int limit, int offset) const
{
    Query q(m_db.connection(), sql);
    for (int i = 0; i < idCount; ++i)
        q.bind(id);
    q.bindAll({qMax(0, limit), qMax(0, offset)});
    if (!q.exec())
        return q.asError();
    QList<TimelineEntry> entries;
    while (q.next()) {
        TimelineEntry e;
        e.kind = kindFromKey(q.value(0).toString());
        e.id = q.value(1).toLongLong();
        e.at = fromStoredInstant(q.value(2).toString());
        if (e.kind == TimelineEntry::Kind::Activity)
            e.activityKind = activityKindFromKey(q.value(3).toString());
        e.title = q.value(4).toString();
        e.detail = q.value(5).toString();
        e.fromStage = q.value(6).toString();
        e.toStage = q.value(7).toString();
        e.durationMinutes = q.value(8).toInt();
        e.dealId = q.value(9).toLongLong();
        e.ticketId = q.value(10).toLongLong();
        entries << e;
    }
    return entries;
}

} // namespace rapport
