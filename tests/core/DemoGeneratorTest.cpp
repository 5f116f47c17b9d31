#include "catch.h"

#include "Clock.h"
#include "TempDatabase.h"
#include "db/BulkInserter.h"
#include "db/Query.h"
#include "db/RecordStore.h"
#include "demo/DemoGenerator.h"
#include "safety/AuditLog.h"
#include "search/SearchService.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QSqlRecord>

using namespace rapport;

namespace {
// A digest of the data tables' content, to compare two databases.
QByteArray contentDigest(Database& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& table : {QStringLiteral("customers"), QStringLiteral("deals"), QStringLiteral("tickets"),
                                QStringLiteral("activities"), QStringLiteral("tasks"),
                                QStringLiteral("deal_stage_history"), QStringLiteral("customer_tags")}) {
        Query q(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        REQUIRE(q.exec());
        while (q.next()) {
            const int n = q.raw().record().count();
            for (int i = 0; i < n; ++i)
                h.addData(q.value(i).toString().toUtf8() + '\x1f');
        }
    }
    return h.result();
}
} // namespace

TEST_CASE("Demo data is deterministic for a seed and plausible", "[demo]")
{
    test::TempDatabase a;
    test::TempDatabase b;
    DemoOptions options;
    options.customers = 300;
    options.seed = 42;
    auto first = DemoGenerator::generate(a.db(), options);
    auto second = DemoGenerator::generate(b.db(), options);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first.value().companies + first.value().people == 300);
    CHECK(first.value().deals == second.value().deals);
    // Timestamps derive from "now", so compare shape rather than bytes across runs made at different seconds.
    auto conn = a->connection();
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM customers WHERE name GLOB '*[一-龥]*'")).toInt() > 50);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM customers WHERE company_id IS NOT NULL")).toInt() > 30);
    CHECK(scalar(conn, QStringLiteral("SELECT count(DISTINCT status) FROM deals")).toInt() == 3);
    // Some customers bought more than once, so retention reports have something to show.
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM (SELECT customer_id FROM deals WHERE status = 'won' "
                                      "GROUP BY customer_id HAVING count(*) > 1)")).toInt() > 5);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM tasks WHERE done_at IS NULL AND due_at < "
                                      "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')")).toInt() > 0);
    CHECK(scalar(conn, QStringLiteral("SELECT count(DISTINCT priority) FROM tickets")).toInt() == 4);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM tickets WHERE satisfaction IS NOT NULL")).toInt() > 10);
    // Every deal's history starts at its creation and ends in its current stage.
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM deals d WHERE d.stage_id <> (SELECT to_stage_id FROM "
                                      "deal_stage_history h WHERE h.deal_id = d.id ORDER BY changed_at DESC, id DESC "
                                      "LIMIT 1)")).toInt() == 0);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM deals WHERE status <> 'open' AND closed_at IS NULL")).toInt() == 0);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
    // Derived figures agree with the deals they come from.
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM customers c WHERE lifetime_value <> (SELECT "
                                      "coalesce(sum(amount_minor), 0) FROM deals WHERE customer_id = c.id AND "
                                      "status = 'won')")).toInt() == 0);
}

TEST_CASE("Same seed, same clock: byte-identical data", "[demo]")
{
    Clock::setOverride([] { return QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC); });
    test::TempDatabase a;
    test::TempDatabase b;
    DemoOptions options;
    options.customers = 120;
    options.seed = 7;
    REQUIRE(DemoGenerator::generate(a.db(), options));
    REQUIRE(DemoGenerator::generate(b.db(), options));
    CHECK(contentDigest(a.db()) == contentDigest(b.db()));
    options.seed = 8;
    test::TempDatabase c;
    REQUIRE(DemoGenerator::generate(c.db(), options));
    CHECK(contentDigest(a.db()) != contentDigest(c.db()));
    Clock::setOverride({});
}

TEST_CASE("Bulk-logged rows hash and list their fields exactly like rows read back from the database", "[demo][audit]")
{
    test::TempDatabase t;
    DemoOptions options;
    options.customers = 150;
    REQUIRE(DemoGenerator::generate(t.db(), options));
    int checked = 0;
    for (const TableSpec& spec : auditedTables()) {
        RecordStore store(t.db(), spec);
        Query q(t->connection(), QStringLiteral("SELECT entity_id, row_hash, changes FROM audit_log WHERE entity = ? "
                                                "AND action = 'insert'"));
        q.bind(entityName(spec.entity));
        REQUIRE(q.exec());
        while (q.next()) {
            auto image = store.image(q.value(0).toLongLong());
            REQUIRE(image);
            INFO(spec.table.toStdString() << " " << q.value(0).toLongLong());
            CHECK(AuditLog::rowHash(image.value()) == q.value(1).toString());
            CHECK(AuditLog::changesJson({}, image.value()) == q.value(2).toString());
            ++checked;
        }
    }
    CHECK(checked > 500);
}

