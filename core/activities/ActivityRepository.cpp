#include "ActivityRepository.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"
#include "search/FtsQuery.h"
#include "tickets/TicketRepository.h"

#include <QCoreApplication>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::ActivityRepository", text);
}

const QString kSelect = QStringLiteral(
    "SELECT id, customer_id, deal_id, ticket_id, kind, direction, occurred_at, summary, body, duration_minutes, "
    "created_at, updated_at FROM activities ");

Activity readActivity(const Query& q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.customerId = q.value(1).toLongLong();
    a.dealId = q.value(2).toLongLong();
    a.ticketId = q.value(3).toLongLong();
    a.kind = activityKindFromKey(q.value(4).toString());
    a.direction = directionFromKey(q.value(5).toString());
    a.occurredAt = fromStoredInstant(q.value(6).toString());
    a.summary = q.value(7).toString();
    a.body = q.value(8).toString();
    a.durationMinutes = q.value(9).toInt();
    a.createdAt = fromStoredInstant(q.value(10).toString());
    a.updatedAt = fromStoredInstant(q.value(11).toString());
    return a;
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariantMap toColumns(const Activity& a)
{
    return {
        {QStringLiteral("customer_id"), a.customerId},
        {QStringLiteral("deal_id"), optionalId(a.dealId)},
        {QStringLiteral("ticket_id"), optionalId(a.ticketId)},
        {QStringLiteral("kind"), activityKindKey(a.kind)},
        {QStringLiteral("direction"), directionKey(a.direction)},
        {QStringLiteral("occurred_at"), toStoredInstant(a.occurredAt.isValid() ? a.occurredAt : Clock::nowUtc())},
        {QStringLiteral("summary"), a.summary.trimmed()},
        {QStringLiteral("body"), a.body},
        {QStringLiteral("duration_minutes"), qMax(0, a.durationMinutes)},
    };
}

SqlCondition whereClause(const ActivityQuery& query)
{
    SqlCondition where;
    QStringList parts;
    if (query.customerId > 0) {
        parts << QStringLiteral("customer_id = ?");
        where.values << query.customerId;
    }
    if (query.dealId > 0) {
        parts << QStringLiteral("deal_id = ?");
        where.values << query.dealId;
    }
    if (query.ticketId > 0) {
        parts << QStringLiteral("ticket_id = ?");
        where.values << query.ticketId;
    }
    if (!parts.isEmpty())
        where.sql = QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND "));
    return where;
}

bool isReply(const Activity& a)
{
    return a.ticketId > 0 && a.direction == Direction::Outbound &&
           (a.kind == ActivityKind::Call || a.kind == ActivityKind::Email || a.kind == ActivityKind::Message ||
            a.kind == ActivityKind::Meeting);
}

} // namespace

Status ActivityRepository::validate(const Activity& a)
{
    if (a.customerId <= 0)
        return makeError(QStringLiteral("invalid"), tr("An activity needs a customer."));
    if (a.summary.trimmed().isEmpty() && a.body.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"), tr("Write a short summary of what happened."));
    if (a.durationMinutes < 0)
        return makeError(QStringLiteral("invalid"), tr("The duration cannot be negative."));
    return Ok{};
}

QString activityKindKey(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call: return QStringLiteral("call");
    case ActivityKind::Email: return QStringLiteral("email");
    case ActivityKind::Meeting: return QStringLiteral("meeting");
    case ActivityKind::Note: return QStringLiteral("note");
    case ActivityKind::Message: return QStringLiteral("message");
    }
    return QStringLiteral("note");
}

ActivityKind activityKindFromKey(const QString& key)
{
    static const QHash<QString, ActivityKind> map = {
        {QStringLiteral("call"), ActivityKind::Call},       {QStringLiteral("email"), ActivityKind::Email},
        {QStringLiteral("meeting"), ActivityKind::Meeting}, {QStringLiteral("note"), ActivityKind::Note},
        {QStringLiteral("message"), ActivityKind::Message}};
    return map.value(key, ActivityKind::Note);
}

QString directionKey(Direction direction)
{
    switch (direction) {
    case Direction::Inbound: return QStringLiteral("inbound");
    case Direction::Outbound: return QStringLiteral("outbound");
    case Direction::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("outbound");
}

Direction directionFromKey(const QString& key)
{
    if (key == QStringLiteral("inbound"))
        return Direction::Inbound;
    if (key == QStringLiteral("internal"))
        return Direction::Internal;
    return Direction::Outbound;
}

ActivityRepository::ActivityRepository(Database& db) : m_db(db), m_store(db, tableSpec(Entity::Activity)) {}

Result<qint64> ActivityRepository::create(const Activity& activity)
{
    if (auto valid = validate(activity); !valid)
        return valid.error();
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    QVariantMap columns = toColumns(activity);
    if (activity.createdAt.isValid())
        columns.insert(QStringLiteral("created_at"), toStoredInstant(activity.createdAt));
    auto id = m_store.insert(columns);
    if (!id)
        return id;
    if (isReply(activity)) {
        TicketRepository tickets(m_db);
        const QDateTime at = fromStoredInstant(columns.value(QStringLiteral("occurred_at")).toString());
        if (auto recorded = tickets.recordFirstResponse(activity.ticketId, at); !recorded)
            return recorded.error();
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return id;
}

Result<Activity> ActivityRepository::get(qint64 id) const
{
    Query q(m_db.connection(), kSelect + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.asError();
    if (!q.next())
        return makeError(QStringLiteral("not_found"), tr("There is no activity with number %1.").arg(id));
    return readActivity(q);
}

Status ActivityRepository::update(const Activity& activity)
{
    if (auto valid = validate(activity); !valid)
        return valid;
    return m_store.update(activity.id, toColumns(activity));
}

Status ActivityRepository::remove(qint64 id)
{
    return m_store.remove(id);
}

Result<QList<Activity>> ActivityRepository::list(const ActivityQuery& query) const
{
    const SqlCondition where = whereClause(query);
    QVariantList values = where.values;
    values << qMax(0, query.limit) << qMax(0, query.offset);
    const QString sql = kSelect + where.sql + QStringLiteral(" ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
    return fetchAll<Activity>(m_db.connection(), sql, values, readActivity);
}

Result<int> ActivityRepository::count(const ActivityQuery& query) const
{
    const SqlCondition where = whereClause(query);
    return fetchCount(m_db.connection(), QStringLiteral("SELECT count(*) FROM activities ") + where.sql, where.values);
}

} // namespace rapport
