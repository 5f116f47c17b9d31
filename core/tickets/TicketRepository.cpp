#include "TicketRepository.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"
#include "search/FtsQuery.h"
#include "tickets/SlaPolicy.h"
#include "tickets/SlaState.h"

#include <QCoreApplication>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::TicketRepository", text);
}

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.customer_id, t.contact_id, t.subject, t.description, t.status, t.priority, t.channel, "
    "t.created_at, t.updated_at, t.first_response_due, t.resolution_due, t.first_response_at, t.resolved_at, "
    "t.closed_at, t.resolution, t.satisfaction, t.feedback, t.archived_at, c.name "
    "FROM tickets t JOIN customers c ON c.id = t.customer_id ");

const QStringList kChannels = {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("chat"),
                               QStringLiteral("in_person"), QStringLiteral("web"), QStringLiteral("other")};

Ticket readTicket(const Query& q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.contactId = q.value(2).toLongLong();
    t.subject = q.value(3).toString();
    t.description = q.value(4).toString();
    t.status = ticketStatusFromKey(q.value(5).toString());
    t.priority = ticketPriorityFromKey(q.value(6).toString());
    t.channel = q.value(7).toString();
    t.createdAt = fromStoredInstant(q.value(8).toString());
    t.updatedAt = fromStoredInstant(q.value(9).toString());
    t.firstResponseDue = fromStoredInstant(q.value(10).toString());
    t.resolutionDue = fromStoredInstant(q.value(11).toString());
    t.firstResponseAt = fromStoredInstant(q.value(12).toString());
    t.resolvedAt = fromStoredInstant(q.value(13).toString());
    t.closedAt = fromStoredInstant(q.value(14).toString());
    t.resolution = q.value(15).toString();
    t.satisfaction = q.value(16).toInt();
    t.feedback = q.value(17).toString();
    t.archivedAt = fromStoredInstant(q.value(18).toString());
    t.customerName = q.value(19).toString();
    return t;
}

QString sortExpression(TicketSort sort)
{
    switch (sort) {
    case TicketSort::Subject: return QStringLiteral("t.subject COLLATE NOCASE");
    case TicketSort::Customer: return QStringLiteral("c.name COLLATE NOCASE");
    case TicketSort::Status:
        return QStringLiteral("CASE t.status WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' THEN 2 "
                              "WHEN 'resolved' THEN 3 ELSE 4 END");
    case TicketSort::Priority:
        return QStringLiteral("CASE t.priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 ELSE 3 END");
    case TicketSort::Created: return QStringLiteral("t.created_at");
    case TicketSort::ResolutionDue: return QStringLiteral("t.resolution_due");
    case TicketSort::NextDue:
        return QStringLiteral("CASE WHEN t.first_response_at IS NULL AND t.first_response_due < t.resolution_due "
                              "THEN t.first_response_due ELSE t.resolution_due END");
    }
    return QStringLiteral("t.created_at");
}

SqlCondition whereClause(const TicketQuery& query)
{
    SqlCondition where;
    QStringList parts;
    if (!query.includeArchived)
        parts << QStringLiteral("t.archived_at IS NULL");
    if (query.customerId > 0) {
        parts << QStringLiteral("(t.customer_id = ? OR t.contact_id = ?)");
        where.values << query.customerId << query.customerId;
    }
    if (query.status) {
        parts << QStringLiteral("t.status = ?");
        where.values << ticketStatusKey(*query.status);
    }
    if (query.openOnly)
        parts << QStringLiteral("t.status IN ('new', 'open', 'pending')");
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (const TicketStatus s : query.statuses) {
            marks << QStringLiteral("?");
            where.values << ticketStatusKey(s);
        }
        parts << QStringLiteral("t.status IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (query.breachedAt.isValid()) {
        // The same rule as slaStatus(): a promise still open whose time is past.
        parts << QStringLiteral("t.status IN ('new', 'open', 'pending') AND ((t.first_response_at IS NULL AND "
                                "t.first_response_due < ?) OR t.resolution_due < ?)");
        where.values << toStoredInstant(query.breachedAt) << toStoredInstant(query.breachedAt);
    }
    if (query.resolvedSince.isValid()) {
        parts << QStringLiteral("t.resolved_at >= ?");
        where.values << toStoredInstant(query.resolvedSince);
    }
    if (query.priority) {
        parts << QStringLiteral("t.priority = ?");
        where.values << ticketPriorityKey(*query.priority);
    }
    const FtsQuery fts = FtsQuery::parse(query.text);
    if (!fts.isEmpty()) {
        const SqlCondition text = titleTextCondition(fts, QStringLiteral("tickets_fts"), QStringLiteral("t.id"),
                                                     QStringLiteral("t.subject"));
        parts << text.sql;
        where.values << text.values;
    }
    if (!parts.isEmpty())
        where.sql = QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND "));
    return where;
}

