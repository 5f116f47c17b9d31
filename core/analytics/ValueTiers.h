#pragma once

#include "Result.h"
#include "analytics/ReportRange.h"

#include <QHash>
#include <QList>

#include <array>

namespace rapport {

class Database;

// Four value tiers from RFM scores; None = no purchase in the window.
enum class ValueTier { None, Important, Major, General, AtRisk };
QString valueTierKey(ValueTier tier); // "important", "major", "general", "at_risk", "" for None
ValueTier valueTierFromKey(const QString& key);

struct TieredCustomer
{
    qint64 customerId = 0;
    QString name;
    int recency = 0; // 1-5 scores
    int frequency = 0;
    int monetary = 0;
    qint64 purchases = 0;
    qint64 revenueMinor = 0;       // won in the window, business currency
    qint64 lifetimeValueMinor = 0; // won so far + weighted open pipeline
};

struct TierSummary
{
    ValueTier tier = ValueTier::None;
    qint64 customers = 0;
    qint64 revenueMinor = 0;
    Ratio revenueShare;
    QList<TieredCustomer> top; // by revenue in the window, at most `listLimit`
};

struct ValueTierReport
{
    QString currency;
    QDate windowStart; // 24 months before the end of the range
    QDate windowEnd;
    qint64 customers = 0; // customers with a purchase in the window
    qint64 revenueMinor = 0;
    std::array<TierSummary, 4> tiers; // Important, Major, General, At-risk
};

// RFM over won deals in the 24 months up to the end of the range: recency (last purchase), frequency
// (purchases) and monetary (amount won) are each scored 1-5 by quintiles; equal values get equal scores.
class ValueTiers
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ValueTiers)

public:
    static constexpr int kWindowMonths = 24;
    static constexpr int kComplaintDays = 90;
    static constexpr int kComplaints = 3;

    static Result<ValueTierReport> compute(const QSqlDatabase& db, const ReportRange& range, int listLimit = 10);
    // The tier of every customer who has one, as of `asOf` (local date); for lists and segments.
    static Result<QHash<qint64, ValueTier>> assignments(const QSqlDatabase& db, const QDate& asOf);
    // Rebuilds the stored tiers (table customer_value_tiers) as of `asOf` in one transaction.
    static Status refreshStored(Database& db, const QDate& asOf);
    // The local date the stored tiers were computed for; null if never.
    static QDate storedAsOf(const QSqlDatabase& db);
    // Lifetime value = won so far (business currency) + open deals x stage probability.
    static Result<qint64> lifetimeValue(const QSqlDatabase& db, qint64 customerId);
    static QString definition();
    static QString tierName(ValueTier tier);
    // One or two sentences for a tooltip: what the tier means, and where it comes from.
    static QString tierHint(ValueTier tier);
};

} // namespace rapport
