#include "RecordStore.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"
#include "safety/AuditLog.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace rapport {
namespace {

const QString kCustomerTags = QStringLiteral(
    "(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
    "WHERE ct.customer_id = customers.id ORDER BY t.name COLLATE NOCASE)) AS tags");

std::vector<TableSpec> buildSpecs()
{
    auto cols = [](const char* list) { return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    return {
        {QStringLiteral("customers"), Entity::Customer,
         cols("id kind name company_id job_title email email2 phone mobile website street city region postal_code "
              "country birthday source notes created_at updated_at archived_at"),
         kCustomerTags, true},
        {QStringLiteral("deals"), Entity::Deal,
         cols("id customer_id contact_id title amount_minor currency stage_id status expected_close lost_reason "
              "campaign_id notes created_at updated_at stage_changed_at closed_at archived_at"),
         {}, true},
        {QStringLiteral("tickets"), Entity::Ticket,
         cols("id customer_id contact_id subject description status priority channel created_at updated_at "
              "first_response_due resolution_due first_response_at resolved_at closed_at resolution satisfaction "
              "feedback archived_at"),
         {}, true},
        {QStringLiteral("activities"), Entity::Activity,
         cols("id customer_id deal_id ticket_id kind direction occurred_at summary body duration_minutes created_at "
              "updated_at"),
         {}, false},
        {QStringLiteral("tasks"), Entity::Task,
         cols("id title notes due_at done_at priority customer_id deal_id ticket_id origin_key created_at updated_at"),
         {}, false},
        {QStringLiteral("campaigns"), Entity::Campaign,
         cols("id name channel budget_minor currency starts_on ends_on segment_id notes created_at updated_at "
              "archived_at"),
         {}, true},
        {QStringLiteral("segments"), Entity::Segment, cols("id name match_all conditions created_at updated_at"), {},
         false},
    };
}

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::RecordStore", text);
}


} // namespace

QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

const std::vector<TableSpec>& auditedTables()
{
    static const std::vector<TableSpec> specs = buildSpecs();
    return specs;
}

const TableSpec& tableSpec(Entity entity)
{
    for (const auto& spec : auditedTables()) {
        if (spec.entity == entity)
            return spec;
    }
    Q_UNREACHABLE();
}

QString imageSelectList(const TableSpec& spec)
{
    QString list = spec.columns.join(QStringLiteral(", "));
    if (!spec.computedColumns.isEmpty())
        list += QStringLiteral(", ") + spec.computedColumns;
    return list;
}

Result<QVariantMap> RecordStore::image(qint64 id) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(imageSelectList(m_spec), m_spec.table));
    q.bind(id);
    return fetchRowMap(q);
}

Status RecordStore::audit(qint64 id, const QString& action, const QVariantMap& before, const QVariantMap& after)
{
    AuditLog log(m_db);
    return log.append(entityName(m_spec.entity), id, action, before, after);
}

