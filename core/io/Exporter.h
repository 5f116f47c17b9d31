#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace rapport {

class Database;

enum class ExportKind { Customers, Deals, Tickets, Activities, Tasks };
std::optional<ExportKind> exportKindForKey(QStringView key);

enum class ExportFormat { Csv, VCard, ICalendar };

// Writes records out for other programs, streaming (memory stays flat however many there are):
// - CSV for customers, deals, tickets and activities: UTF-8 with BOM, RFC 4180, formula-looking cells
//   neutralised (CsvWriter). Column names are the ones the importer recognises, so an export imports back.
// - vCard 4.0 (RFC 6350) for customers, readable by Apple Contacts, Google Contacts and Outlook.
// - iCalendar (RFC 5545) for tasks: one VTODO each, with a reminder at the due time while open.
class Exporter
{
public:
    struct Options
    {
        QList<qint64> ids;          // only these records (a selection); empty = all
        bool includeArchived = true;
        std::function<bool(qint64 written)> progress; // false cancels (the device then holds a partial file)
    };

    // Number of records written.
    static Result<qint64> write(Database& db, ExportKind kind, ExportFormat format, QIODevice* device,
                                const Options& options);
    // Writes to `path` through a temporary file renamed into place, so a failed export never leaves half a file.
    static Result<qint64> writeFile(Database& db, ExportKind kind, ExportFormat format, const QString& path,
                                    const Options& options);
    // Which formats make sense for a kind.
    static bool supports(ExportKind kind, ExportFormat format);
    // Format from a file name's suffix (.csv, .vcf, .ics); CSV when unknown.
    static ExportFormat formatForPath(const QString& path);
};

} // namespace rapport
