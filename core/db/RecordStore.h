#pragma once

#include "Result.h"
#include "db/ChangeNotifier.h"

#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace rapport {

class Database;

// What the audit log covers of one table: its writable columns and any computed parts of its image.
struct TableSpec
{
    QString table;
    Entity entity;
    QStringList columns;       // stored columns that make up the record (id and timestamps included)
    QString computedColumns;   // extra "expr AS name" SELECT items that belong to the record (may be empty)
    bool hasArchive = false;   // has archived_at
};

// The audited tables, in the order `check` walks them.
const std::vector<TableSpec>& auditedTables();
const TableSpec& tableSpec(Entity entity);

// Generic audited writes for one table: every insert, update, archive and delete appends to the audit
// log in the same transaction and is announced through the change notifier after commit.
class RecordStore
{
public:
    RecordStore(Database& db, const TableSpec& spec) : m_db(db), m_spec(spec) {}

    // Sets created_at/updated_at itself. Returns the new id.
    Result<qint64> insert(QVariantMap values);
    // Writes only the given columns; bumps updated_at when something changed. Missing row -> "not_found".
    Status update(qint64 id, QVariantMap values);
    Status setArchived(qint64 id, bool archived);
    Status remove(qint64 id);
    // The record's audited image (columns + computed parts); empty map if there is no such row.
    Result<QVariantMap> image(qint64 id) const;
    // Ids of the records matching a fixed SQL condition (written in code, values bound).
    Result<QList<qint64>> idsWhere(const QString& condition, const QVariantList& values) const;
    // Sets `values` on each record / removes each record, every one logged on its own.
    Status updateEach(const QList<qint64>& ids, const QVariantMap& values);
    Status removeEach(const QList<qint64>& ids);
    // Removes the record after clearing `linkColumn` (e.g. "deal_id") on the activities and tasks that
    // point at it, so they stay with their customer; every change is logged, all in one transaction.
    Status removeUnlinking(qint64 id, const QString& linkColumn);
    // Appends an 'update' entry for a change made outside update() (e.g. tags), inside the caller's transaction.
    Status logChange(qint64 id, const QVariantMap& before);

    const TableSpec& spec() const { return m_spec; }

private:
    Status audit(qint64 id, const QString& action, const QVariantMap& before, const QVariantMap& after);

    Database& m_db;
    const TableSpec& m_spec;
};

// Qt binds a null QString as SQL NULL; text columns are NOT NULL and mean "empty" by "". Nullable columns
// are passed as an invalid QVariant instead. Every audited write binds through this.
QVariant bindable(const QVariant& value);

// The SELECT list that produces a table's audited image, used by the writer and by the checker.
QString imageSelectList(const TableSpec& spec);

} // namespace rapport
