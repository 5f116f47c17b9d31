#include "Pipeline.h"

#include "Clock.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"
#include "deals/DealRepository.h"
#include "safety/AuditLog.h"

#include <algorithm>
#include <QCoreApplication>
#include <QSqlRecord>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::Pipeline", text);
}

const QString kRottingKey = QStringLiteral("deals.rotting_days");

const QString kOnBoard = QStringLiteral("d.status = 'open' AND d.archived_at IS NULL");

Error sqlError(const QString& message)
{
    return makeError(QStringLiteral("sql"), message);
}

// Free functions name their context themselves: lupdate would file a bare tr() here under "rapport".
Status validName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"),
                         QCoreApplication::translate("rapport::Pipeline", "A stage needs a name."));
    if (name.trimmed().size() > 60)
        return makeError(QStringLiteral("invalid"),
                         QCoreApplication::translate("rapport::Pipeline", "Keep the stage name under 60 characters."));
    return Ok{};
}

Status validProbability(int probability)
{
    if (probability < 0 || probability > 100)
        return makeError(
            QStringLiteral("invalid"),
            QCoreApplication::translate("rapport::Pipeline", "The win probability is a percentage from 0 to 100."));
    return Ok{};
}

} // namespace

qint64 weightedAmount(qint64 amountMinor, int probability)
{
    return (amountMinor * probability + 50) / 100;
}

int daysInStage(const Deal& deal, const QDateTime& nowUtc)
{
    if (!deal.stageChangedAt.isValid())
        return 0;
    return static_cast<int>(qMax<qint64>(0, deal.stageChangedAt.secsTo(nowUtc) / 86400));
}

bool isRotting(const Deal& deal, const QDateTime& nowUtc, int rottingDays)
{
    if (deal.status != DealStatus::Open)
        return false;
    if (deal.expectedClose.isValid() && deal.expectedClose < nowUtc.toLocalTime().date())
        return true;
    return rottingDays > 0 && daysInStage(deal, nowUtc) > rottingDays;
}

Result<QList<StageSummary>> Pipeline::summaries() const
{
    auto stages = DealRepository(m_db).stages();
    if (!stages)
        return stages.error();
    QList<StageSummary> list;
    QHash<qint64, int> at;
    for (const PipelineStage& s : stages.value()) {
        if (s.kind != DealStatus::Open)
            continue;
        at.insert(s.id, static_cast<int>(list.size()));
        list << StageSummary{s, 0, {}, {}};
    }
    Query q(m_db.connection(),
            QStringLiteral("SELECT d.stage_id, d.currency, count(*), sum(d.amount_minor) FROM deals d "
                           "INDEXED BY deals_board_totals WHERE %1 GROUP BY d.stage_id, d.currency")
                .arg(kOnBoard));
    if (!q.exec())
        return q.asError();
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it == at.cend())
            continue;
        StageSummary& s = list[*it];
        const QString currency = q.value(1).toString();
        const qint64 amount = q.value(3).toLongLong();
        s.count += q.value(2).toInt();
        s.amountByCurrency[currency] += amount;
        s.weightedByCurrency[currency] += weightedAmount(amount, s.stage.probability);
    }
    return list;
}

Result<QList<Deal>> Pipeline::cards(qint64 stageId, int offset, int limit, int total) const
{
    DealQuery q;
    q.stageId = stageId;
    q.status = DealStatus::Open;
    q.sort = DealSort::Board;
    q.descending = false;
    q.offset = offset;
    q.limit = limit;
    const int after = total - offset - limit; // cards after the page
    if (total < 0 || after >= offset)
        return DealRepository(m_db).list(q);
    q.descending = true;
    q.offset = qMax(0, after);
    q.limit = limit + qMin(0, after);
    auto rows = DealRepository(m_db).list(q);
    if (rows)
        std::reverse(rows.value().begin(), rows.value().end());
    return rows;
}

Result<int> Pipeline::cardCount(qint64 stageId) const
{
    // The board's own index holds exactly the column's cards; the planner would rather read every deal of
    // the stage through deals_stage and look each one up.
    Query q(m_db.connection(), QStringLiteral("SELECT count(*) FROM deals d INDEXED BY deals_board_order "
                                              "WHERE d.stage_id = ? AND %1").arg(kOnBoard));
    q.bind(stageId);
    if (!q.exec() || !q.next())
        return q.asError();
    return q.value(0).toInt();
}

