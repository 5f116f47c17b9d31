#include "BulkLoad.h"

#include "db/Database.h"
#include "db/DirectStatement.h"
#include "db/Query.h"
#include "search/NameGrams.h"

#include <algorithm>

namespace rapport {
namespace {

// The insert triggers of the schema that finish() replaces; their update and delete siblings stay.
const char* const kDeferredTriggers[] = {"customers_search_insert", "deals_search_insert", "tickets_search_insert",
                                         "deals_stats_insert", "activities_stats_insert",
                                         "deal_stage_history_derive_insert", "customers_total_insert"};

enum class Since { Customer, Deal, Ticket, Activity };

// The same results as the triggers above, for every row added after the id the load began at.
struct CatchUp
{
    Since since;
    const char* sql;
};
const CatchUp kCatchUp[] = {
    {Since::Customer,
     "INSERT INTO customers_fts (rowid, name, company, email, phone, notes) "
     "SELECT c.id, c.name, coalesce(co.name, ''), c.email || ' ' || c.email2, c.phone || ' ' || c.mobile, c.notes "
     "FROM customers c LEFT JOIN customers co ON co.id = c.company_id WHERE c.id > ?"},
    {Since::Customer,
     "UPDATE customer_totals SET n = n + (SELECT count(*) FROM customers WHERE id > ? AND archived_at IS NULL) "
     "WHERE name = 'active'"},
    {Since::Deal, "INSERT INTO deals_fts (rowid, title) SELECT id, title FROM deals WHERE id > ?"},
    {Since::Ticket, "INSERT INTO tickets_fts (rowid, subject) SELECT id, subject FROM tickets WHERE id > ?"},
    {Since::Deal,
     "UPDATE customers SET "
     "  lifetime_value = (SELECT coalesce(sum(amount_minor), 0) FROM deals d "
     "                    WHERE d.customer_id = customers.id AND d.status = 'won'), "
     "  open_deals = (SELECT count(*) FROM deals d WHERE d.customer_id = customers.id AND d.status = 'open' "
     "                AND d.archived_at IS NULL) "
     "WHERE id IN (SELECT customer_id FROM deals WHERE id > ?)"},
    // The reports' derived stage-history columns (migration 0004), for the history of deals added by the load.
    {Since::Deal,
     "UPDATE deal_stage_history SET "
     "  left_at = (SELECT n.changed_at FROM deal_stage_history n WHERE n.deal_id = deal_stage_history.deal_id "
     "             AND (n.changed_at > deal_stage_history.changed_at OR (n.changed_at = deal_stage_history.changed_at "
     "                  AND n.id > deal_stage_history.id)) ORDER BY n.changed_at, n.id LIMIT 1), "
     "  deal_closed_at = (SELECT CASE WHEN d.status IN ('won', 'lost') THEN d.closed_at END FROM deals d "
     "                    WHERE d.id = deal_stage_history.deal_id) "
     "WHERE deal_id > ?"},
    {Since::Deal,
     "UPDATE deals SET stage_path = coalesce(( "
     "  SELECT group_concat(to_stage_id || ':' || place, ',') FROM ( "
     "    SELECT to_stage_id, dense_rank() OVER (ORDER BY first_at) AS place FROM ( "
     "      SELECT to_stage_id, min(changed_at) AS first_at FROM deal_stage_history "
     "      WHERE deal_id = deals.id GROUP BY to_stage_id) "
     "    ORDER BY place, to_stage_id)), '') "
     "WHERE id > ?"},
    {Since::Activity,
     "UPDATE customers SET last_contact_at = (SELECT max(occurred_at) FROM activities a "
     "                                        WHERE a.customer_id = customers.id) "
     "WHERE id IN (SELECT customer_id FROM activities WHERE id > ?)"},
};

// customers_grams for the customers added by the load (the customers_search_insert trigger's second half).
// SQLite lowers the text, NameGrams cuts it into pieces: the trigger's substr() over the positions table was
// most of the catch-up's time. Text NameGrams cannot be sure of takes the trigger's own SQL.
const char kGramsOf[] = "INSERT INTO customers_grams (rowid, grams) "
                        "SELECT c.id, (SELECT group_concat(substr(g.s, n, 1) || ' ' || substr(g.s, n, 2), ' ') "
                        "              FROM (SELECT lower(c.name || ' ' || coalesce(co.name, '')) AS s) AS g, "
                        "                   search_positions WHERE n <= length(g.s)) "
                        "FROM customers c LEFT JOIN customers co ON co.id = c.company_id WHERE c.id = ?";
// One row per statement: a multi-row INSERT into an FTS5 table runs as its own savepoint, and FTS5 writes out
// its pending terms at every savepoint (64-row statements were a third slower than single rows, measured).
Status catchUpGrams(Database& db, qint64 since)
{
    Query read(db.connection(),
               QStringLiteral("SELECT c.id, CAST(lower(c.name || ' ' || coalesce(co.name, '')) AS BLOB) "
                              "FROM customers c LEFT JOIN customers co ON co.id = c.company_id "
                              "WHERE c.id > ? ORDER BY c.id"));
    read.bind(since);
    if (!read.exec())
        return read.asError();
    DirectStatement insert(db.connection(), QStringLiteral("INSERT INTO customers_grams (rowid, grams) VALUES (?, ?)"));
    DirectStatement bySql(db.connection(), QLatin1String(kGramsOf));
    QByteArray grams;
    while (read.next()) {
        const qint64 id = read.value(0).toLongLong();
        DirectStatement& statement = NameGrams::fromLowered(read.value(1).toByteArray(), &grams)
                                         ? insert.bindInt(id).bindUtf8(grams)
                                         : bySql.bindInt(id);
        if (!statement.exec())
            return statement.asError();
    }
    return Ok{};
}

// Tables a demo load fills, whose secondary indexes Indexes::Rebuild sets aside.
const char* const kRebuiltIndexTables[] = {"customers", "deals", "tickets", "activities", "tasks", "deal_stage_history"};
// Indexes the catch-up statements look rows up by: they stay, or each catch-up would scan a table per row.
const char* const kCatchUpIndexes[] = {"deals_customer", "deal_stage_history_deal", "activities_customer"};

// Drops the secondary indexes of `tables` except those named in `keep` and returns their CREATE statements.
Result<QStringList> setIndexesAside(Database& db, const QStringList& tables, const QStringList& keep)
{
    QStringList creates;
    QStringList names;
    for (const QString& table : tables) {
        Query q(db.connection(), QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                "AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
        q.bind(table);
        if (!q.exec())
            return q.asError();
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (keep.contains(name))
                continue;
            names << name;
            creates << q.value(1).toString();
        }
    }
    for (const QString& name : names) {
        Query drop(db.connection(), QStringLiteral("DROP INDEX \"%1\"").arg(name));
        if (!drop.exec())
            return drop.asError();
    }
    return creates;
}

QStringList listOf(const char* const* begin, const char* const* end)
{
    QStringList out;
    for (auto it = begin; it != end; ++it)
        out << QLatin1String(*it);
    return out;
}

Result<qint64> lastId(Database& db, const char* table)
{
    Query q(db.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(table)));
    if (!q.exec() || !q.next())
        return q.asError();
    return q.value(0).toLongLong();
}

} // namespace

