#include "analytics/Retention.h"

#include "db/Query.h"

namespace rapport {
namespace {

int monthIndex(const QString& key)
{
    return key.left(4).toInt() * 12 + key.mid(5, 2).toInt() - 1;
}

// Distinct buyers per (cohort month, purchase month) for customers whose first purchase is in the range.
const char* const kCohortsSql = R"SQL(
WITH firsts AS (
    SELECT customer_id, min(closed_at) AS first_at FROM deals INDEXED BY deals_won_by_customer
    WHERE status = 'won' GROUP BY customer_id
)
SELECT strftime('%Y-%m', f.first_at, :local) AS cohort, strftime('%Y-%m', d.closed_at, :local) AS month,
       count(DISTINCT d.customer_id)
FROM firsts f JOIN deals d INDEXED BY deals_won_by_customer
     ON d.customer_id = f.customer_id AND d.status = 'won' AND d.closed_at < :end
WHERE f.first_at >= :start AND f.first_at < :end
GROUP BY cohort, month
)SQL";

// Everyone who bought before the end of the range, with their rhythm (grouped along the won-deals-by-customer
// index, so without sorting). The usual gap is the average time
// between purchases, (last - first) / (purchases - 1); churned means silent for longer than twice that
// and at least the minimum. One purchase has no rhythm, so only the minimum applies.
const char* const kBuyersCte = R"SQL(
WITH grouped AS (
    SELECT customer_id, count(*) AS n, min(closed_at) AS first_at, max(closed_at) AS last_at,
           julianday(:end) - julianday(max(closed_at)) AS silent
    FROM deals INDEXED BY deals_won_by_customer WHERE status = 'won' AND closed_at < :end GROUP BY customer_id
),
buyers AS (
    SELECT *, silent > max(:minimum, CASE WHEN n > 1 THEN 2.0 * (julianday(last_at) - julianday(first_at)) / (n - 1)
                                          ELSE 0 END) AS churned
    FROM grouped
),
churned AS (
    SELECT * FROM buyers WHERE churned
)
)SQL";

} // namespace

Result<RetentionReport> Retention::compute(const QSqlDatabase& db, const ReportRange& range)
{
    if (auto valid = range.validate(); !valid)
        return valid.error();
    RetentionReport report;
    report.currency = businessCurrency(db);
    const QStringList months = range.months();
    const int lastIndex = monthIndex(months.last());
    for (const QString& m : months) {
        Cohort c;
        c.month = m;
        c.returning = QList<qint64>(lastIndex - monthIndex(m), 0);
        report.cohorts << c;
    }

    const QString cohorts = QString::fromUtf8(kCohortsSql);
    Query q(db, cohorts);
    bindNamed(q, cohorts, range, report.currency);
    if (!q.exec())
        return q.asError();
    while (q.next()) {
        const QString cohort = q.value(0).toString();
        const int offset = monthIndex(q.value(1).toString()) - monthIndex(cohort);
        const qint64 buyers = q.value(2).toLongLong();
        for (auto& c : report.cohorts) {
            if (c.month != cohort)
                continue;
            if (offset == 0)
                c.customers = buyers;
            else if (offset > 0 && offset <= c.returning.size())
                c.returning[offset - 1] = buyers;
        }
    }

    // Repeat buyers (first purchase in the range, a second one before its end) and churn, in one pass.
    const QList<std::pair<QString, QVariant>> minimum{{QStringLiteral(":minimum"), kMinimumChurnDays}};
    const QString counts =
        QString::fromUtf8(kBuyersCte) +
        QStringLiteral("SELECT count(*), coalesce(sum(first_at >= :start), 0), coalesce(sum(first_at >= :start AND n >= 2), 0), "
                       "coalesce(sum(churned), 0), coalesce(sum(churned AND n = 1), 0) FROM buyers");
    Query c(db, counts);
    bindNamed(c, counts, range, report.currency, minimum);
    if (!c.exec() || !c.next())
        return c.asError();
    report.buyers = c.value(0).toLongLong();
    report.newBuyers = c.value(1).toLongLong();
    report.repeatBuyers = c.value(2).toLongLong();
    report.churned = c.value(3).toLongLong();
    report.churnedSinglePurchase = c.value(4).toLongLong();

    const QString top = QString::fromUtf8(kBuyersCte) +
                        QStringLiteral("SELECT ch.customer_id, cu.name, date(ch.last_at, :local), ch.n, "
                                       "CAST(ch.silent AS INTEGER), cu.lifetime_value "
                                       "FROM churned ch JOIN customers cu ON cu.id = ch.customer_id "
                                       "ORDER BY cu.lifetime_value DESC, ch.customer_id LIMIT 20");
    Query t(db, top);
    bindNamed(t, top, range, report.currency, minimum);
    if (!t.exec())
        return t.asError();
    while (t.next()) {
        report.topChurned << ChurnedCustomer{t.value(0).toLongLong(), t.value(1).toString(), t.value(2).toString(),
                                             t.value(3).toLongLong(), t.value(4).toLongLong(), t.value(5).toLongLong()};
    }
    return report;
}

QString Retention::definition()
{
    return tr("A purchase is a won deal, dated when it was won. Customers are grouped into monthly cohorts by their "
              "first purchase ever; each cohort shows the share of its customers who bought again in each following "
              "month, up to the end of the period. The repeat-purchase rate is the share of customers whose first "
              "purchase falls in the period who bought a second time before it ended. A customer has churned when "
              "their last purchase is longer ago (at the end of the period) than twice their usual gap between "
              "purchases, and at least %n days; a customer with one purchase has no usual gap, so only the %n days "
              "apply.", nullptr, Retention::kMinimumChurnDays);
}

} // namespace rapport
