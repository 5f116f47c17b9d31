#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace rapport {

struct IntegrityReport;
struct TableSpec;

// Compares every audited record, and every setting, with the row_hash of its latest audit entry. A record
// with no entry, one that differs from its latest entry, or one that is gone while its log has no delete
// was changed behind the app's back.
class RecordVerifier
{
public:
    static Status verify(const QSqlDatabase& db, IntegrityReport& report);

private:
    static Status verifyTable(const QSqlDatabase& db, const TableSpec& spec, IntegrityReport& report);
    static Status verifyDeleted(const QSqlDatabase& db, const TableSpec& spec, IntegrityReport& report);
    static Status verifySettings(const QSqlDatabase& db, IntegrityReport& report);
};

} // namespace rapport