QString statusName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New: return QCoreApplication::translate("rapport::TicketRepository", "New");
    case TicketStatus::Open: return QCoreApplication::translate("rapport::TicketRepository", "Open");
    case TicketStatus::Pending: return QCoreApplication::translate("rapport::TicketRepository", "Pending");
    case TicketStatus::Resolved: return QCoreApplication::translate("rapport::TicketRepository", "Resolved");
    case TicketStatus::Closed: return QCoreApplication::translate("rapport::TicketRepository", "Closed");
    }
    return {};
}

QVariant instantOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(toStoredInstant(t)) : QVariant();
}

} // namespace

Status TicketRepository::validate(const Ticket& t)
{
    if (t.subject.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"), tr("A ticket needs a subject."));
    if (t.customerId <= 0)
        return makeError(QStringLiteral("invalid"), tr("A ticket needs a customer."));
    if (!kChannels.contains(t.channel))
        return makeError(QStringLiteral("invalid"), tr("Unknown channel \"%1\".").arg(t.channel));
    if (t.satisfaction < 0 || t.satisfaction > 5)
        return makeError(QStringLiteral("invalid"), tr("Satisfaction is a score from 1 to 5."));
    return Ok{};
}

QString ticketStatusKey(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New: return QStringLiteral("new");
    case TicketStatus::Open: return QStringLiteral("open");
    case TicketStatus::Pending: return QStringLiteral("pending");
    case TicketStatus::Resolved: return QStringLiteral("resolved");
    case TicketStatus::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("new");
}

TicketStatus ticketStatusFromKey(const QString& key)
{
    static const QHash<QString, TicketStatus> map = {
        {QStringLiteral("new"), TicketStatus::New},           {QStringLiteral("open"), TicketStatus::Open},
        {QStringLiteral("pending"), TicketStatus::Pending},   {QStringLiteral("resolved"), TicketStatus::Resolved},
        {QStringLiteral("closed"), TicketStatus::Closed}};
    return map.value(key, TicketStatus::New);
}

QString ticketPriorityKey(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Low: return QStringLiteral("low");
    case TicketPriority::Normal: return QStringLiteral("normal");
    case TicketPriority::High: return QStringLiteral("high");
    case TicketPriority::Urgent: return QStringLiteral("urgent");
    }
    return QStringLiteral("normal");
}

TicketPriority ticketPriorityFromKey(const QString& key)
{
    static const QHash<QString, TicketPriority> map = {
        {QStringLiteral("low"), TicketPriority::Low}, {QStringLiteral("normal"), TicketPriority::Normal},
        {QStringLiteral("high"), TicketPriority::High}, {QStringLiteral("urgent"), TicketPriority::Urgent}};
    return map.value(key, TicketPriority::Normal);
}

TicketRepository::TicketRepository(Database& db) : m_db(db), m_store(db, tableSpec(Entity::Ticket)) {}

