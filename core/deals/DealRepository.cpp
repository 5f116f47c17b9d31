#include "DealRepository.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"
#include "search/FtsQuery.h"

#include <QCoreApplication>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::DealRepository", text);
}

const QString kSelect = QStringLiteral(
    "SELECT d.id, d.customer_id, d.contact_id, d.title, d.amount_minor, d.currency, d.stage_id, d.status, "
    "d.expected_close, d.lost_reason, d.campaign_id, d.notes, d.created_at, d.updated_at, d.stage_changed_at, "
    "d.closed_at, d.archived_at, c.name, s.name, s.probability "
    "FROM %1 JOIN customers c ON c.id = d.customer_id JOIN pipeline_stages s ON s.id = d.stage_id ");

Deal readDeal(const Query& q)
{
    Deal d;
    d.id = q.value(0).toLongLong();
    d.customerId = q.value(1).toLongLong();
    d.contactId = q.value(2).toLongLong();
    d.title = q.value(3).toString();
    d.amountMinor = q.value(4).toLongLong();
    d.currency = q.value(5).toString();
    d.stageId = q.value(6).toLongLong();
    d.status = dealStatusFromKey(q.value(7).toString());
    d.expectedClose = fromStoredDate(q.value(8).toString());
    d.lostReason = q.value(9).toString();
    d.campaignId = q.value(10).toLongLong();
    d.notes = q.value(11).toString();
    d.createdAt = fromStoredInstant(q.value(12).toString());
    d.updatedAt = fromStoredInstant(q.value(13).toString());
    d.stageChangedAt = fromStoredInstant(q.value(14).toString());
    d.closedAt = fromStoredInstant(q.value(15).toString());
    d.archivedAt = fromStoredInstant(q.value(16).toString());
    d.customerName = q.value(17).toString();
    d.stageName = q.value(18).toString();
    d.stageProbability = q.value(19).toInt();
    return d;
}

QString sortExpression(DealSort sort)
{
    switch (sort) {
    case DealSort::Title: return QStringLiteral("d.title COLLATE NOCASE");
    case DealSort::Customer: return QStringLiteral("c.name COLLATE NOCASE");
    case DealSort::Amount: return QStringLiteral("d.amount_minor");
    case DealSort::Stage: return QStringLiteral("s.position");
    case DealSort::ExpectedClose: return QStringLiteral("d.expected_close");
    case DealSort::Created: return QStringLiteral("d.created_at");
    case DealSort::Closed: return QStringLiteral("d.closed_at");
    case DealSort::Board: return QStringLiteral("coalesce(d.expected_close, '9999-12-31')");
    }
    return QStringLiteral("d.created_at");
}

// Open deals by expected close date (Today's late deals, the list's close-date filter): without statistics the
// planner reads every open deal through deals_status_closed and looks each one up (6 s at a million deals);
// the forecast's covering index (migration 0004) holds exactly these rows, in close-date order.
QString dealsSource(const DealQuery& query)
{
    const bool openByClose = query.status == DealStatus::Open && !query.includeArchived &&
                             (query.closeFrom.isValid() || query.closeTo.isValid()) && query.stageId <= 0 &&
                             query.customerId <= 0;
    return openByClose ? QStringLiteral("deals d INDEXED BY deals_open_forecast") : QStringLiteral("deals d");
}

