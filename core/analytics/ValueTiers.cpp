#include "analytics/ValueTiers.h"

#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"

#include <algorithm>
#include <array>

namespace rapport {
namespace {

// Every buyer's RFM figures, scores and tier. Scores: 1 + floor(5 x (rank - 1) / n), rank counting from the
// worst with ties sharing the lower rank, so equal values get equal scores and the best fifth scores 5.
// The tier rule (also in definition()):
//   At-risk:   valuable before (F + M >= 7) but R <= 2, or average satisfaction <= 2, or 3+ tickets in 90 days
//   Important: R >= 3 and F + M >= 8
//   Major:     R + F + M >= 9
//   General:   everyone else with a purchase
// Scored here rather than with three rank() windows in SQL: sorting 40,000 buyers three times took SQLite
// about 200 ms, C++ a few.
struct Classified
{
    qint64 customerId = 0;
    QString lastAt; // stored UTC instant: text order is time order
    qint64 f = 0;   // purchases
    qint64 m = 0;   // won in the business currency
    int rScore = 0;
    int fScore = 0;
    int mScore = 0;
    ValueTier tier = ValueTier::None;
};

template <typename Key>
void score(QList<Classified>& buyers, Key key, int Classified::*field)
{
    QList<decltype(key(buyers.front()))> sorted;
    sorted.reserve(buyers.size());
    for (const Classified& b : buyers)
        sorted << key(b);
    std::sort(sorted.begin(), sorted.end());
    const qint64 n = buyers.size();
    for (Classified& b : buyers) {
        const qint64 rank = 1 + (std::lower_bound(sorted.begin(), sorted.end(), key(b)) - sorted.begin());
        b.*field = static_cast<int>(1 + (5 * (rank - 1)) / n);
    }
}

struct TicketSignals
{
    double satisfactionSum = 0;
    int rated = 0;
    int complaints = 0;
};

Result<QList<Classified>> classifyBuyers(const QSqlDatabase& db, const ReportRange& range, const QString& currency,
                                         const QList<std::pair<QString, QVariant>>& window)
{
    const QString purchases = QStringLiteral(
        "SELECT customer_id, max(closed_at), count(*), sum(CASE WHEN currency = :currency THEN amount_minor ELSE 0 END) "
        "FROM deals INDEXED BY deals_won_by_customer "
        "WHERE status = 'won' AND closed_at >= :window_start AND closed_at < :end GROUP BY customer_id");
    Query q(db, purchases);
    bindNamed(q, purchases, range, currency, window);
    if (!q.exec())
        return q.asError();
    QList<Classified> buyers;
    while (q.next())
        buyers.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    if (buyers.isEmpty())
        return buyers;
    score(buyers, [](const Classified& b) { return b.lastAt; }, &Classified::rScore);
    score(buyers, [](const Classified& b) { return b.f; }, &Classified::fScore);
    score(buyers, [](const Classified& b) { return b.m; }, &Classified::mScore);

    // Satisfaction over the window and tickets in the last 90 days (inside the window), one pass along the index.
    const QString tickets = QStringLiteral(
        "SELECT customer_id, sum(satisfaction), count(satisfaction), sum(created_at >= :complaints_start) "
        "FROM tickets INDEXED BY tickets_customer_created "
        "WHERE created_at >= :window_start AND created_at < :end GROUP BY customer_id");
    Query t(db, tickets);
    bindNamed(t, tickets, range, currency, window);
    if (!t.exec())
        return t.asError();
    QHash<qint64, TicketSignals> signalsOf;
    while (t.next())
        signalsOf.insert(t.value(0).toLongLong(), {t.value(1).toDouble(), t.value(2).toInt(), t.value(3).toInt()});

    for (Classified& b : buyers) {
        const TicketSignals s = signalsOf.value(b.customerId);
        const double satisfaction = s.rated > 0 ? s.satisfactionSum / s.rated : 5.0;
        if ((b.fScore + b.mScore >= 7 && b.rScore <= 2) || satisfaction <= 2.0 || s.complaints >= ValueTiers::kComplaints)
            b.tier = ValueTier::AtRisk;
        else if (b.rScore >= 3 && b.fScore + b.mScore >= 8)
            b.tier = ValueTier::Important;
        else if (b.rScore + b.fScore + b.mScore >= 9)
            b.tier = ValueTier::Major;
        else
            b.tier = ValueTier::General;
    }
    return buyers;
}

QList<std::pair<QString, QVariant>> windowValues(const ReportRange& range)
{
    const QDate windowStart = range.to.addDays(1).addMonths(-ValueTiers::kWindowMonths);
    const QDate complaintsStart = range.to.addDays(1 - ValueTiers::kComplaintDays);
    return {{QStringLiteral(":window_start"), range.instantAt(windowStart)},
            {QStringLiteral(":complaints_start"), range.instantAt(complaintsStart)}};
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

    auto buyers = classifyBuyers(db, range, report.currency, windowValues(range));
    if (!buyers)
        return buyers.error();
    // Each tier's list: most revenue in the window first. Lifetime value (everything won + open deals weighted
    // by stage probability) and the name are looked up for the listed customers only.
    std::array<QList<const Classified*>, 4> members;
    for (const Classified& b : buyers.value()) {
        auto& summary = report.tiers[indexOf(b.tier)];
        ++summary.customers;
        summary.revenueMinor += b.m;
        ++report.customers;
        report.revenueMinor += b.m;
        members[indexOf(b.tier)] << &b;
    }
    Query name(db, QStringLiteral("SELECT name FROM customers WHERE id = ?"));
    for (int i = 0; i < 4; ++i) {
        auto& list = members[i];
        const qsizetype shown = qMin<qsizetype>(list.size(), qMax(listLimit, 0));
        std::partial_sort(list.begin(), list.begin() + shown, list.end(), [](const Classified* a, const Classified* b) {
            return a->m != b->m ? a->m > b->m : a->customerId < b->customerId;
        });
        for (qsizetype k = 0; k < shown; ++k) {
            const Classified& b = *list.at(k);
            name.raw().bindValue(0, b.customerId);
            if (!name.exec())
                return name.asError();
            const QString customerName = name.next() ? name.value(0).toString() : QString();
            auto lifetime = lifetimeValue(db, b.customerId);
            if (!lifetime)
                return lifetime.error();
            report.tiers[i].top << TieredCustomer{b.customerId, customerName, b.rScore, b.fScore, b.mScore,
                                                  b.f,          b.m,          lifetime.value()};
        }
    }
    for (auto& summary : report.tiers)
        summary.revenueShare = Ratio{summary.revenueMinor, report.revenueMinor};
    return report;
}

Result<QHash<qint64, ValueTier>> ValueTiers::assignments(const QSqlDatabase& db, const QDate& asOf)
{
    const ReportRange range = ReportRange::lastTwelveMonths(asOf);
    auto buyers = classifyBuyers(db, range, businessCurrency(db), windowValues(range));
    if (!buyers)
        return buyers.error();
    QHash<qint64, ValueTier> tiers;
    tiers.reserve(buyers.value().size());
    for (const Classified& b : buyers.value())
        tiers.insert(b.customerId, b.tier);
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
    auto buyers = classifyBuyers(db.connection(), range, businessCurrency(db.connection()), windowValues(range));
    if (!buyers)
        return buyers.error();
    // One statement per tier with its ids as a JSON array: 40,000 single-row inserts cost several times more.
    std::array<QByteArray, 4> ids;
    for (const Classified& b : buyers.value()) {
        QByteArray& list = ids[static_cast<int>(b.tier) - 1];
        list += (list.isEmpty() ? '[' : ',') + QByteArray::number(b.customerId);
    }
    for (int i = 0; i < 4; ++i) {
        if (ids[i].isEmpty())
            continue;
        Query fill(db.connection(), QStringLiteral("INSERT INTO customer_value_tiers (customer_id, tier) "
                                                   "SELECT value, ? FROM json_each(?)"));
        fill.bindAll({valueTierKey(static_cast<ValueTier>(i + 1)), QString::fromLatin1(ids[i] + ']')});
        if (!fill.exec())
            return fill.asError();
    }
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