Result<qint64> TicketRepository::create(const Ticket& ticket)
{
    if (auto valid = validate(ticket); !valid)
        return valid.error();
    const QDateTime created = ticket.createdAt.isValid() ? ticket.createdAt : Clock::nowUtc();
    const SlaRule rule = SlaPolicy::rule(m_db, ticket.priority);
    QVariantMap columns{
        {QStringLiteral("customer_id"), ticket.customerId},
        {QStringLiteral("contact_id"), ticket.contactId > 0 ? QVariant(ticket.contactId) : QVariant()},
        {QStringLiteral("subject"), ticket.subject.trimmed()},
        {QStringLiteral("description"), ticket.description},
        {QStringLiteral("status"), ticketStatusKey(ticket.status)},
        {QStringLiteral("priority"), ticketPriorityKey(ticket.priority)},
        {QStringLiteral("channel"), ticket.channel},
        {QStringLiteral("created_at"), toStoredInstant(created)},
        {QStringLiteral("first_response_due"), toStoredInstant(created.addSecs(rule.firstResponseMinutes * 60LL))},
        {QStringLiteral("resolution_due"), toStoredInstant(created.addSecs(rule.resolutionMinutes * 60LL))},
        {QStringLiteral("first_response_at"), instantOrNull(ticket.firstResponseAt)},
        {QStringLiteral("resolved_at"), instantOrNull(ticket.resolvedAt)},
        {QStringLiteral("closed_at"), instantOrNull(ticket.closedAt)},
        {QStringLiteral("resolution"), ticket.resolution},
        {QStringLiteral("satisfaction"), ticket.satisfaction > 0 ? QVariant(ticket.satisfaction) : QVariant()},
        {QStringLiteral("feedback"), ticket.feedback},
    };
    return m_store.insert(columns);
}

