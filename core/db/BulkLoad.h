#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace rapport {

class Database;

// Many inserts at once (demo data, imports): the insert triggers that keep search indexes and derived
// customer figures current run once per row, which costs about a quarter of a bulk load. Between begin()
// and finish() they are set aside; finish() brings the search indexes and figures up to date for the new
// rows in a few set-based statements and puts the triggers back. Must run inside a transaction, so a
// failure or cancel rolls the triggers back in with everything else. Updates and deletes keep their
// triggers: only inserts may happen in between.
class BulkLoad
{
public:
    static Result<BulkLoad> begin(Database& db);
    Status finish();

private:
    explicit BulkLoad(Database& db) : m_db(&db) {}

    Database* m_db;
    QList<QPair<QString, QString>> m_triggers; // name, CREATE statement
    qint64 m_lastCustomer = 0;
    qint64 m_lastDeal = 0;
    qint64 m_lastTicket = 0;
    qint64 m_lastActivity = 0;
};

} // namespace rapport