Result<int> Pipeline::rowOf(qint64 dealId) const
{
    Query q(
        m_db.connection(),
        QStringLiteral("SELECT (SELECT count(*) FROM deals d WHERE d.stage_id = x.stage_id AND %1 AND "
                       "(coalesce(d.expected_close, '9999-12-31') < coalesce(x.expected_close, '9999-12-31') OR "
                       "(coalesce(d.expected_close, '9999-12-31') = coalesce(x.expected_close, '9999-12-31') "
                       "AND d.id < x.id))) FROM deals x WHERE x.id = ? AND x.status = 'open' AND x.archived_at IS NULL")
            .arg(kOnBoard));
    q.bind(dealId);
    if (!q.exec())
        return q.asError();
    return q.next() ? q.value(0).toInt() : -1;
}

Result<QVariantMap> Pipeline::stageImage(qint64 id) const
{
    Query q(
        m_db.connection(),
        QStringLiteral("SELECT id, name, position, probability, kind, removed_at FROM pipeline_stages WHERE id = ?"));
    q.bind(id);
    return fetchRowMap(q);
}

Status Pipeline::logStage(qint64 id, const QString& action, const QVariantMap& before, const QVariantMap& after)
{
    if (auto logged = AuditLog(m_db).append(entityName(Entity::Stage), id, action, before, after); !logged)
        return logged;
    m_db.announce(Entity::Stage, id, action == QStringLiteral("insert") ? ChangeKind::Inserted : ChangeKind::Updated);
    return Ok{};
}

Result<qint64> Pipeline::addStage(const QString& name, int probability)
{
    if (auto ok = validName(name); !ok)
        return ok.error();
    if (auto ok = validProbability(probability); !ok)
        return ok.error();
    SqlTransaction tx(m_db);
    if (!tx.active())
        return sqlError(tx.error());
    // Room after the last open stage: Won and Lost move one place down.
    const int position =
        scalar(m_db.connection(), QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM "
                                                 "pipeline_stages WHERE kind = 'open' AND removed_at IS NULL"))
            .toInt();
    QString error;
    if (!execSql(m_db.connection(),
                 QStringLiteral("UPDATE pipeline_stages SET position = position + 1 WHERE kind <> 'open'"), &error))
        return sqlError(error);
    Query q(m_db.connection(), QStringLiteral("INSERT INTO pipeline_stages (name, position, probability, kind) "
                                              "VALUES (?, ?, ?, 'open')"));
    q.bindAll({name.trimmed(), position, probability});
    if (!q.exec())
        return q.asError();
    const qint64 id = q.lastInsertId();
    auto after = stageImage(id);
    if (!after)
        return after.error();
    if (auto logged = logStage(id, QStringLiteral("insert"), {}, after.value()); !logged)
        return logged.error();
    if (!tx.commit())
        return sqlError(tx.error());
    return id;
}

Status Pipeline::renameStage(qint64 id, const QString& name)
{
    if (auto ok = validName(name); !ok)
        return ok;
    SqlTransaction tx(m_db);
    if (!tx.active())
        return sqlError(tx.error());
    auto before = existingStageImage(id);
    if (!before)
        return before.error();
    if (before.value().value(QStringLiteral("name")).toString() == name.trimmed())
        return Ok{};
    if (auto updated = updateStage(id, "name = ?", {name.trimmed()}, QStringLiteral("update"), before.value()); !updated)
        return updated;
    if (!tx.commit())
        return sqlError(tx.error());
    return Ok{};
}

Status Pipeline::setProbability(qint64 id, int probability)
{
    if (auto ok = validProbability(probability); !ok)
        return ok;
    SqlTransaction tx(m_db);
    if (!tx.active())
        return sqlError(tx.error());
    auto before = existingStageImage(id);
    if (!before)
        return before.error();
    if (before.value().value(QStringLiteral("kind")).toString() != QStringLiteral("open"))
        return makeError(QStringLiteral("invalid"), tr("Won is always 100% and Lost always 0%."));
    if (before.value().value(QStringLiteral("probability")).toInt() == probability)
        return Ok{};
    if (auto updated = updateStage(id, "probability = ?", {probability}, QStringLiteral("update"), before.value());
        !updated)
        return updated;
    if (!tx.commit())
        return sqlError(tx.error());
    return Ok{};
}

