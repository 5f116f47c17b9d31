#include "analytics/ReportRange.h"

#include "Clock.h"
#include "db/Query.h"

#include <QRegularExpression>

namespace rapport {

ReportRange ReportRange::lastTwelveMonths(const QDate& today)
{
    ReportRange range;
    range.from = QDate(today.year(), today.month(), 1).addMonths(-11);
    range.to = today;
    return range;
}

Result<ReportRange> ReportRange::fromText(const QString& from, const QString& to, const QDate& today)
{
    ReportRange range = lastTwelveMonths(today);
    const auto parse = [](const QString& text, QDate* date) {
        if (text.isEmpty())
            return true;
        const QDate parsed = QDate::fromString(text, Qt::ISODate);
        if (!parsed.isValid() || text.size() != 10)
            return false;
        *date = parsed;
        return true;
    };
    if (!parse(from, &range.from))
        return makeError(QStringLiteral("bad_date"),
                         tr("\"%1\" is not a date; write it as YYYY-MM-DD, for example 2024-01-31.").arg(from));
    if (!parse(to, &range.to))
        return makeError(QStringLiteral("bad_date"),
                         tr("\"%1\" is not a date; write it as YYYY-MM-DD, for example 2024-01-31.").arg(to));
    if (auto valid = range.validate(); !valid)
        return valid.error();
    return range;
}

Status ReportRange::validate() const
{
    if (!from.isValid() || !to.isValid())
        return makeError(QStringLiteral("bad_date"), tr("The report needs a start and an end date."));
    if (from > to)
        return makeError(QStringLiteral("bad_range"), tr("The start date (%1) is after the end date (%2).")
                                                          .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (from.daysTo(to) > 366 * 20)
        return makeError(QStringLiteral("bad_range"), tr("A report covers at most 20 years."));
    return Ok{};
}

QString ReportRange::startInstant() const
{
    return instantAt(from);
}

QString ReportRange::endInstant() const
{
    return instantAt(to.addDays(1));
}

QString ReportRange::instantAt(const QDate& date) const
{
    return toStoredInstant(QDateTime(date, QTime(0, 0), zone));
}

QString ReportRange::localModifier() const
{
    const int minutes = zone.offsetFromUtc(QDateTime(to, QTime(12, 0), zone)) / 60;
    return QStringLiteral("%1%2 minutes").arg(minutes < 0 ? QStringLiteral("-") : QStringLiteral("+")).arg(qAbs(minutes));
}

QStringList ReportRange::months() const
{
    const QDate first(from.year(), from.month(), 1);
    const int count = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    return monthKeys(first, count);
}

QList<ReportRange::Span> ReportRange::monthSpans() const
{
    QList<Span> spans;
    const QStringList keys = months();
    QDate first(from.year(), from.month(), 1);
    for (const QString& key : keys) {
        const QDate next = first.addMonths(1);
        spans << Span{key, instantAt(qMax(first, from)), instantAt(qMin(next, to.addDays(1)))};
        first = next;
    }
    return spans;
}

QList<ReportRange::Span> ReportRange::weekSpans() const
{
    QList<Span> spans;
    for (QDate monday = from.addDays(1 - from.dayOfWeek()); monday <= to; monday = monday.addDays(7)) {
        spans << Span{monday.toString(Qt::ISODate), instantAt(qMax(monday, from)),
                      instantAt(qMin(monday.addDays(7), to.addDays(1)))};
    }
    return spans;
}

Status forEachSpan(const QSqlDatabase& db, const QString& sql, const ReportRange& range, const QString& currency,
                   const QList<ReportRange::Span>& spans, const std::function<void(int, Query&)>& read,
                   const QList<std::pair<QString, QVariant>>& extra)
{
    Query q(db, sql);
    for (int i = 0; i < spans.size(); ++i) {
        auto values = extra;
        values.append({QStringLiteral(":span_start"), spans[i].start});
        values.append({QStringLiteral(":span_end"), spans[i].end});
        bindNamed(q, sql, range, currency, values);
        if (!q.exec())
            return q.asError();
        read(i, q);
    }
    return Ok{};
}

QString monthKey(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QStringList monthKeys(const QDate& first, int count)
{
    QStringList keys;
    for (int i = 0; i < count; ++i)
        keys << monthKey(first.addMonths(i));
    return keys;
}

void bindNamed(Query& query, const QString& sql, const ReportRange& range, const QString& currency,
               const QList<std::pair<QString, QVariant>>& extra)
{
    QList<std::pair<QString, QVariant>> values{{QStringLiteral(":start"), range.startInstant()},
                                               {QStringLiteral(":end"), range.endInstant()},
                                               {QStringLiteral(":local"), range.localModifier()},
                                               {QStringLiteral(":currency"), currency}};
    values += extra;
    for (const auto& [name, value] : values) {
        static const QRegularExpression nameEnd(QStringLiteral("[^A-Za-z0-9_]"));
        qsizetype at = sql.indexOf(name);
        while (at >= 0) {
            const qsizetype after = at + name.size();
            if (after >= sql.size() || nameEnd.match(sql, after, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption).hasMatch()) {
                query.raw().bindValue(name, value);
                break;
            }
            at = sql.indexOf(name, after);
        }
    }
}

QString businessCurrency(const QSqlDatabase& db)
{
    const QVariant value = scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'currency'"));
    return value.isValid() && !value.toString().isEmpty() ? value.toString() : QStringLiteral("USD");
}

} // namespace rapport
