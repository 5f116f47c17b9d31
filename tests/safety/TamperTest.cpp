// Every kind of tampering an owner's sqlite3 shell can do is named by `check`.
#include "catch.h"

#include "SafetyFixtures.h"
#include "TempDatabase.h"
#include "db/Query.h"
#include "db/RecordStore.h"
#include "safety/IntegrityChecker.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace rapport;

namespace {

bool mentions(const IntegrityReport& r, const QString& entity, qint64 id)
{
    for (const auto& p : r.recordProblems) {
        if (p.entity == entity && p.id == id)
            return true;
    }
    return false;
}

qint64 lastEntry(const QString& path)
{
    test::RawConnection raw(path);
    return scalar(raw.db(), QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
}

} // namespace

TEST_CASE("A database written through the app checks clean, on the fast path", "[safety][check]")
{
    test::TempDatabase t;
    test::fillSample(t.db());
    t.close();
    const IntegrityReport r = IntegrityChecker::check(t.path());
    INFO((r.recordProblems.isEmpty() ? QString() : r.recordProblems.first().reason).toStdString());
    CHECK(r.clean());
    CHECK(r.auditEntries > 300);
    CHECK(r.recordsChecked > 100);
    CHECK(r.settingsChecked >= 2);
    // SQLite's JSON and the audit log's JSON agree, so no record needed the slow reference path.
    CHECK(r.slowVerifications == 0);
}

TEST_CASE("Text SQLite escapes differently is confirmed by the reference code, not reported", "[safety][check]")
{
    test::TempDatabase t;
    RecordStore store(t.db(), tableSpec(Entity::Customer));
    // SQLite writes \b and \f as short escapes, the audit log as \u0008 and \u000c: same text, other bytes.
    REQUIRE(store.insert({{QStringLiteral("kind"), QStringLiteral("person")},
                          {QStringLiteral("name"), QStringLiteral("Bell\bForm\ffeed")}}));
    t.close();
    const IntegrityReport r = IntegrityChecker::check(t.path());
    CHECK(r.clean());
    CHECK(r.slowVerifications == 1);
}

TEST_CASE("Each kind of tampering is detected and named", "[safety][check][tamper]")
{
    test::TempDatabase t;
    test::fillSample(t.db());
    const qint64 customer = scalar(t->connection(), QStringLiteral("SELECT min(id) FROM customers")).toLongLong();
    const qint64 deal = scalar(t->connection(), QStringLiteral("SELECT min(id) FROM deals")).toLongLong();
    t.close();
    const qint64 last = lastEntry(t.path());
    REQUIRE(last > 100);
    test::RawConnection raw(t.path());
    raw.dropAuditTriggers();
    auto checkNow = [&] { return IntegrityChecker::check(t.path()); };

    SECTION("an old entry's recorded change is edited")
    {
        raw.exec(QStringLiteral("UPDATE audit_log SET changes = changes || ' ' WHERE id = 10"));
        const auto r = checkNow();
        REQUIRE(r.chainBreak);
        CHECK(r.chainBreak->entryId == 10);
        CHECK(r.chainBreak->reason.contains(QStringLiteral("edited")));
        CHECK_FALSE(r.clean());
    }
    SECTION("an entry is edited and its own hash recomputed")
    {
        // The attacker fixes entry 10's hash; entry 11 still points at the old one.
        raw.exec(QStringLiteral("UPDATE audit_log SET hash = (SELECT hash FROM audit_log WHERE id = 12) WHERE id = 10"));
        const auto r = checkNow();
        REQUIRE(r.chainBreak);
        CHECK(r.chainBreak->entryId <= 11);
    }
    SECTION("the time of an entry is moved")
    {
        raw.exec(QStringLiteral("UPDATE audit_log SET at = '2001-01-01T00:00:00Z' WHERE id = 5"));
        const auto r = checkNow();
        REQUIRE(r.chainBreak);
        CHECK(r.chainBreak->entryId == 5);
    }
    SECTION("an entry in the middle is deleted")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 40"));
        const auto r = checkNow();
        REQUIRE(r.chainBreak);
        CHECK(r.chainBreak->entryId == 40);
        CHECK(r.chainBreak->reason.contains(QStringLiteral("missing")));
    }
    SECTION("the first entries are deleted")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id <= 3"));
        const auto r = checkNow();
        REQUIRE(r.chainBreak);
        CHECK(r.chainBreak->entryId == 1);
    }
    SECTION("the newest entry is deleted")
    {
        // The chain itself still links; the record that entry described no longer matches its history.
        raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(last));
        const auto r = checkNow();
        CHECK_FALSE(r.clean());
        CHECK_FALSE(r.recordsOk());
    }
    SECTION("entries are renumbered")
    {
        raw.exec(QStringLiteral("UPDATE audit_log SET id = id + 1000000 WHERE id = 20"));
        const auto r = checkNow();
        REQUIRE(r.chainBreak);
        CHECK(r.chainBreak->entryId == 20);
    }
    SECTION("a record is changed without an entry")
    {
        raw.exec(QStringLiteral("UPDATE customers SET name = 'Mallory' WHERE id = %1").arg(customer));
        const auto r = checkNow();
        CHECK(r.chainOk());
        CHECK(mentions(r, QStringLiteral("customer"), customer));
        CHECK(r.recordProblemCount == 1);
    }
    SECTION("a deal amount is changed without an entry")
    {
        raw.exec(QStringLiteral("UPDATE deals SET amount_minor = amount_minor + 1 WHERE id = %1").arg(deal));
        CHECK(mentions(checkNow(), QStringLiteral("deal"), deal));
    }
    SECTION("a tag is attached without an entry (part of the customer's image)")
    {
        raw.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('secret')"));
        raw.exec(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id) SELECT %1, id FROM tags WHERE name = 'secret'")
                     .arg(customer));
        CHECK(mentions(checkNow(), QStringLiteral("customer"), customer));
    }
    SECTION("a record is added without an entry")
    {
        raw.exec(QStringLiteral("INSERT INTO customers (id, kind, name, created_at, updated_at) "
                                "VALUES (999999, 'person', 'Ghost', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"));
        const auto r = checkNow();
        CHECK(mentions(r, QStringLiteral("customer"), 999999));
    }
    SECTION("a record is deleted without an entry")
    {
        raw.exec(QStringLiteral("DELETE FROM activities WHERE id = (SELECT max(id) FROM activities)"));
        const auto r = checkNow();
        CHECK(r.recordProblemCount == 1);
        REQUIRE_FALSE(r.recordProblems.isEmpty());
        CHECK(r.recordProblems.first().entity == QStringLiteral("activity"));
        CHECK(r.recordProblems.first().reason.contains(QStringLiteral("gone")));
    }
    SECTION("a deleted record comes back without an entry")
    {
        const qint64 gone = scalar(raw.db(), QStringLiteral("SELECT entity_id FROM audit_log WHERE entity = 'customer' "
                                                            "AND action = 'delete'")).toLongLong();
        raw.exec(QStringLiteral("INSERT INTO customers (id, kind, name, created_at, updated_at) "
                                "VALUES (%1, 'company', 'Gone Ltd', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')").arg(gone));
        CHECK(mentions(checkNow(), QStringLiteral("customer"), gone));
    }
    SECTION("a setting is changed, added or removed without an entry")
    {
        raw.exec(QStringLiteral("UPDATE settings SET value = 'JPY' WHERE key = 'currency'"));
        raw.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('backup_folder', '/tmp/elsewhere')"));
        raw.exec(QStringLiteral("DELETE FROM settings WHERE key = 'business_name'"));
        const auto r = checkNow();
        QStringList keys;
        for (const auto& p : r.recordProblems)
            keys << p.key;
        CHECK(keys.contains(QStringLiteral("currency")));
        CHECK(keys.contains(QStringLiteral("backup_folder")));
        CHECK(keys.contains(QStringLiteral("business_name")));
    }
    SECTION("a row hash is rewritten to match a forged record")
    {
        // Changing the record and its latest row_hash together still breaks the chain.
        raw.exec(QStringLiteral("UPDATE audit_log SET row_hash = 'x' WHERE id = %1").arg(last));
        const auto r = checkNow();
        REQUIRE(r.chainBreak);
        CHECK(r.chainBreak->entryId == last);
    }
}

TEST_CASE("Tampering with the sqlite3 shell is caught by rapport-cli check", "[safety][check][cli]")
{
    test::TempDatabase t;
    test::fillSample(t.db(), 20);
    t.close();
    auto clean = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("check")});
    INFO(clean.out.toStdString() << clean.err.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.contains(QStringLiteral("All clean")));

    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString script = QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                          "UPDATE audit_log SET changes = '{}' WHERE id = 7;");
    if (shell.isEmpty()) {
        test::RawConnection raw(t.path());
        raw.dropAuditTriggers();
        raw.exec(QStringLiteral("UPDATE audit_log SET changes = '{}' WHERE id = 7"));
    } else {
        QProcess p;
        p.start(shell, {t.path(), script});
        REQUIRE(p.waitForFinished(30000));
        REQUIRE(p.exitCode() == 0);
    }
    auto tampered = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("check")});
    INFO(tampered.out.toStdString() << tampered.err.toStdString());
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.out.contains(QStringLiteral("first entry that does not verify: 7")));
    CHECK(tampered.err.contains(QStringLiteral("audit chain breaks at entry 7")));

    auto json = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    CHECK(json.out.contains(QStringLiteral("\"firstBadEntry\": 7")));
}
