#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace rapport {

struct IntegrityReport;

// Walks audit_log in id order and recomputes every entry's hash: ids must be contiguous from 1, each
// prev_hash must equal the previous entry's hash, and each hash must match its entry's content.
// Stops at the first entry that does not verify.
class ChainVerifier
{
public:
    static Status verify(const QSqlDatabase& db, IntegrityReport& report);
};

} // namespace rapport