SqlCondition whereClause(const DealQuery& query)
{
    SqlCondition where;
    QStringList parts;
    if (!query.includeArchived)
        parts << QStringLiteral("d.archived_at IS NULL");
    if (query.customerId > 0) {
        parts << QStringLiteral("(d.customer_id = ? OR d.contact_id = ?)");
        where.values << query.customerId << query.customerId;
    }
    if (query.stageId > 0) {
        parts << QStringLiteral("d.stage_id = ?");
        where.values << query.stageId;
    }
    if (query.status == DealStatus::Open) {
        // A constant, written out so the planner can use the partial board indexes (migration 0006).
        parts << QStringLiteral("d.status = 'open'");
    } else if (query.status) {
        parts << QStringLiteral("d.status = ?");
        where.values << dealStatusKey(*query.status);
    }
    if (query.closeFrom.isValid()) {
        parts << QStringLiteral("d.expected_close >= ?");
        where.values << toStoredDate(query.closeFrom);
    }
    if (query.closeTo.isValid()) {
        parts << QStringLiteral("d.expected_close <= ?");
        where.values << toStoredDate(query.closeTo);
    }
    if (query.minAmount) {
        parts << QStringLiteral("d.amount_minor >= ?");
        where.values << *query.minAmount;
    }
    if (query.maxAmount) {
        parts << QStringLiteral("d.amount_minor <= ?");
        where.values << *query.maxAmount;
    }
    const FtsQuery fts = FtsQuery::parse(query.text);
    if (!fts.isEmpty()) {
        const SqlCondition text = titleTextCondition(fts, QStringLiteral("deals_fts"), QStringLiteral("d.id"),
                                                     QStringLiteral("d.title"));
        parts << text.sql;
        where.values << text.values;
    }
    if (!parts.isEmpty())
        where.sql = QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND "));
    return where;
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariantMap editableColumns(const Deal& d)
{
    return {
        {QStringLiteral("customer_id"), d.customerId},
        {QStringLiteral("contact_id"), optionalId(d.contactId)},
        {QStringLiteral("title"), d.title.trimmed()},
        {QStringLiteral("amount_minor"), d.amountMinor},
        {QStringLiteral("currency"), d.currency.toUpper()},
        {QStringLiteral("expected_close"), d.expectedClose.isValid() ? QVariant(toStoredDate(d.expectedClose)) : QVariant()},
        {QStringLiteral("lost_reason"), d.lostReason.trimmed()},
        {QStringLiteral("campaign_id"), optionalId(d.campaignId)},
        {QStringLiteral("notes"), d.notes},
    };
}

PipelineStage readStage(const Query& q)
{
    PipelineStage s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.position = q.value(2).toInt();
    s.probability = q.value(3).toInt();
    s.kind = dealStatusFromKey(q.value(4).toString());
    s.removed = !q.value(5).isNull();
    return s;
}

} // namespace

Status DealRepository::validate(const Deal& d)
{
    if (d.title.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"), tr("A deal needs a title."));
    if (d.customerId <= 0)
        return makeError(QStringLiteral("invalid"), tr("A deal needs a customer."));
    if (d.amountMinor < 0)
        return makeError(QStringLiteral("invalid"), tr("The amount cannot be negative."));
    if (d.currency.size() != 3)
        return makeError(QStringLiteral("invalid"), tr("The currency must be a three-letter code such as USD or CNY."));
    return Ok{};
}

QString dealStatusKey(DealStatus status)
{
    switch (status) {
    case DealStatus::Open: return QStringLiteral("open");
    case DealStatus::Won: return QStringLiteral("won");
    case DealStatus::Lost: return QStringLiteral("lost");
    }
    return QStringLiteral("open");
}

DealStatus dealStatusFromKey(const QString& key)
{
    if (key == QStringLiteral("won"))
        return DealStatus::Won;
    if (key == QStringLiteral("lost"))
        return DealStatus::Lost;
    return DealStatus::Open;
}

DealRepository::DealRepository(Database& db) : m_db(db), m_store(db, tableSpec(Entity::Deal)) {}

Result<QList<PipelineStage>> DealRepository::stages() const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT id, name, position, probability, kind, removed_at FROM pipeline_stages "
                           "WHERE removed_at IS NULL ORDER BY position"));
    if (!q.exec())
        return q.asError();
    QList<PipelineStage> list;
    while (q.next())
        list << readStage(q);
    return list;
}

