#pragma once

#include "Result.h"
#include "io/CustomerSource.h"
#include "io/ImportTypes.h"

#include <QDateTime>

namespace rapport {

class Database;

enum class RecordKind
{
    Deal,     // title, customer, amount, currency, stage, status, expected close, created, closed, notes
    Activity, // customer, kind, date, summary, note, duration, direction
};

// Imports deals or activities from CSV in one transaction, like CustomerImporter: each row names its
// customer (by email or by name, as stored in Rapport), is checked, matched against what is already there
// (the same customer and title for deals; the same customer, kind, time and summary for activities) and
// written with the audit log. Columns are recognised from English and Chinese headers.
class RecordImporter
{
public:
    static Result<ImportSummary> run(Database& db, RecordKind kind, const QString& path, const SourceOptions& source,
                                     const ImportOptions& options);

    // The field a header means for `kind` ("title", "customer", "amount", ...), "" when none.
    static QString fieldForHeader(RecordKind kind, const QString& header);
    // "¥12,000.50", "1.234,5", "$ 99" -> minor units; nullopt when it is not an amount.
    static std::optional<qint64> parseAmount(const QString& text, QString* currency = nullptr);
    // A date with an optional time (local), as UTC; a date alone is taken at noon local time.
    static QDateTime parseInstant(const QString& text, DateOrder order);
};

} // namespace rapport
