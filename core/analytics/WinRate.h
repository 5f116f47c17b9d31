#pragma once

#include "Result.h"
#include "analytics/ReportRange.h"

#include <QList>

#include <optional>

namespace rapport {

struct WinRateMonth
{
    QString month; // "YYYY-MM"
    qint64 won = 0;
    qint64 lost = 0;
    qint64 wonValueMinor = 0;
    Ratio rate() const { return Ratio{won, won + lost}; }
};

struct StageDuration
{
    QString stage;
    qint64 visits = 0;
    double averageDays = 0;
};

struct LostReason
{
    QString reason; // empty: none given
    qint64 deals = 0;
    qint64 valueMinor = 0;
};

struct WinRateReport
{
    QString currency;
    QList<WinRateMonth> months; // every month of the range, even empty ones
    qint64 won = 0;
    qint64 lost = 0;
    Ratio rate() const { return Ratio{won, won + lost}; }
    std::optional<double> averageDaysToWin;
    std::optional<double> medianDaysToWin;
    QList<StageDuration> stageDurations; // open stages by position
    QList<LostReason> lostReasons;       // most frequent first, at most five
};

// Win rate and sales cycle over deals closed (won or lost) in the range.
class WinRate
{
    Q_DECLARE_TR_FUNCTIONS(rapport::WinRate)

public:
    static Result<WinRateReport> compute(const QSqlDatabase& db, const ReportRange& range);
    static QString definition();
};

} // namespace rapport
