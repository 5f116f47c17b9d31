#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace rapport {

// The period a report covers: whole local calendar days, both ends included. Instants are stored in UTC,
// so the range turns into UTC bounds and month/week buckets use the owner's UTC offset.
struct ReportRange
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ReportRange)

public:
    QDate from;
    QDate to;
    QTimeZone zone = QTimeZone::systemTimeZone();

    // The default: the current month and the eleven before it, up to today.
    static ReportRange lastTwelveMonths(const QDate& today);
    // ISO dates (YYYY-MM-DD); an empty side takes the default's. Bad dates or from > to are errors.
    static Result<ReportRange> fromText(const QString& from, const QString& to, const QDate& today);

    Status validate() const;
    // Stored UTC text of local midnight starting `from`, and of the midnight after `to` (exclusive).
    QString startInstant() const;
    QString endInstant() const;
    // Stored UTC text of local midnight starting `date`, in the range's zone.
    QString instantAt(const QDate& date) const;
    // SQLite date modifier that moves a stored UTC instant to local time, e.g. "+480 minutes".
    QString localModifier() const;
    // "YYYY-MM" of every month the range touches, in order.
    QStringList months() const;

    // A bucket of a report (a month, a week): its key and UTC bounds, clipped to the range.
    struct Span
    {
        QString key;
        QString start;
        QString end;
    };
    // Every month the range touches (keys "YYYY-MM", as months()), and every week from the Monday on or
    // before `from` (keys: the Monday, "YYYY-MM-DD").
    QList<Span> monthSpans() const;
    QList<Span> weekSpans() const;
};

// "YYYY-MM" of `date`, and the months from `first` for `count` months.
QString monthKey(const QDate& date);
QStringList monthKeys(const QDate& first, int count);

// The business currency (settings "currency"); money in reports is summed in it only.
QString businessCurrency(const QSqlDatabase& db);

class Query;

// Binds every ":name" the statement uses: ":start"/":end" (the range's UTC bounds), ":local" (its
// modifier), ":currency", plus `extra`. Names the statement does not use are skipped.
void bindNamed(Query& query, const QString& sql, const ReportRange& range, const QString& currency,
               const QList<std::pair<QString, QVariant>>& extra = {});

// Runs `sql` once per span, binding ":span_start"/":span_end" (and what bindNamed binds), and hands each
// result to `read` with the span's index. One indexed range scan per bucket costs less than grouping a whole
// period by a computed month or week, which makes SQLite sort every row.
Status forEachSpan(const QSqlDatabase& db, const QString& sql, const ReportRange& range, const QString& currency,
                   const QList<ReportRange::Span>& spans, const std::function<void(int, Query&)>& read,
                   const QList<std::pair<QString, QVariant>>& extra = {});

// A ratio that may have no meaning (nothing to divide by).
struct Ratio
{
    qint64 part = 0;
    qint64 whole = 0;
    bool defined() const { return whole > 0; }
    double value() const { return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0; }
};

} // namespace rapport