Result<PipelineStage> DealRepository::stage(qint64 id) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT id, name, position, probability, kind, removed_at FROM pipeline_stages WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.asError();
    if (!q.next())
        return makeError(QStringLiteral("not_found"), tr("There is no pipeline stage with number %1.").arg(id));
    return readStage(q);
}

Status DealRepository::recordStageChange(qint64 dealId, qint64 from, qint64 to, const QDateTime& at)
{
    Query q(m_db.connection(), QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, "
                                              "changed_at) VALUES (?, ?, ?, ?)"));
    q.bindAll({dealId, optionalId(from), to, toStoredInstant(at)});
    if (!q.exec())
        return q.asError();
    return Ok{};
}

Result<qint64> DealRepository::create(const Deal& deal)
{
    if (auto valid = validate(deal); !valid)
        return valid.error();
    qint64 stageId = deal.stageId;
    if (stageId <= 0) {
        stageId = scalar(m_db.connection(), QStringLiteral("SELECT id FROM pipeline_stages WHERE kind = 'open' "
                                                           "AND removed_at IS NULL ORDER BY position LIMIT 1")).toLongLong();
    }
    auto target = stage(stageId);
    if (!target)
        return target.error();
    if (target.value().removed)
        return makeError(QStringLiteral("invalid"), tr("The stage “%1” was removed from the pipeline.").arg(target.value().name));
    const QDateTime created = deal.createdAt.isValid() ? deal.createdAt : Clock::nowUtc();
    const QDateTime stageAt = deal.stageChangedAt.isValid() ? deal.stageChangedAt : created;

    QVariantMap columns = editableColumns(deal);
    columns.insert(QStringLiteral("stage_id"), stageId);
    columns.insert(QStringLiteral("status"), dealStatusKey(target.value().kind));
    columns.insert(QStringLiteral("created_at"), toStoredInstant(created));
    columns.insert(QStringLiteral("stage_changed_at"), toStoredInstant(stageAt));
    if (target.value().kind != DealStatus::Open)
        columns.insert(QStringLiteral("closed_at"),
                       toStoredInstant(deal.closedAt.isValid() ? deal.closedAt : stageAt));

    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    auto id = m_store.insert(columns);
    if (!id)
        return id;
    if (auto recorded = recordStageChange(id.value(), 0, stageId, stageAt); !recorded)
        return recorded.error();
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return id;
}

