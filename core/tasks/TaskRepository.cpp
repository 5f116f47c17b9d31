#include "TaskRepository.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "search/FtsQuery.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::TaskRepository", text);
}

const QString kSelect = QStringLiteral(
    "SELECT k.id, k.title, k.notes, k.due_at, k.done_at, k.priority, k.customer_id, k.deal_id, k.ticket_id, "
    "k.origin_key, k.created_at, k.updated_at, coalesce(c.name, '') "
    "FROM tasks k LEFT JOIN customers c ON c.id = k.customer_id ");

Task readTask(const Query& q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.notes = q.value(2).toString();
    t.dueAt = fromStoredInstant(q.value(3).toString());
    t.doneAt = fromStoredInstant(q.value(4).toString());
    t.priority = taskPriorityFromKey(q.value(5).toString());
    t.customerId = q.value(6).toLongLong();
    t.dealId = q.value(7).toLongLong();
    t.ticketId = q.value(8).toLongLong();
    t.originKey = q.value(9).toString();
    t.createdAt = fromStoredInstant(q.value(10).toString());
    t.updatedAt = fromStoredInstant(q.value(11).toString());
    t.customerName = q.value(12).toString();
    return t;
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant instantOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(toStoredInstant(t)) : QVariant();
}

QVariantMap toColumns(const Task& t)
{
    return {
        {QStringLiteral("title"), t.title.trimmed()},
        {QStringLiteral("notes"), t.notes},
        {QStringLiteral("due_at"), instantOrNull(t.dueAt)},
        {QStringLiteral("priority"), taskPriorityKey(t.priority)},
        {QStringLiteral("customer_id"), optionalId(t.customerId)},
        {QStringLiteral("deal_id"), optionalId(t.dealId)},
        {QStringLiteral("ticket_id"), optionalId(t.ticketId)},
    };
}

// Start of the owner's local day `days` from today, as a stored UTC instant.
QString localDayStart(int days)
{
    const QDate day = Clock::todayLocal().addDays(days);
    return toStoredInstant(day.startOfDay());
}

SqlCondition whereClause(const TaskQuery& query)
{
    SqlCondition where;
    QStringList parts;
    const int daysToWeekEnd = 8 - Clock::todayLocal().dayOfWeek(); // through Sunday
    switch (query.due) {
    case TaskDue::All: break;
    case TaskDue::Open: parts << QStringLiteral("k.done_at IS NULL"); break;
    case TaskDue::Done: parts << QStringLiteral("k.done_at IS NOT NULL"); break;
    case TaskDue::Overdue:
        parts << QStringLiteral("k.done_at IS NULL AND k.due_at < ?");
        where.values << toStoredInstant(Clock::nowUtc());
        break;
    case TaskDue::Today:
        parts << QStringLiteral("k.done_at IS NULL AND k.due_at >= ? AND k.due_at < ?");
        where.values << localDayStart(0) << localDayStart(1);
        break;
    case TaskDue::ThisWeek:
        parts << QStringLiteral("k.done_at IS NULL AND k.due_at >= ? AND k.due_at < ?");
        where.values << localDayStart(0) << localDayStart(daysToWeekEnd);
        break;
    case TaskDue::Later:
        parts << QStringLiteral("k.done_at IS NULL AND (k.due_at IS NULL OR k.due_at >= ?)");
        where.values << localDayStart(daysToWeekEnd);
        break;
    }
    if (query.customerId > 0) {
        parts << QStringLiteral("k.customer_id = ?");
        where.values << query.customerId;
    }
    if (query.dealId > 0) {
        parts << QStringLiteral("k.deal_id = ?");
        where.values << query.dealId;
    }
    if (query.ticketId > 0) {
        parts << QStringLiteral("k.ticket_id = ?");
        where.values << query.ticketId;
    }
    if (!parts.isEmpty())
        where.sql = QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND "));
    return where;
}

} // namespace

QString taskPriorityKey(TaskPriority priority)
{
    switch (priority) {
    case TaskPriority::Low: return QStringLiteral("low");
    case TaskPriority::Normal: return QStringLiteral("normal");
    case TaskPriority::High: return QStringLiteral("high");
    }
    return QStringLiteral("normal");
}

TaskPriority taskPriorityFromKey(const QString& key)
{
    if (key == QStringLiteral("low"))
        return TaskPriority::Low;
    if (key == QStringLiteral("high"))
        return TaskPriority::High;
    return TaskPriority::Normal;
}

TaskRepository::TaskRepository(Database& db) : m_db(db), m_store(db, tableSpec(Entity::Task)) {}

Result<qint64> TaskRepository::create(const Task& task)
{
    if (task.title.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"), tr("A task needs a title."));
    if (!task.originKey.isEmpty()) {
        const QVariant existing =
            scalar(m_db.connection(), QStringLiteral("SELECT id FROM tasks WHERE origin_key = ?"), {task.originKey});
        if (existing.isValid())
            return existing.toLongLong();
    }
    QVariantMap columns = toColumns(task);
    columns.insert(QStringLiteral("done_at"), instantOrNull(task.doneAt));
    if (!task.originKey.isEmpty())
        columns.insert(QStringLiteral("origin_key"), task.originKey);
    if (task.createdAt.isValid())
        columns.insert(QStringLiteral("created_at"), toStoredInstant(task.createdAt));
    return m_store.insert(columns);
}

Result<Task> TaskRepository::get(qint64 id) const
{
    Query q(m_db.connection(), kSelect + QStringLiteral("WHERE k.id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.asError();
    if (!q.next())
        return makeError(QStringLiteral("not_found"), tr("There is no task with number %1.").arg(id));
    return readTask(q);
}

Status TaskRepository::update(const Task& task)
{
    if (task.title.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"), tr("A task needs a title."));
    return m_store.update(task.id, toColumns(task));
}

Status TaskRepository::setDone(qint64 id, bool done)
{
    return m_store.update(id, {{QStringLiteral("done_at"), done ? QVariant(toStoredInstant(Clock::nowUtc())) : QVariant()}});
}

Status TaskRepository::remove(qint64 id)
{
    return m_store.remove(id);
}

Result<QList<Task>> TaskRepository::list(const TaskQuery& query) const
{
    const SqlCondition where = whereClause(query);
    const QString order = query.due == TaskDue::Done ? QStringLiteral("k.done_at DESC, k.id DESC")
                                                     : QStringLiteral("k.due_at IS NULL, k.due_at, k.id");
    QVariantList values = where.values;
    values << qMax(0, query.limit) << qMax(0, query.offset);
    const QString sql = kSelect + where.sql + QStringLiteral(" ORDER BY ") + order +
                                   QStringLiteral(" LIMIT ? OFFSET ?");
    return fetchAll<Task>(m_db.connection(), sql, values, readTask);
}

Result<int> TaskRepository::count(const TaskQuery& query) const
{
    const SqlCondition where = whereClause(query);
    return fetchCount(m_db.connection(), QStringLiteral("SELECT count(*) FROM tasks k ") + where.sql, where.values);
}

} // namespace rapport
