#pragma once

#include "Result.h"
#include "analytics/ReportRange.h"

#include <QList>

#include <optional>

namespace rapport {

class Database;

// The three monthly figures the owner sets targets for (table `targets`).
enum class KpiMetric { Revenue, NewCustomers, TicketsInSla };
QString kpiMetricKey(KpiMetric metric); // "revenue", "new_customers", "tickets_in_sla"

struct KpiValue
{
    qint64 actual = 0;
    std::optional<qint64> target;
};

struct KpiMonth
{
    QString month; // "YYYY-MM"
    KpiValue revenueMinor;
    KpiValue newCustomers;
    KpiValue ticketsInSla;
};

struct KpiReport
{
    QString currency;
    QList<KpiMonth> months; // every month of the range
};

// Monthly results against the owner's targets.
class Kpis
{
    Q_DECLARE_TR_FUNCTIONS(rapport::Kpis)

public:
    static Result<KpiReport> compute(const QSqlDatabase& db, const ReportRange& range);
    static QString definition();

    // Targets: month "YYYY-MM" -> value (minor units for revenue). Setting nullopt removes the target.
    static Result<std::optional<qint64>> target(const QSqlDatabase& db, const QString& month, KpiMetric metric);
    static Status setTarget(Database& db, const QString& month, KpiMetric metric, std::optional<qint64> value);
};

// The figures on the Today screen's tiles.
struct TodayKpis
{
    QString currency;
    QString month;
    qint64 revenueMinor = 0;            // won this month
    std::optional<qint64> revenueTargetMinor;
    QList<qint64> revenueByMonth;       // the last six months, oldest first (this month last)
    qint64 weightedPipelineMinor = 0;   // open deals x stage probability
    qint64 openDeals = 0;
    Ratio winRate;                      // deals closed in the last 90 days
    qint64 openTickets = 0;
    qint64 breachedTickets = 0;         // open tickets past a first-response or resolution due time

    static Result<TodayKpis> compute(const QSqlDatabase& db, const QDate& today, const QDateTime& now);
};

} // namespace rapport
