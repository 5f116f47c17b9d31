#pragma once

#include "Result.h"
#include "analytics/ReportRange.h"

#include <QList>

namespace rapport {

struct Cohort
{
    QString month;          // "YYYY-MM" of the first purchase
    qint64 customers = 0;
    QList<qint64> returning; // [k-1]: customers who bought in month k after the first (k = 1 .. up to the range end)
};

struct ChurnedCustomer
{
    qint64 customerId = 0;
    QString name;
    QString lastPurchase; // "YYYY-MM-DD" (local)
    qint64 purchases = 0;
    qint64 daysSince = 0;
    qint64 lifetimeValueMinor = 0;
};

struct RetentionReport
{
    QString currency;
    QList<Cohort> cohorts;     // every month of the range, even without new buyers
    qint64 newBuyers = 0;      // customers whose first purchase is in the range
    qint64 repeatBuyers = 0;   // of those, customers who bought again by the end of the range
    Ratio repeatRate() const { return Ratio{repeatBuyers, newBuyers}; }
    qint64 buyers = 0;         // customers with a purchase before the end of the range
    qint64 churned = 0;
    qint64 churnedSinglePurchase = 0;
    Ratio churnRate() const { return Ratio{churned, buyers}; }
    QList<ChurnedCustomer> topChurned; // most valuable first, at most 20
};

// Cohort retention and churn; a purchase is a won deal, dated by when it was won.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(rapport::Retention)

public:
    static constexpr int kMinimumChurnDays = 90;
    static Result<RetentionReport> compute(const QSqlDatabase& db, const ReportRange& range);
    static QString definition();
};

} // namespace rapport
