#pragma once

#include "Result.h"
#include "db/Query.h"
#include "db/RecordStore.h"

#include <functional>

namespace rapport {

class AuditTail;
class Database;

// Audited inserts for bulk work (demo data, imports) inside one caller-held transaction: statements are
// prepared once and the audit chain's tail is kept in memory. Each row is logged exactly as
// RecordStore::insert would log it, so `check` cannot tell the two apart.
class BulkInserter
{
public:
    BulkInserter(Database& db, const TableSpec& spec, const QStringList& columns, AuditTail& audit);
    // Values in the order of `columns`. `beforeLog` may add dependent rows (e.g. tags) that belong to the
    // logged image. Returns the new id.
    Result<qint64> insert(const QVariantList& values, const std::function<Status(qint64)>& beforeLog = {});
    // Re-logs a row after the caller changed it with plain SQL (e.g. added tags), keeping history complete.
    Status logUpdate(qint64 id, const QVariantMap& before);
    Result<QVariantMap> image(qint64 id);

private:
    Database& m_db;
    const TableSpec& m_spec;
    AuditTail& m_audit;
    Query m_insert;
    Query m_image;
};

} // namespace rapport
