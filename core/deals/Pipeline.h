#pragma once

#include "Result.h"
#include "deals/Deal.h"

#include <QList>
#include <QMap>

namespace rapport {

class Database;

// One column of the board: an open stage and the open, unarchived deals in it.
struct StageSummary
{
    PipelineStage stage;
    int count = 0;
    QMap<QString, qint64> amountByCurrency;   // minor units per ISO code
    QMap<QString, qint64> weightedByCurrency; // amount × stage probability, rounded to the minor unit
};

// What the board needs from the pipeline, and the owner's edits to its stages. Every stage edit is written
// to the audit log (entity "stage") and announced; deals leave a removed stage through moveToStage, so
// their stage history stays complete.
class Pipeline
{
public:
    explicit Pipeline(Database& db) : m_db(db) {}

    // Open stages in board order with their counts and totals.
    Result<QList<StageSummary>> summaries() const;
    // A page of one column: open, unarchived deals by expected close (undated last), then id.
    // A page of the column's cards in board order. Pages near the end are read from the end, in reverse
    // order, and turned round (the order ends in the id, so this is exact): OFFSET steps over every card
    // before the page, 2 s for the last page of a 200,000-card column.
    Result<QList<Deal>> cards(qint64 stageId, int offset, int limit, int total = -1) const;
    // How many cards the column holds.
    Result<int> cardCount(qint64 stageId) const;
    // Where the deal stands in its column (row number), or -1 when it is not on the board.
    Result<int> rowOf(qint64 dealId) const;

    // A new open stage placed after the last open one.
    Result<qint64> addStage(const QString& name, int probability);
    Status renameStage(qint64 id, const QString& name);
    Status setProbability(qint64 id, int probability);
    // The open stages in their new order (every open stage exactly once); Won and Lost stay last.
    Status reorderStages(const QList<qint64>& openStageIds);
    // Moves every deal in the stage to `moveDealsTo` (recorded in each deal's history), then takes the stage
    // off the board. The last open stage, Won and Lost cannot be removed.
    Status removeStage(qint64 id, qint64 moveDealsTo);

    // A deal "rots" when it sits in one stage longer than this many days (settings "deals.rotting_days").
    static constexpr int kDefaultRottingDays = 30;
    int rottingDays() const;
    Status setRottingDays(int days);

private:
    Status logStage(qint64 id, const QString& action, const QVariantMap& before, const QVariantMap& after);
    Result<QVariantMap> stageImage(qint64 id) const;
    // stageImage(), or "not_found" when the stage is gone.
    Result<QVariantMap> existingStageImage(qint64 id) const;
    // One UPDATE of a stage, audited against `before`. `assignments` is fixed text in Pipeline.cpp, never user input.
    Status updateStage(qint64 id, const char* assignments, const QVariantList& values, const QString& action,
                       const QVariantMap& before);

    Database& m_db;
};

// Whole days the deal has been in its current stage at `now`.
int daysInStage(const Deal& deal, const QDateTime& nowUtc);
// Needs attention: sat in its stage longer than `rottingDays`, or its expected close date has passed.
bool isRotting(const Deal& deal, const QDateTime& nowUtc, int rottingDays);
// Amount weighted by a win probability (percent), rounded half up to the minor unit.
qint64 weightedAmount(qint64 amountMinor, int probability);

} // namespace rapport