Result<Ticket> TicketRepository::get(qint64 id) const
{
    Query q(m_db.connection(), kSelect + QStringLiteral("WHERE t.id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.asError();
    if (!q.next())
        return makeError(QStringLiteral("not_found"), tr("There is no ticket with number %1.").arg(id));
    return readTicket(q);
}

Status TicketRepository::update(const Ticket& ticket)
{
    if (auto valid = validate(ticket); !valid)
        return valid;
    auto current = get(ticket.id);
    if (!current)
        return current.error();
    QVariantMap columns{
        {QStringLiteral("customer_id"), ticket.customerId},
        {QStringLiteral("contact_id"), ticket.contactId > 0 ? QVariant(ticket.contactId) : QVariant()},
        {QStringLiteral("subject"), ticket.subject.trimmed()},
        {QStringLiteral("description"), ticket.description},
        {QStringLiteral("priority"), ticketPriorityKey(ticket.priority)},
        {QStringLiteral("channel"), ticket.channel},
        {QStringLiteral("resolution"), ticket.resolution},
        {QStringLiteral("feedback"), ticket.feedback},
    };
    if (ticket.priority != current.value().priority) {
        // A new priority brings its own promise, counted from when the ticket came in.
        const SlaRule rule = SlaPolicy::rule(m_db, ticket.priority);
        const QDateTime created = current.value().createdAt;
        columns.insert(QStringLiteral("first_response_due"), toStoredInstant(created.addSecs(rule.firstResponseMinutes * 60LL)));
        columns.insert(QStringLiteral("resolution_due"), toStoredInstant(created.addSecs(rule.resolutionMinutes * 60LL)));
    }
    return m_store.update(ticket.id, columns);
}

QList<TicketStatus> TicketRepository::nextStatuses(TicketStatus from)
{
    switch (from) {
    case TicketStatus::New: return {TicketStatus::Open, TicketStatus::Pending, TicketStatus::Resolved};
    case TicketStatus::Open: return {TicketStatus::Pending, TicketStatus::Resolved};
    case TicketStatus::Pending: return {TicketStatus::Open, TicketStatus::Resolved};
    case TicketStatus::Resolved: return {TicketStatus::Closed, TicketStatus::Open};
    case TicketStatus::Closed: return {TicketStatus::Open};
    }
    return {};
}

Status TicketRepository::setStatus(qint64 id, TicketStatus status, const QString& resolution)
{
    auto current = get(id);
    if (!current)
        return current.error();
    if (current.value().status == status && resolution.isEmpty())
        return Ok{};
    if (current.value().status != status && !nextStatuses(current.value().status).contains(status))
        return makeError(QStringLiteral("invalid"), tr("A ticket cannot go from “%1” to “%2”.")
                                                        .arg(statusName(current.value().status), statusName(status)));
    const QString now = toStoredInstant(Clock::nowUtc());
    QVariantMap columns{{QStringLiteral("status"), ticketStatusKey(status)}};
    switch (status) {
    case TicketStatus::New:
    case TicketStatus::Open:
    case TicketStatus::Pending:
        columns.insert(QStringLiteral("resolved_at"), QVariant());
        columns.insert(QStringLiteral("closed_at"), QVariant());
        break;
    case TicketStatus::Resolved:
        if (!current.value().resolvedAt.isValid())
            columns.insert(QStringLiteral("resolved_at"), now);
        columns.insert(QStringLiteral("closed_at"), QVariant());
        break;
    case TicketStatus::Closed:
        if (!current.value().resolvedAt.isValid())
            columns.insert(QStringLiteral("resolved_at"), now);
        if (!current.value().closedAt.isValid())
            columns.insert(QStringLiteral("closed_at"), now);
        break;
    }
    if (!resolution.isEmpty())
        columns.insert(QStringLiteral("resolution"), resolution);
    return m_store.update(id, columns);
}

Status TicketRepository::setSatisfaction(qint64 id, int score, const QString& feedback)
{
    if (score < 1 || score > 5)
        return makeError(QStringLiteral("invalid"), tr("Satisfaction is a score from 1 to 5."));
    auto current = get(id);
    if (!current)
        return current.error();
    if (isUnresolved(current.value().status))
        return makeError(QStringLiteral("invalid"), tr("The customer's satisfaction is recorded once the ticket is resolved."));
    return m_store.update(id, {{QStringLiteral("satisfaction"), score}, {QStringLiteral("feedback"), feedback}});
}

Status TicketRepository::recordFirstResponse(qint64 id, const QDateTime& at)
{
    auto current = get(id);
    if (!current)
        return current.error();
    if (current.value().firstResponseAt.isValid())
        return Ok{};
    QVariantMap columns{{QStringLiteral("first_response_at"), toStoredInstant(at)}};
    if (current.value().status == TicketStatus::New)
        columns.insert(QStringLiteral("status"), ticketStatusKey(TicketStatus::Open));
    return m_store.update(id, columns);
}

Status TicketRepository::restoreProgress(const Ticket& before)
{
    return m_store.update(before.id, {
        {QStringLiteral("status"), ticketStatusKey(before.status)},
        {QStringLiteral("resolved_at"), instantOrNull(before.resolvedAt)},
        {QStringLiteral("closed_at"), instantOrNull(before.closedAt)},
        {QStringLiteral("first_response_at"), instantOrNull(before.firstResponseAt)},
        {QStringLiteral("resolution"), before.resolution},
        {QStringLiteral("satisfaction"), before.satisfaction > 0 ? QVariant(before.satisfaction) : QVariant()},
        {QStringLiteral("feedback"), before.feedback},
    });
}

Status TicketRepository::setArchived(qint64 id, bool archived)
{
    return m_store.setArchived(id, archived);
}

Status TicketRepository::remove(qint64 id)
{
    // Activities and tasks about it stay with the customer, unlinked.
    return m_store.removeUnlinking(id, QStringLiteral("ticket_id"));
}

Result<QList<Ticket>> TicketRepository::list(const TicketQuery& query) const
{
    const SqlCondition where = whereClause(query);
    const QString order = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QVariantList values = where.values;
    values << qMax(0, query.limit) << qMax(0, query.offset);
    const QString sql = kSelect + where.sql +
                                   QStringLiteral(" ORDER BY %1 %2, t.id %2 LIMIT ? OFFSET ?")
                                       .arg(sortExpression(query.sort), order);
    return fetchAll<Ticket>(m_db.connection(), sql, values, readTicket);
}

Result<int> TicketRepository::count(const TicketQuery& query) const
{
    const SqlCondition where = whereClause(query);
    return fetchCount(m_db.connection(), QStringLiteral("SELECT count(*) FROM tickets t ") + where.sql, where.values);
}

} // namespace rapport