Result<qint64> RecordStore::insert(QVariantMap values)
{
    const QString now = toStoredInstant(Clock::nowUtc());
    if (!values.contains(QStringLiteral("created_at")))
        values.insert(QStringLiteral("created_at"), now);
    values.insert(QStringLiteral("updated_at"), now);

    QStringList names;
    QStringList marks;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Q_ASSERT(m_spec.columns.contains(it.key()));
        names << it.key();
        marks << QStringLiteral("?");
    }
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    Query q(m_db.connection(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(m_spec.table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(bindable(it.value()));
    if (!q.exec())
        return q.asError(q.error().contains(QStringLiteral("constraint"), Qt::CaseInsensitive)
                             ? QStringLiteral("invalid")
                             : QStringLiteral("sql"));
    const qint64 id = q.lastInsertId();
    auto after = image(id);
    if (!after)
        return after.error();
    if (auto logged = audit(id, QStringLiteral("insert"), {}, after.value()); !logged)
        return logged.error();
    m_db.announce(m_spec.entity, id, ChangeKind::Inserted);
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return id;
}

Status RecordStore::update(qint64 id, QVariantMap values)
{
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    auto before = image(id);
    if (!before)
        return before.error();
    if (before.value().isEmpty())
        return makeError(QStringLiteral("not_found"), tr("The record no longer exists."));

    // Only columns whose value really changes are written.
    for (auto it = values.begin(); it != values.end();) {
        Q_ASSERT(m_spec.columns.contains(it.key()));
        if (AuditLog::canonicalValue(it.value()) == AuditLog::canonicalValue(before.value().value(it.key())))
            it = values.erase(it);
        else
            ++it;
    }
    if (values.isEmpty())
        return Ok{};
    values.insert(QStringLiteral("updated_at"), toStoredInstant(Clock::nowUtc()));

    QStringList sets;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        sets << it.key() + QStringLiteral(" = ?");
    Query q(m_db.connection(),
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_spec.table, sets.join(QStringLiteral(", "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(bindable(it.value()));
    q.bind(id);
    if (!q.exec())
        return q.asError(q.error().contains(QStringLiteral("constraint"), Qt::CaseInsensitive)
                             ? QStringLiteral("invalid")
                             : QStringLiteral("sql"));
    if (auto logged = logChange(id, before.value()); !logged)
        return logged;
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

Status RecordStore::logChange(qint64 id, const QVariantMap& before)
{
    auto after = image(id);
    if (!after)
        return after.error();
    const QString archivedKey = QStringLiteral("archived_at");
    QString action = QStringLiteral("update");
    ChangeKind kind = ChangeKind::Updated;
    if (m_spec.hasArchive && before.value(archivedKey).isNull() != after.value().value(archivedKey).isNull()) {
        const bool archived = !after.value().value(archivedKey).isNull();
        action = archived ? QStringLiteral("archive") : QStringLiteral("unarchive");
        kind = archived ? ChangeKind::Archived : ChangeKind::Unarchived;
    }
    if (auto logged = audit(id, action, before, after.value()); !logged)
        return logged;
    m_db.announce(m_spec.entity, id, kind);
    return Ok{};
}

Status RecordStore::setArchived(qint64 id, bool archived)
{
    Q_ASSERT(m_spec.hasArchive);
    return update(id, {{QStringLiteral("archived_at"),
                        archived ? QVariant(toStoredInstant(Clock::nowUtc())) : QVariant()}});
}

Status RecordStore::remove(qint64 id)
{
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    auto before = image(id);
    if (!before)
        return before.error();
    if (before.value().isEmpty())
        return makeError(QStringLiteral("not_found"), tr("The record no longer exists."));
    Query q(m_db.connection(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_spec.table));
    q.bind(id);
    if (!q.exec())
        return q.asError(q.error().contains(QStringLiteral("constraint"), Qt::CaseInsensitive)
                             ? QStringLiteral("in_use")
                             : QStringLiteral("sql"));
    if (auto logged = audit(id, QStringLiteral("delete"), before.value(), {}); !logged)
        return logged;
    m_db.announce(m_spec.entity, id, ChangeKind::Deleted);
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

Result<QList<qint64>> RecordStore::idsWhere(const QString& condition, const QVariantList& values) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id FROM %1 WHERE %2").arg(m_spec.table, condition));
    for (const auto& v : values)
        q.bind(v);
    if (!q.exec())
        return q.asError();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status RecordStore::updateEach(const QList<qint64>& ids, const QVariantMap& values)
{
    for (qint64 id : ids) {
        if (auto updated = update(id, values); !updated)
            return updated;
    }
    return Ok{};
}

Status RecordStore::removeEach(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        if (auto removed = remove(id); !removed)
            return removed;
    }
    return Ok{};
}

Status RecordStore::removeUnlinking(qint64 id, const QString& linkColumn)
{
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    for (const Entity entity : {Entity::Activity, Entity::Task}) {
        RecordStore store(m_db, tableSpec(entity));
        auto ids = store.idsWhere(linkColumn + QStringLiteral(" = ?"), {id});
        if (!ids)
            return ids.error();
        if (auto detached = store.updateEach(ids.value(), {{linkColumn, QVariant()}}); !detached)
            return detached;
    }
    if (auto removed = remove(id); !removed)
        return removed;
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

} // namespace rapport
