#include "SearchWarmUp.h"

#include "db/Query.h"
#include "safety/ReadConnection.h"

namespace rapport {

Status SearchWarmUp::readIndexes(const QSqlDatabase& conn)
{
    // Summing the blocks reads every page of the table once, in order; nothing is kept in this process.
    for (const QString& sql : {QStringLiteral("SELECT sum(length(block)) FROM customers_grams_data"),
                               QStringLiteral("SELECT count(*) FROM customers_fts_idx"),
                               QStringLiteral("SELECT count(*) FROM customers_grams_idx")}) {
        Query q(conn, sql);
        if (!q.exec())
            return q.asError();
    }
    return Ok{};
}

Status SearchWarmUp::readIndexes(const QString& path)
{
    auto conn = ReadConnection::open(path);
    if (!conn)
        return conn.error();
    return readIndexes(conn.value()->db());
}

Status SearchWarmUp::touchIndexes(const QSqlDatabase& conn)
{
    // Terms that are in neither index: the lookup walks each index's structure and directory and stops.
    for (const QString& sql :
         {QStringLiteral("SELECT rowid FROM customers_grams WHERE customers_grams MATCH '\"\u3007\"' LIMIT 1"),
          QStringLiteral("SELECT rowid FROM customers_fts WHERE customers_fts MATCH '\"\u3007\u3007\u3007\"' LIMIT 1")}) {
        Query q(conn, sql);
        if (!q.exec())
            return q.asError();
        while (q.next()) {
        }
    }
    return Ok{};
}

} // namespace rapport
