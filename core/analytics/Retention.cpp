#include "analytics/Retention.h"

#include "db/Query.h"

#include <QHash>

#include <algorithm>

namespace rapport {
namespace {

int monthIndex(const QString& key)
{
    return key.left(4).toInt() * 12 + key.mid(5, 2).toInt() - 1;
}

// Every won deal before the end of the range, customer by customer in time order, straight along the
// won-deals-by-customer index (no sort): cohorts, repeat buyers, churn and the churned list all come from this
// one pass. (Three grouped statements over the same deals took about 430 ms at 100,000 customers.)
const char* const kPurchasesSql = R"SQL(
SELECT customer_id, closed_at, julianday(closed_at), strftime('%Y-%m', closed_at, :local)
FROM deals INDEXED BY deals_won_by_customer
WHERE status = 'won' AND closed_at < :end
ORDER BY customer_id, closed_at
)SQL";

struct Buyer
{
    qint64 customerId = 0;
    qint64 purchases = 0;
    QString firstAt;
    QString lastAt;
    double firstDay = 0; // julian days
    double lastDay = 0;
    QStringList months; // local "YYYY-MM" of the purchases, each once, in order
};

} // namespace

Result<RetentionReport> Retention::compute(const QSqlDatabase& db, const ReportRange& range)
{
    if (auto valid = range.validate(); !valid)
        return valid.error();
    RetentionReport report;
    report.currency = businessCurrency(db);
    const QStringList months = range.months();
    const int lastIndex = monthIndex(months.last());
    QHash<QString, qsizetype> cohortAt;
    for (const QString& m : months) {
        Cohort c;
        c.month = m;
        c.returning = QList<qint64>(lastIndex - monthIndex(m), 0);
        cohortAt.insert(m, report.cohorts.size());
        report.cohorts << c;
    }
    const QString start = range.startInstant();
    const double endDay = scalar(db, QStringLiteral("SELECT julianday(?)"), {range.endInstant()}).toDouble();

    // A customer's cohort is the month of their first purchase; each later month they bought in counts once.
    // Churned: silent for longer than twice their usual gap ((last - first) / (purchases - 1)) and at least
    // the minimum; one purchase has no rhythm, so only the minimum applies.
    QList<Buyer> churned;
    const auto finish = [&](Buyer& b) {
        if (b.purchases == 0)
            return;
        ++report.buyers;
        if (b.firstAt >= start) {
            ++report.newBuyers;
            if (b.purchases >= 2)
                ++report.repeatBuyers;
            if (const auto at = cohortAt.constFind(b.months.first()); at != cohortAt.cend()) {
                Cohort& c = report.cohorts[*at];
                const int first = monthIndex(c.month);
                for (const QString& m : std::as_const(b.months)) {
                    const int offset = monthIndex(m) - first;
                    if (offset == 0)
                        ++c.customers;
                    else if (offset > 0 && offset <= c.returning.size())
                        ++c.returning[offset - 1];
                }
            }
        }
        const double silent = endDay - b.lastDay;
        const double gap = b.purchases > 1 ? 2.0 * (b.lastDay - b.firstDay) / static_cast<double>(b.purchases - 1) : 0.0;
        if (silent > qMax(static_cast<double>(kMinimumChurnDays), gap)) {
            ++report.churned;
            if (b.purchases == 1)
                ++report.churnedSinglePurchase;
            churned << b;
        }
    };

    const QString purchases = QString::fromUtf8(kPurchasesSql);
    Query q(db, purchases);
    bindNamed(q, purchases, range, report.currency);
    if (!q.exec())
        return q.asError();
    Buyer current;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current.customerId) {
            finish(current);
            current = Buyer{};
            current.customerId = id;
            current.firstAt = q.value(1).toString();
            current.firstDay = q.value(2).toDouble();
        }
        ++current.purchases;
        current.lastAt = q.value(1).toString();
        current.lastDay = q.value(2).toDouble();
        const QString month = q.value(3).toString();
        if (current.months.isEmpty() || current.months.last() != month)
            current.months << month;
    }
    finish(current);

    // The 20 churned customers worth the most, by their stored lifetime value.
    if (!churned.isEmpty()) {
        QByteArray ids;
        for (const Buyer& b : std::as_const(churned))
            ids += (ids.isEmpty() ? '[' : ',') + QByteArray::number(b.customerId);
        Query values(db, QStringLiteral("SELECT id, lifetime_value FROM customers WHERE id IN (SELECT value FROM json_each(?))"));
        values.bind(QString::fromLatin1(ids + ']'));
        if (!values.exec())
            return values.asError();
        QHash<qint64, qint64> lifetime;
        while (values.next())
            lifetime.insert(values.value(0).toLongLong(), values.value(1).toLongLong());
        const qsizetype shown = qMin<qsizetype>(churned.size(), 20);
        std::partial_sort(churned.begin(), churned.begin() + shown, churned.end(), [&](const Buyer& a, const Buyer& b) {
            const qint64 va = lifetime.value(a.customerId);
            const qint64 vb = lifetime.value(b.customerId);
            return va != vb ? va > vb : a.customerId < b.customerId;
        });
        Query detail(db, QStringLiteral("SELECT name, date(?, ?) FROM customers WHERE id = ?"));
        for (qsizetype i = 0; i < shown; ++i) {
            const Buyer& b = churned.at(i);
            detail.raw().bindValue(0, b.lastAt);
            detail.raw().bindValue(1, range.localModifier());
            detail.raw().bindValue(2, b.customerId);
            if (!detail.exec())
                return detail.asError();
            if (!detail.next())
                continue;
            report.topChurned << ChurnedCustomer{b.customerId, detail.value(0).toString(), detail.value(1).toString(),
                                                 b.purchases, static_cast<qint64>(endDay - b.lastDay),
                                                 lifetime.value(b.customerId)};
        }
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
