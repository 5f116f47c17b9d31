#pragma once

#include "io/DateParser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rapport {

// What to do with a row that matches a record already in the database (or earlier in the same file).
enum class DuplicatePolicy
{
    Skip,   // leave the existing record as it is
    Update, // fill in the existing record with the row's non-empty values
    Create, // add the row as a new record anyway
};
QString duplicatePolicyKey(DuplicatePolicy policy);
std::optional<DuplicatePolicy> duplicatePolicyForKey(QStringView key);

struct ImportProgress
{
    qint64 rows = 0;         // rows handled so far
    qint64 done = 0;         // bytes (or cards) read so far
    qint64 total = 0;        // of `done`; 0 when unknown
    double rowsPerSecond = 0;
    double secondsLeft = -1; // -1 while unknown
};

// A row that was not imported, with the reason, so the owner can fix it and import it again.
struct InvalidRow
{
    qint64 row = 0;        // row of the file (the header is row 1), or card number for vCard
    QString reason;        // for people, translated
    QStringList fields;    // the row as read
};

struct ImportCounts
{
    qint64 rows = 0;       // data rows read
    qint64 created = 0;    // new records
    qint64 updated = 0;    // existing records changed (policy Update)
    qint64 duplicates = 0; // rows matching an existing record that were skipped or changed nothing
    qint64 invalid = 0;
    qint64 companiesCreated = 0; // companies made for people's "Company" column (not in `created`)
};

struct ImportSummary
{
    ImportCounts counts;
    bool dryRun = false;
    double seconds = 0;
    QList<InvalidRow> invalidRows; // the first kMaxListed; all of them go to the errors CSV
    QStringList notices;           // things read that the owner should know (short rows, garbled text)
    qint64 noticeCount = 0;
    QString encodingName;          // how the file was read, e.g. "GB18030"
    static constexpr int kMaxListed = 1000;
};

struct ImportOptions
{
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    // Everything is done and counted inside the transaction, which is then rolled back: the counts are
    // exactly what a real import would do.
    bool dryRun = false;
    // Digits such as "86": numbers written without one are compared as if they had it.
    QString defaultCountryCode;
    // How day/month dates are written when the file cannot tell (04/05/1985).
    DateOrder dateOrderHint = DateOrder::Unknown;
    // When set, invalid rows are written there as CSV (their columns, then the row number and reason).
    QString errorsCsvPath;
    // Called now and then; returning false cancels (everything is rolled back).
    std::function<bool(const ImportProgress&)> progress;
};

} // namespace rapport