Status Pipeline::reorderStages(const QList<qint64>& openStageIds)
{
    auto stages = DealRepository(m_db).stages();
    if (!stages)
        return stages.error();
    QList<qint64> open;
    QList<qint64> closed;
    for (const PipelineStage& s : stages.value())
        (s.kind == DealStatus::Open ? open : closed) << s.id;
    QList<qint64> given = openStageIds;
    std::sort(given.begin(), given.end());
    QList<qint64> expected = open;
    std::sort(expected.begin(), expected.end());
    if (given != expected)
        return makeError(QStringLiteral("invalid"), tr("The stages changed meanwhile. Open Preferences again."));

    SqlTransaction tx(m_db);
    if (!tx.active())
        return sqlError(tx.error());
    const QList<qint64> order = openStageIds + closed;
    for (int i = 0; i < order.size(); ++i) {
        auto before = stageImage(order.at(i));
        if (!before)
            return before.error();
        if (before.value().value(QStringLiteral("position")).toInt() == i + 1)
            continue;
        if (auto updated = updateStage(order.at(i), "position = ?", {i + 1}, QStringLiteral("update"), before.value());
            !updated)
            return updated;
    }
    if (!tx.commit())
        return sqlError(tx.error());
    return Ok{};
}

Status Pipeline::removeStage(qint64 id, qint64 moveDealsTo)
{
    DealRepository deals(m_db);
    auto stage = deals.stage(id);
    if (!stage)
        return stage.error();
    if (stage.value().kind != DealStatus::Open)
        return makeError(QStringLiteral("invalid"), tr("Won and Lost cannot be removed; rename them instead."));
    if (stage.value().removed)
        return Ok{};
    auto target = deals.stage(moveDealsTo);
    if (!target || target.value().removed || moveDealsTo == id)
        return makeError(QStringLiteral("invalid"),
                         tr("Choose another stage for the deals in “%1”.").arg(stage.value().name));
    const int openStages = scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM pipeline_stages WHERE "
                                                                    "kind = 'open' AND removed_at IS NULL"))
                               .toInt();
    if (openStages <= 1)
        return makeError(QStringLiteral("invalid"), tr("The pipeline needs at least one open stage."));

    SqlTransaction tx(m_db);
    if (!tx.active())
        return sqlError(tx.error());
    // Every deal in the stage, archived ones included, so none is left pointing at a stage off the board.
    Query ids(m_db.connection(), QStringLiteral("SELECT id FROM deals WHERE stage_id = ? ORDER BY id"));
    ids.bind(id);
    if (!ids.exec())
        return ids.asError();
    QList<qint64> moving;
    while (ids.next())
        moving << ids.value(0).toLongLong();
    for (qint64 dealId : moving) {
        if (auto moved = deals.moveToStage(dealId, moveDealsTo); !moved)
            return moved;
    }
    auto before = stageImage(id);
    if (!before)
        return before.error();
    if (auto updated = updateStage(id, "removed_at = ?, position = 0", {toStoredInstant(Clock::nowUtc())},
                                   QStringLiteral("archive"), before.value());
        !updated)
        return updated;
    if (!tx.commit())
        return sqlError(tx.error());
    return Ok{};
}

Result<QVariantMap> Pipeline::existingStageImage(qint64 id) const
{
    auto image = stageImage(id);
    if (image && image.value().isEmpty())
        return makeError(QStringLiteral("not_found"), tr("That stage no longer exists."));
    return image;
}

Status Pipeline::updateStage(qint64 id, const char* assignments, const QVariantList& values, const QString& action,
                             const QVariantMap& before)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE pipeline_stages SET %1 WHERE id = ?").arg(QLatin1String(assignments)));
    for (const QVariant& value : values)
        q.bind(value);
    q.bind(id);
    if (!q.exec())
        return q.asError();
    auto after = stageImage(id);
    if (!after)
        return after.error();
    return logStage(id, action, before, after.value());
}

int Pipeline::rottingDays() const
{
    bool ok = false;
    const int days = m_db.setting(kRottingKey).toInt(&ok);
    return ok && days > 0 ? days : kDefaultRottingDays;
}

Status Pipeline::setRottingDays(int days)
{
    if (days < 1 || days > 365)
        return makeError(QStringLiteral("invalid"), tr("Choose between 1 and 365 days."));
    return m_db.setSetting(kRottingKey, QString::number(days));
}

} // namespace rapport
