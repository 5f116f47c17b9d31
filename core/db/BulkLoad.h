#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rapport {

class Database;

// Many inserts at once (demo data, imports): the insert triggers that keep search indexes and derived
// customer figures current run once per row, which costs about a quarter of a bulk load. Between begin()
// and finish() they are set aside; finish() brings the search indexes and figures up to date for the new
// rows in a few set-based statements and puts the triggers back. Must run inside a transaction, so a
// failure or cancel rolls the triggers back in with everything else. Updates and deletes keep their
// triggers: only inserts may happen in between.
// With Indexes::Rebuild the secondary indexes of the loaded tables are dropped too and built again in
// finish(), from sorted data, which is several times cheaper than keeping a dozen indexes per row. Only for
// loads that write and never look rows up meanwhile (the demo generator); an import that checks for
// duplicates as it goes keeps them.
class BulkLoad
{
public:
    enum class Indexes { Keep, Rebuild };
    static Result<BulkLoad> begin(Database& db, Indexes indexes = Indexes::Keep);
    // For a load that will add more customers than the table holds (a large import): their secondary indexes,
    // but the one the update trigger looks people up by, are dropped now and built in finish() from the sorted
    // rows, which costs less than keeping ten indexes row by row (an import only looks customers up by id).
    Status setCustomerIndexesAside();
    Status finish();

private:
    explicit BulkLoad(Database& db) : m_db(&db) {}

    Database* m_db;
    QList<QPair<QString, QString>> m_triggers; // name, CREATE statement
    QStringList m_indexes;                      // CREATE statements of the indexes set aside
    qint64 m_lastCustomer = 0;
    qint64 m_lastDeal = 0;
    qint64 m_lastTicket = 0;
    qint64 m_lastActivity = 0;
};

} // namespace rapport
