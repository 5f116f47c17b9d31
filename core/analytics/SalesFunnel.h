#pragma once

#include "Result.h"
#include "analytics/ReportRange.h"

#include <QList>

namespace rapport {

struct FunnelStage
{
    qint64 stageId = 0;
    QString name;      // as stored (the default stages are translated for display)
    bool won = false;  // the last row is the Won stage
    qint64 deals = 0;  // deals that reached this stage
    qint64 valueMinor = 0;
    Ratio toNext;      // reached the next stage / reached this one (undefined on the last row)
};

struct FunnelReport
{
    bool strict = false;
    QString currency;
    QList<FunnelStage> stages; // open stages by position, then Won
    Ratio overall;             // won / deals that entered the first stage
};

// Sales funnel over deals created in the range, computed from the stage history.
class SalesFunnel
{
    Q_DECLARE_TR_FUNCTIONS(rapport::SalesFunnel)

public:
    // Loose (default): a deal counts at every stage up to the furthest it reached, so a skipped stage
    // counts as passed; a won deal has passed them all. Strict: a deal counts at a stage only if it
    // entered every earlier stage first, one after another, and at Won only if it went through all of them.
    static Result<FunnelReport> compute(const QSqlDatabase& db, const ReportRange& range, bool strict = false);
    static QString definition(bool strict);
};

} // namespace rapport
