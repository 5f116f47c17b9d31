#include "SegmentSql.h"

#include "Clock.h"

#include <QTimeZone>

namespace rapport {
namespace {

QString textColumn(SegmentField field)
{
    switch (field) {
    case SegmentField::City: return QStringLiteral("c.city");
    case SegmentField::Region: return QStringLiteral("c.region");
    case SegmentField::Source: return QStringLiteral("c.source");
    default: return {};
    }
}

// The first instant of a local day, as stored (purchases are stored as UTC instants).
QString dayStart(const QString& date)
{
    return toStoredInstant(QDate::fromString(date, Qt::ISODate).startOfDay().toUTC());
}

// Open tickets: every status before resolved.
const QString kOpenTickets = QStringLiteral(
    "c.id IN (SELECT customer_id FROM tickets WHERE status IN ('new', 'open', 'pending') AND archived_at IS NULL)");
// Purchases by customer from the covering partial index of migration 0005; without INDEXED BY the planner
// may range-scan deals_status_closed and read every matching deal row (20x slower on 100,000 customers).
const QString kWonDeals =
    QStringLiteral("SELECT customer_id FROM deals INDEXED BY deals_won_by_customer WHERE status = 'won'");

} // namespace

QString SegmentSql::likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Result<SqlCondition> SegmentSql::condition(const SegmentCondition& c)
{
    if (auto valid = SegmentRules::validate(c); !valid)
        return valid.error();
    const bool negate = c.op == SegmentOp::IsNot || c.op == SegmentOp::No;
    const QString in = negate ? QStringLiteral("NOT IN") : QStringLiteral("IN");
    switch (c.field) {
    case SegmentField::Tag:
        return SqlCondition{QStringLiteral("c.id %1 (SELECT ct.customer_id FROM customer_tags ct JOIN tags t "
                                           "ON t.id = ct.tag_id WHERE t.name = ?)").arg(in),
                            {c.value.trimmed()}};
    case SegmentField::Kind:
        return SqlCondition{negate ? QStringLiteral("c.kind <> ?") : QStringLiteral("c.kind = ?"), {c.value}};
    case SegmentField::City:
    case SegmentField::Region:
    case SegmentField::Source: {
        const QString column = textColumn(c.field);
        if (c.op == SegmentOp::Contains)
            return SqlCondition{column + QStringLiteral(" LIKE ? ESCAPE '\\'"), {likePattern(c.value.trimmed())}};
        return SqlCondition{column + (negate ? QStringLiteral(" <> ? COLLATE NOCASE") : QStringLiteral(" = ? COLLATE NOCASE")),
                            {c.value.trimmed()}};
    }
    case SegmentField::ValueTier:
        return SqlCondition{QStringLiteral("c.id %1 (SELECT customer_id FROM customer_value_tiers WHERE tier = ?)").arg(in),
                            {c.value}};
    case SegmentField::LastPurchase:
        if (c.op == SegmentOp::Never)
            return SqlCondition{QStringLiteral("c.id NOT IN (%1)").arg(kWonDeals), {}};
        if (c.op == SegmentOp::After)
            return SqlCondition{QStringLiteral("c.id IN (%1 AND closed_at >= ?)").arg(kWonDeals), {dayStart(c.value)}};
        return SqlCondition{QStringLiteral("c.id IN (%1 GROUP BY customer_id HAVING max(closed_at) < ?)").arg(kWonDeals),
                            {dayStart(c.value)}};
    case SegmentField::LifetimeValue:
        if (c.op == SegmentOp::AtLeast)
            return SqlCondition{QStringLiteral("c.lifetime_value >= ?"), {c.value.toLongLong()}};
        if (c.op == SegmentOp::AtMost)
            return SqlCondition{QStringLiteral("c.lifetime_value <= ?"), {c.value.toLongLong()}};
        return SqlCondition{QStringLiteral("c.lifetime_value BETWEEN ? AND ?"),
                            {c.value.toLongLong(), c.value2.toLongLong()}};
    case SegmentField::OpenDeal:
        return SqlCondition{negate ? QStringLiteral("c.open_deals = 0") : QStringLiteral("c.open_deals > 0"), {}};
    case SegmentField::OpenTicket:
        return SqlCondition{negate ? QStringLiteral("NOT ") + kOpenTickets : kOpenTickets, {}};
    case SegmentField::BirthdayMonth:
        return SqlCondition{QStringLiteral("substr(c.birthday, 6, 2) = ?"),
                            {QStringLiteral("%1").arg(c.value.toInt(), 2, 10, QLatin1Char('0'))}};
    }
    return makeError(QStringLiteral("invalid"), SegmentRules::tr("Unknown condition."));
}

Result<SqlCondition> SegmentSql::condition(const Segment& segment)
{
    SqlCondition where;
    QStringList parts;
    for (const auto& c : segment.conditions) {
        auto part = condition(c);
        if (!part)
            return part.error();
        parts << QStringLiteral("(%1)").arg(part.value().sql);
        where.values << part.value().values;
    }
    where.sql = QStringLiteral("c.archived_at IS NULL");
    if (!parts.isEmpty())
        where.sql += QStringLiteral(" AND (%1)").arg(parts.join(segment.matchAll ? QStringLiteral(" AND ")
                                                                                 : QStringLiteral(" OR ")));
    return where;
}

} // namespace rapport
