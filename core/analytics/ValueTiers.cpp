#include "analytics/ValueTiers.h"

#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"

namespace rapport {
namespace {

// Scores: 1 + floor(5 x (rank - 1) / n) with rank() ordering worst to best, so ties share a score and the
// best fifth scores 5. The tier rule (also in definition()):
//   At-risk:   valuable before (F + M >= 7) but R <= 2, or average satisfaction <= 2, or 3+ tickets in 90 days
//   Important: R >= 3 and F + M >= 8
//   Major:     R + F + M >= 9
//   General:   everyone else with a purchase
const char* const kClassifiedCte = R"SQL(
WITH rfm AS (
    SELECT customer_id, max(closed_at) AS last_at, count(*) AS f,
           sum(CASE WHEN currency = :currency THEN amount_minor ELSE 0 END) AS m
    FROM deals INDEXED BY deals_won_by_customer
    WHERE status = 'won' AND closed_at >= :window_start AND closed_at < :end
    GROUP BY customer_id
),
scored AS (
    SELECT customer_id, f, m,
           1 + (5 * (rank() OVER (ORDER BY last_at) - 1)) / count(*) OVER () AS r_score,
           1 + (5 * (rank() OVER (ORDER BY f) - 1)) / count(*) OVER () AS f_score,
           1 + (5 * (rank() OVER (ORDER BY m) - 1)) / count(*) OVER () AS m_score
    FROM rfm
),
classified AS (
    SELECT s.*, CASE
        WHEN (s.f_score + s.m_score >= 7 AND s.r_score <= 2) OR coalesce(s.satisfaction, 5) <= 2
             OR s.complaints >= :complaints THEN 'at_risk'
        WHEN s.r_score >= 3 AND s.f_score + s.m_score >= 8 THEN 'important'
        WHEN s.r_score + s.f_score + s.m_score >= 9 THEN 'major'
        ELSE 'general' END AS tier
    FROM (
        -- Per customer through the tickets_customer_created index (a join with an aggregated view would scan it per row).
        SELECT sc.*,
               (SELECT avg(t.satisfaction) FROM tickets t WHERE t.customer_id = sc.customer_id
                   AND t.created_at >= :window_start AND t.created_at < :end) AS satisfaction,
               (SELECT count(*) FROM tickets t WHERE t.customer_id = sc.customer_id
                   AND t.created_at >= :complaints_start AND t.created_at < :end) AS complaints
        FROM scored sc
        LIMIT -1 -- not flattened into the CASE above, which would run each subquery twice per customer
    ) s
)
)SQL";

QList<std::pair<QString, QVariant>> windowValues(const ReportRange& range)
{
    const QDate windowStart = range.to.addDays(1).addMonths(-ValueTiers::kWindowMonths);
    const QDate complaintsStart = range.to.addDays(1 - ValueTiers::kComplaintDays);
    return {{QStringLiteral(":window_start"), range.instantAt(windowStart)},
            {QStringLiteral(":complaints_start"), range.instantAt(complaintsStart)},
            {QStringLiteral(":complaints"), ValueTiers::kComplaints}};
}

} // namespace

QString valueTierKey(ValueTier tier)
{
    switch (tier) {
    case ValueTier::Important: return QStringLiteral("important");
    case ValueTier::Major: return QStringLiteral("major");
    case ValueTier::General: return QStringLiteral("general");
    case ValueTier::AtRisk: return QStringLiteral("at_risk");
    case ValueTier::None: break;
    }
    return {};
}

ValueTier valueTierFromKey(const QString& key)
{
    for (ValueTier t : {ValueTier::Important, ValueTier::Major, ValueTier::General, ValueTier::AtRisk}) {
        if (valueTierKey(t) == key)
            return t;
    }
    return ValueTier::None;
}

