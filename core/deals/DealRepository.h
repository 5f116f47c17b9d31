#pragma once

#include "Result.h"
#include "db/RecordStore.h"
#include "deals/Deal.h"

#include <QList>

namespace rapport {

class Database;

class DealRepository
{
public:
    explicit DealRepository(Database& db);

    // Checks the fields a deal must have; the message says which and why.
    static Status validate(const Deal& deal);

    Result<QList<PipelineStage>> stages() const;
    Result<PipelineStage> stage(qint64 id) const;

    // A new deal starts in its stage (the first open stage if none); the start is the first history entry.
    Result<qint64> create(const Deal& deal);
    Result<Deal> get(qint64 id) const;
    // Updates fields; a different stage goes through moveToStage.
    Status update(const Deal& deal);
    // Moves a deal and records the change. Moving to the Won/Lost stage closes it (closed_at = `closedAt`
    // or now; lost reason kept); moving back to an open stage reopens it.
    Status moveToStage(qint64 id, qint64 stageId, const QDateTime& closedAt = {}, const QString& lostReason = {});
    // Undoes the deal's last move: puts stage, status, close time and lost reason back as `before` had them
    // and drops the history entry of that move, as if it had not happened. Refused when the deal has moved
    // again since (its last history entry is not the move from `before`).
    Status restoreStage(const Deal& before);
    Status setArchived(qint64 id, bool archived);
    Status remove(qint64 id);

    Result<QList<StageChange>> stageHistory(qint64 dealId) const;
    Result<QList<Deal>> list(const DealQuery& query) const;
    Result<int> count(const DealQuery& query) const;

private:
    Status recordStageChange(qint64 dealId, qint64 from, qint64 to, const QDateTime& at);

    Database& m_db;
    RecordStore m_store;
};

} // namespace rapport
