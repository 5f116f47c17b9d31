#pragma once

#include "Result.h"
#include "io/ImportTypes.h"

namespace rapport {

class CustomerSource;
class Database;

// Imports customers in one transaction: each row is read (CustomerDraft), checked, matched against the
// database and the rows before it (normalised email, phone, name + company), then inserted, used to
// update the match, or skipped. Every write is audited. Invalid rows are listed and never stop the
// rest; cancelling, a failure or a dry run leaves the database exactly as it was.
class CustomerImporter
{
public:
    // Errors: the file cannot be read on, the database refused a write, or code "cancelled".
    static Result<ImportSummary> run(Database& db, CustomerSource& source, const ImportOptions& options);

    // Digits of the calling code that fits the business's currency ("86" for CNY), "" when unsure.
    static QString countryCodeForCurrency(const QString& currency);
};

} // namespace rapport