Result<ValueTierReport> ValueTiers::compute(const QSqlDatabase& db, const ReportRange& range, int listLimit)
{
    if (auto valid = range.validate(); !valid)
        return valid.error();
    ValueTierReport report;
    report.currency = businessCurrency(db);
    report.windowStart = range.to.addDays(1).addMonths(-kWindowMonths);
    report.windowEnd = range.to;
    const ValueTier order[] = {ValueTier::Important, ValueTier::Major, ValueTier::General, ValueTier::AtRisk};
    for (int i = 0; i < 4; ++i)
        report.tiers[i].tier = order[i];
    const auto indexOf = [](ValueTier tier) { return static_cast<int>(tier) - 1; };

    // One pass over the classification: each tier's totals ride along with its first rows (window sums),
    // so the customers are classified once. Lifetime value: everything won (business currency) + open deals
    // weighted by stage probability, looked up only for the listed customers.
    const QString top = QString::fromUtf8(kClassifiedCte) + QStringLiteral(R"SQL(
, ranked AS (
    SELECT c.*, row_number() OVER (PARTITION BY tier ORDER BY m DESC, customer_id) AS place,
           count(*) OVER (PARTITION BY tier) AS tier_customers, sum(m) OVER (PARTITION BY tier) AS tier_revenue
    FROM classified c
)
SELECT r.tier, r.tier_customers, r.tier_revenue, r.place, r.customer_id, cu.name, r.r_score, r.f_score, r.m_score,
       r.f, r.m,
       (SELECT coalesce(sum(CASE WHEN d.status = 'won' THEN d.amount_minor * 100
                                 ELSE d.amount_minor * p.probability END), 0)
        FROM deals d JOIN pipeline_stages p ON p.id = d.stage_id
        WHERE d.customer_id = r.customer_id AND d.currency = :currency
          AND (d.status = 'won' OR (d.status = 'open' AND d.archived_at IS NULL)))
FROM ranked r JOIN customers cu ON cu.id = r.customer_id
WHERE r.place <= max(:limit, 1) ORDER BY r.tier, r.place
)SQL");
    Query t(db, top);
    auto values = windowValues(range);
    values.append({QStringLiteral(":limit"), listLimit});
    bindNamed(t, top, range, report.currency, values);
    if (!t.exec())
        return t.asError();
    while (t.next()) {
        auto& summary = report.tiers[indexOf(valueTierFromKey(t.value(0).toString()))];
        if (t.value(3).toLongLong() == 1) {
            summary.customers = t.value(1).toLongLong();
            summary.revenueMinor = t.value(2).toLongLong();
            report.customers += summary.customers;
            report.revenueMinor += summary.revenueMinor;
        }
        if (t.value(3).toLongLong() > listLimit)
            continue;
        TieredCustomer c{t.value(4).toLongLong(), t.value(5).toString(), t.value(6).toInt(), t.value(7).toInt(),
                         t.value(8).toInt(), t.value(9).toLongLong(), t.value(10).toLongLong(),
                         (t.value(11).toLongLong() + 50) / 100};
        summary.top << c;
    }
    for (auto& summary : report.tiers)
        summary.revenueShare = Ratio{summary.revenueMinor, report.revenueMinor};
    return report;
}

Result<QHash<qint64, ValueTier>> ValueTiers::assignments(const QSqlDatabase& db, const QDate& asOf)
{
    ReportRange range = ReportRange::lastTwelveMonths(asOf);
    const QString sql = QString::fromUtf8(kClassifiedCte) + QStringLiteral("SELECT customer_id, tier FROM classified");
    Query q(db, sql);
    bindNamed(q, sql, range, businessCurrency(db), windowValues(range));
    if (!q.exec())
        return q.asError();
    QHash<qint64, ValueTier> tiers;
    while (q.next())
        tiers.insert(q.value(0).toLongLong(), valueTierFromKey(q.value(1).toString()));
    return tiers;
}