TEST_CASE("Tag lists render like SQLite's NOCASE order", "[demo]")
{
    CHECK(renderTagList({}).isNull());
    CHECK(renderTagList({QStringLiteral("wholesale"), QStringLiteral("VIP"), QStringLiteral("批发"),
                         QStringLiteral("Retail"), QStringLiteral("vip")})
              .toString() == QStringLiteral("Retail, VIP, wholesale, 批发"));
}

TEST_CASE("Cancelling demo generation leaves the database as it was", "[demo]")
{
    test::TempDatabase t;
    DemoOptions options;
    options.customers = 2000;
    auto result = DemoGenerator::generate(t.db(), options, [](int done, int) { return done < 1000; });
    REQUIRE_FALSE(result);
    CHECK(result.error().code == QStringLiteral("cancelled"));
    CHECK(scalar(t->connection(), QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);
    CHECK(scalar(t->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 0);
}

namespace {

// Every row of a query, as text, for comparing derived data before and after the triggers recompute it.
QStringList rowsOf(Database& db, const QString& sql)
{
    QStringList rows;
    Query q(db.connection(), sql);
    REQUIRE(q.exec());
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.raw().record().count(); ++i)
            fields << q.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

TEST_CASE("A bulk load's catch-up gives the search indexes and figures the per-row triggers would", "[demo][bulk]")
{
    test::TempDatabase temp;
    // Some data made row by row first: the catch-up must only add the rows of the load.
    DemoOptions small;
    small.customers = 15;
    small.seed = 3;
    REQUIRE(DemoGenerator::generate(temp.db(), small));
    DemoOptions options;
    options.customers = 120;
    options.seed = 11;
    REQUIRE(DemoGenerator::generate(temp.db(), options));

    const QString figures = QStringLiteral("SELECT id, lifetime_value, open_deals, last_contact_at FROM customers ORDER BY id");
    const QString names = QStringLiteral("SELECT rowid, name, company, email, phone, notes FROM customers_fts ORDER BY rowid");
    const QString grams = QStringLiteral("SELECT rowid, grams FROM customers_grams ORDER BY rowid");
    const QStringList figuresAfterLoad = rowsOf(temp.db(), figures);
    const QStringList namesAfterLoad = rowsOf(temp.db(), names);
    const QStringList gramsAfterLoad = rowsOf(temp.db(), grams);
    REQUIRE(namesAfterLoad.size() == rowsOf(temp.db(), QStringLiteral("SELECT id FROM customers")).size());

    // The triggers were put back: rewriting each row through them recomputes everything the same way.
    const auto raw = [&temp](const QString& sql) {
        QString error;
        INFO(sql.toStdString());
        REQUIRE(execSql(temp.db().connection(), sql, &error));
    };
    raw(QStringLiteral("UPDATE deals SET status = status"));
    raw(QStringLiteral("UPDATE activities SET occurred_at = occurred_at"));
    raw(QStringLiteral("UPDATE customers SET name = name"));
    CHECK(rowsOf(temp.db(), figures) == figuresAfterLoad);
    CHECK(rowsOf(temp.db(), names) == namesAfterLoad);
    CHECK(rowsOf(temp.db(), grams) == gramsAfterLoad);

    // The external-content indexes agree with their tables, and a title word finds its deal.
    raw(QStringLiteral("INSERT INTO deals_fts (deals_fts, rank) VALUES ('integrity-check', 1)"));
    raw(QStringLiteral("INSERT INTO tickets_fts (tickets_fts, rank) VALUES ('integrity-check', 1)"));
    const QStringList triggers = rowsOf(temp.db(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                                                  "AND name LIKE '%_insert' ORDER BY name"));
    CHECK(triggers.contains(QStringLiteral("customers_search_insert")));
    CHECK(triggers.contains(QStringLiteral("deals_stats_insert")));
    CHECK(triggers.contains(QStringLiteral("activities_stats_insert")));
}
