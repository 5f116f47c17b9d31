#include "SegmentRepository.h"

#include "Clock.h"
#include "campaigns/SegmentSql.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"

namespace rapport {
namespace {

const QString kSelect =
    QStringLiteral("SELECT id, name, match_all, conditions, created_at, updated_at FROM segments ");

Result<Segment> readSegment(const Query& q)
{
    Segment s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.matchAll = q.value(2).toInt() != 0;
    auto conditions = SegmentRules::fromJson(q.value(3).toString());
    if (!conditions)
        return conditions.error();
    s.conditions = conditions.take();
    s.createdAt = fromStoredInstant(q.value(4).toString());
    s.updatedAt = fromStoredInstant(q.value(5).toString());
    return s;
}

QVariantMap toColumns(const Segment& s)
{
    return {{QStringLiteral("name"), s.name.trimmed()},
            {QStringLiteral("match_all"), s.matchAll ? 1 : 0},
            {QStringLiteral("conditions"), SegmentRules::toJson(s.conditions)}};
}

} // namespace

SegmentRepository::SegmentRepository(Database& db) : m_db(db), m_store(db, tableSpec(Entity::Segment)) {}

Status SegmentRepository::validate(const Segment& segment) const
{
    const QString name = segment.name.trimmed();
    if (name.isEmpty())
        return makeError(QStringLiteral("invalid"), tr("A segment needs a name."));
    if (name.size() > 200)
        return makeError(QStringLiteral("invalid"), tr("The name is too long (at most 200 characters)."));
    auto taken = fetchCount(m_db.connection(),
                            QStringLiteral("SELECT count(*) FROM segments WHERE name = ? COLLATE NOCASE AND id <> ?"),
                            {name, segment.id});
    if (!taken)
        return taken.error();
    if (taken.value() > 0)
        return makeError(QStringLiteral("duplicate"), tr("There is already a segment named \"%1\".").arg(name));
    for (const auto& c : segment.conditions) {
        if (auto valid = SegmentRules::validate(c); !valid)
            return valid;
    }
    return Ok{};
}

Result<qint64> SegmentRepository::create(const Segment& segment)
{
    if (auto valid = validate(segment); !valid)
        return valid.error();
    return m_store.insert(toColumns(segment));
}

Status SegmentRepository::update(const Segment& segment)
{
    if (auto valid = validate(segment); !valid)
        return valid;
    return m_store.update(segment.id, toColumns(segment));
}

Status SegmentRepository::remove(qint64 id)
{
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    RecordStore campaigns(m_db, tableSpec(Entity::Campaign));
    auto linked = campaigns.idsWhere(QStringLiteral("segment_id = ?"), {id});
    if (!linked)
        return linked.error();
    if (auto unlinked = campaigns.updateEach(linked.value(), {{QStringLiteral("segment_id"), QVariant()}}); !unlinked)
        return unlinked;
    if (auto removed = m_store.remove(id); !removed)
        return removed;
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

Result<Segment> SegmentRepository::get(qint64 id) const
{
    Query q(m_db.connection(), kSelect + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.asError();
    if (!q.next())
        return makeError(QStringLiteral("not_found"), tr("There is no segment with number %1.").arg(id));
    return readSegment(q);
}

Result<Segment> SegmentRepository::byName(const QString& name) const
{
    Query q(m_db.connection(), kSelect + QStringLiteral("WHERE name = ? COLLATE NOCASE ORDER BY name = ? DESC LIMIT 1"));
    q.bindAll({name.trimmed(), name.trimmed()});
    if (!q.exec())
        return q.asError();
    if (!q.next())
        return makeError(QStringLiteral("not_found"), tr("There is no segment named \"%1\".").arg(name));
    return readSegment(q);
}

Result<QList<Segment>> SegmentRepository::list() const
{
    Query q(m_db.connection(), kSelect + QStringLiteral("ORDER BY name COLLATE NOCASE"));
    if (!q.exec())
        return q.asError();
    QList<Segment> rows;
    while (q.next()) {
        auto s = readSegment(q);
        if (!s)
            return s.error();
        rows << s.take();
    }
    return rows;
}

Result<int> SegmentRepository::count(const QSqlDatabase& db, const Segment& segment)
{
    auto where = SegmentSql::condition(segment);
    if (!where)
        return where.error();
    return fetchCount(db, QStringLiteral("SELECT count(*) FROM customers c WHERE ") + where.value().sql,
                      where.value().values);
}

Result<QList<qint64>> SegmentRepository::customerIds(const QSqlDatabase& db, const Segment& segment)
{
    auto where = SegmentSql::condition(segment);
    if (!where)
        return where.error();
    return fetchAll<qint64>(db, QStringLiteral("SELECT c.id FROM customers c WHERE %1 ORDER BY c.id").arg(where.value().sql),
                            where.value().values, [](const Query& q) { return q.value(0).toLongLong(); });
}

Result<int> SegmentRepository::count(const Segment& segment) const
{
    return count(m_db.connection(), segment);
}

Result<QList<qint64>> SegmentRepository::customerIds(const Segment& segment) const
{
    return customerIds(m_db.connection(), segment);
}

} // namespace rapport