Status ValueTiers::refreshStored(Database& db, const QDate& asOf)
{
    SqlTransaction tx(db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    Query clear(db.connection(), QStringLiteral("DELETE FROM customer_value_tiers"));
    if (!clear.exec())
        return clear.asError();
    const ReportRange range = ReportRange::lastTwelveMonths(asOf);
    const QString sql = QString::fromUtf8(kClassifiedCte) +
                        QStringLiteral("INSERT INTO customer_value_tiers (customer_id, tier) "
                                       "SELECT customer_id, tier FROM classified");
    // SQLite takes a WITH clause in front of INSERT only as "WITH ... INSERT", which is what this builds.
    Query fill(db.connection(), sql);
    bindNamed(fill, sql, range, businessCurrency(db.connection()), windowValues(range));
    if (!fill.exec())
        return fill.asError();
    Query stamp(db.connection(), QStringLiteral("INSERT INTO derived_state (name, as_of) VALUES ('value_tiers', ?) "
                                                "ON CONFLICT(name) DO UPDATE SET as_of = excluded.as_of"));
    stamp.bindAll({asOf.toString(Qt::ISODate)});
    if (!stamp.exec())
        return stamp.asError();
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

QDate ValueTiers::storedAsOf(const QSqlDatabase& db)
{
    Query q(db, QStringLiteral("SELECT as_of FROM derived_state WHERE name = 'value_tiers'"));
    if (!q.exec() || !q.next())
        return {};
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}

Result<qint64> ValueTiers::lifetimeValue(const QSqlDatabase& db, qint64 customerId)
{
    const QString currency = businessCurrency(db);
    Query q(db, QStringLiteral("SELECT coalesce(sum(CASE WHEN d.status = 'won' THEN d.amount_minor * 100 "
                               "ELSE d.amount_minor * p.probability END), 0) "
                               "FROM deals d JOIN pipeline_stages p ON p.id = d.stage_id WHERE d.customer_id = ? "
                               "AND d.currency = ? AND (d.status = 'won' OR (d.status = 'open' AND d.archived_at IS NULL))"));
    q.bindAll({customerId, currency});
    if (!q.exec() || !q.next())
        return q.asError();
    return (q.value(0).toLongLong() + 50) / 100;
}

QString ValueTiers::tierName(ValueTier tier)
{
    switch (tier) {
    case ValueTier::Important: return tr("Important");
    case ValueTier::Major: return tr("Major");
    case ValueTier::General: return tr("General");
    case ValueTier::AtRisk: return tr("At-risk");
    case ValueTier::None: break;
    }
    return tr("No recent purchase");
}

QString ValueTiers::tierHint(ValueTier tier)
{
    QString meaning;
    switch (tier) {
    case ValueTier::Important: meaning = tr("Bought recently, often and for a lot: among your best customers."); break;
    case ValueTier::Major: meaning = tr("High value overall from how recently, how often and how much they bought."); break;
    case ValueTier::General: meaning = tr("Bought in the last 24 months, not among the most valuable."); break;
    case ValueTier::AtRisk:
        meaning = tr("Valuable before but no recent purchase, or unhappy: low satisfaction or many recent tickets.");
        break;
    case ValueTier::None: meaning = tr("No won deal in the last 24 months, so no value tier."); break;
    }
    return meaning + QLatin1Char(' ') +
           tr("Tiers are worked out every day from won deals of the last 24 months (recency, frequency, amount).");
}

QString ValueTiers::definition()
{
    return tr("Customers with at least one won deal in the 24 months up to the end of the period. Each gets three "
              "scores from 1 to 5 by fifths of all these customers: recency (how recent the last purchase is), "
              "frequency (how many purchases) and monetary (how much was won, in the business currency); customers "
              "with equal values get equal scores. At-risk: valuable before (frequency + monetary 7 or more) but "
              "recency 2 or less, or an average satisfaction of 2 or less, or %1 or more tickets in the last %2 days. "
              "Important: recency 3 or more and frequency + monetary 8 or more. Major: the three scores add up to 9 "
              "or more. General: everyone else. Lifetime value is everything won so far plus open deals times "
              "their stage's win probability.")
        .arg(kComplaints)
        .arg(kComplaintDays);
}

} // namespace rapport