Result<Deal> DealRepository::get(qint64 id) const
{
    Query q(m_db.connection(), kSelect.arg(QStringLiteral("deals d")) + QStringLiteral("WHERE d.id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.asError();
    if (!q.next())
        return makeError(QStringLiteral("not_found"), tr("There is no deal with number %1.").arg(id));
    return readDeal(q);
}

Status DealRepository::update(const Deal& deal)
{
    if (auto valid = validate(deal); !valid)
        return valid;
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    auto current = get(deal.id);
    if (!current)
        return current.error();
    if (auto updated = m_store.update(deal.id, editableColumns(deal)); !updated)
        return updated;
    if (deal.stageId > 0 && deal.stageId != current.value().stageId) {
        if (auto moved = moveToStage(deal.id, deal.stageId, deal.closedAt, deal.lostReason); !moved)
            return moved;
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

Status DealRepository::moveToStage(qint64 id, qint64 stageId, const QDateTime& closedAt, const QString& lostReason)
{
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    auto current = get(id);
    if (!current)
        return current.error();
    auto target = stage(stageId);
    if (!target)
        return target.error();
    if (current.value().stageId == stageId)
        return Ok{};
    if (target.value().removed)
        return makeError(QStringLiteral("invalid"), tr("The stage “%1” was removed from the pipeline.").arg(target.value().name));
    const QDateTime now = Clock::nowUtc();
    const DealStatus status = target.value().kind;
    QVariantMap columns{{QStringLiteral("stage_id"), stageId},
                        {QStringLiteral("status"), dealStatusKey(status)},
                        {QStringLiteral("stage_changed_at"), toStoredInstant(now)}};
    if (status == DealStatus::Open) {
        columns.insert(QStringLiteral("closed_at"), QVariant());
        columns.insert(QStringLiteral("lost_reason"), QString());
    } else {
        columns.insert(QStringLiteral("closed_at"), toStoredInstant(closedAt.isValid() ? closedAt : now));
        columns.insert(QStringLiteral("lost_reason"), status == DealStatus::Lost ? lostReason.trimmed() : QString());
    }
    if (auto updated = m_store.update(id, columns); !updated)
        return updated;
    if (auto recorded = recordStageChange(id, current.value().stageId, stageId, now); !recorded)
        return recorded;
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

Status DealRepository::restoreStage(const Deal& before)
{
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    auto current = get(before.id);
    if (!current)
        return current.error();
    if (current.value().stageId == before.stageId)
        return Ok{};
    Query last(m_db.connection(), QStringLiteral("SELECT id, from_stage_id, to_stage_id FROM deal_stage_history "
                                                 "WHERE deal_id = ? ORDER BY changed_at DESC, id DESC LIMIT 1"));
    last.bind(before.id);
    if (!last.exec())
        return last.asError();
    if (!last.next() || last.value(1).toLongLong() != before.stageId ||
        last.value(2).toLongLong() != current.value().stageId)
        return makeError(QStringLiteral("changed"), tr("“%1” has moved again since; it was left where it is.")
                                                        .arg(current.value().title));
    Query drop(m_db.connection(), QStringLiteral("DELETE FROM deal_stage_history WHERE id = ?"));
    drop.bind(last.value(0));
    if (!drop.exec())
        return drop.asError();
    const QVariantMap columns{
        {QStringLiteral("stage_id"), before.stageId},
        {QStringLiteral("status"), dealStatusKey(before.status)},
        {QStringLiteral("stage_changed_at"), toStoredInstant(before.stageChangedAt)},
        {QStringLiteral("closed_at"), before.closedAt.isValid() ? QVariant(toStoredInstant(before.closedAt)) : QVariant()},
        {QStringLiteral("lost_reason"), before.lostReason},
    };
    if (auto updated = m_store.update(before.id, columns); !updated)
        return updated;
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

Status DealRepository::setArchived(qint64 id, bool archived)
{
    return m_store.setArchived(id, archived);
}

Status DealRepository::remove(qint64 id)
{
    // Activities and tasks about it stay with the customer, unlinked.
    return m_store.removeUnlinking(id, QStringLiteral("deal_id"));
}

Result<QList<StageChange>> DealRepository::stageHistory(qint64 dealId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, deal_id, from_stage_id, to_stage_id, changed_at FROM "
                                              "deal_stage_history WHERE deal_id = ? ORDER BY changed_at, id"));
    q.bind(dealId);
    if (!q.exec())
        return q.asError();
    QList<StageChange> list;
    while (q.next()) {
        list << StageChange{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                            q.value(3).toLongLong(), fromStoredInstant(q.value(4).toString())};
    }
    return list;
}

Result<QList<Deal>> DealRepository::list(const DealQuery& query) const
{
    const SqlCondition where = whereClause(query);
    const QString order = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QVariantList values = where.values;
    values << qMax(0, query.limit) << qMax(0, query.offset);
    const QString sql = kSelect.arg(dealsSource(query)) + where.sql +
                        QStringLiteral(" ORDER BY %1 %2, d.id %2 LIMIT ? OFFSET ?").arg(sortExpression(query.sort), order);
    return fetchAll<Deal>(m_db.connection(), sql, values, readDeal);
}

Result<int> DealRepository::count(const DealQuery& query) const
{
    const SqlCondition where = whereClause(query);
    return fetchCount(m_db.connection(), QStringLiteral("SELECT count(*) FROM %1 ").arg(dealsSource(query)) + where.sql,
                      where.values);
}

} // namespace rapport