Result<BulkLoad> BulkLoad::begin(Database& db, Indexes indexes)
{
    BulkLoad load(db);
    for (auto [field, table] : {std::pair{&load.m_lastCustomer, "customers"}, std::pair{&load.m_lastDeal, "deals"},
                                std::pair{&load.m_lastTicket, "tickets"}, std::pair{&load.m_lastActivity, "activities"}}) {
        auto last = lastId(db, table);
        if (!last)
            return last.error();
        *field = last.value();
    }
    for (const char* name : kDeferredTriggers) {
        Query sql(db.connection(), QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        sql.bind(QLatin1String(name));
        if (!sql.exec())
            return sql.asError();
        if (!sql.next())
            continue; // a schema without it has nothing to catch up
        load.m_triggers.append({QLatin1String(name), sql.value(0).toString()});
        sql.raw().finish();
        Query drop(db.connection(), QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(name)));
        if (!drop.exec())
            return drop.asError();
    }
    if (indexes == Indexes::Rebuild) {
        auto aside = setIndexesAside(db, listOf(std::begin(kRebuiltIndexTables), std::end(kRebuiltIndexTables)),
                                     listOf(std::begin(kCatchUpIndexes), std::end(kCatchUpIndexes)));
        if (!aside)
            return aside.error();
        load.m_indexes = aside.take();
    }
    return load;
}

Status BulkLoad::setCustomerIndexesAside()
{
    // Kept: the update trigger finds a company's people through customers_company (an import updates rows too).
    auto aside = setIndexesAside(*m_db, {QStringLiteral("customers")}, {QStringLiteral("customers_company")});
    if (!aside)
        return aside.error();
    m_indexes << aside.value();
    return Ok{};
}

Status BulkLoad::finish()
{
    for (const CatchUp& step : kCatchUp) {
        const qint64 since[] = {m_lastCustomer, m_lastDeal, m_lastTicket, m_lastActivity};
        Query q(m_db->connection(), QLatin1String(step.sql));
        q.bind(since[static_cast<int>(step.since)]);
        if (!q.exec())
            return q.asError();
    }
    if (auto grams = catchUpGrams(*m_db, m_lastCustomer); !grams)
        return grams;
    // Built after the catch-up, so its updates of derived columns do not maintain them row by row.
    for (const QString& create : std::as_const(m_indexes)) {
        Query q(m_db->connection(), create);
        if (!q.exec())
            return q.asError();
    }
    m_indexes.clear();
    for (const auto& [name, create] : m_triggers) {
        Query q(m_db->connection(), create);
        if (!q.exec())
            return q.asError();
    }
    m_triggers.clear();
    return Ok{};
}

} // namespace rapport
