#pragma once

#include "Result.h"
#include "db/DirectStatement.h"
#include "db/RecordStore.h"

#include <functional>

namespace rapport {

class AuditTail;
class Database;

// Audited inserts for bulk work (demo data, imports) inside one caller-held transaction: statements are
// prepared once, the audit chain's tail is kept in memory, and the logged image is built from the bound
// values instead of being read back. Each row is logged exactly as RecordStore::insert would log it
// (a test holds the two to that), so `check` cannot tell them apart.
class BulkInserter
{
public:
    // Inserts every column of the table's spec except id, in spec order.
    BulkInserter(Database& db, const TableSpec& spec, AuditTail& audit);
    const QStringList& columns() const { return m_columns; }

    // `values` in the order of columns(); `computed` holds the spec's computed image parts (e.g. customer
    // tags as the database would render them). `beforeLog` may add dependent rows such as tag links.
    Result<qint64> insert(const QVariantList& values, const QVariantMap& computed = {},
                          const std::function<Status(qint64)>& beforeLog = {});

private:
    Database& m_db;
    const TableSpec& m_spec;
    AuditTail& m_audit;
    QStringList m_columns;
    DirectStatement m_insert;
    QVariantMap m_image; // the last row's logged image; only its values change between rows
    QStringList m_computedKeys;
    QList<QVariantMap::iterator> m_slots; // m_image's entry of each column, in column order
    QVariantMap::iterator m_idSlot;
};

// Customer tags exactly as the customers image renders them: distinct, ordered like SQLite's NOCASE
// collation (ASCII case folded, then bytes of UTF-8), joined by ", "; null when there are none.
QVariant renderTagList(const QStringList& tags);

} // namespace rapport
