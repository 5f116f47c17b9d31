#pragma once

#include "Result.h"
#include "analytics/ReportRange.h"

#include <QList>

#include <optional>

namespace rapport {

struct ForecastMonth
{
    QString month; // "YYYY-MM"
    qint64 openDeals = 0;
    qint64 amountMinor = 0;   // open deals expected to close this month
    qint64 weightedMinor = 0; // amount x the stage's win probability
    qint64 wonMinor = 0;      // already won this month
    std::optional<qint64> targetMinor; // the owner's revenue target, if set
};

struct ForecastReport
{
    QString currency;
    QList<ForecastMonth> months; // this month and the five after it
    qint64 overdueDeals = 0;     // open deals whose expected close is before this month
    qint64 overdueAmountMinor = 0;
    qint64 undatedDeals = 0;     // open deals without an expected close date
    qint64 undatedAmountMinor = 0;
};

// What the open pipeline should bring in over the next six months.
class Forecast
{
    Q_DECLARE_TR_FUNCTIONS(rapport::Forecast)

public:
    static constexpr int kMonths = 6;
    // `today` picks the first month; the range only supplies the time zone.
    static Result<ForecastReport> compute(const QSqlDatabase& db, const QDate& today,
                                          const ReportRange& range = ReportRange::lastTwelveMonths(QDate::currentDate()));
    static QString definition();
};

} // namespace rapport
