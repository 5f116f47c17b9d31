#include "catch.h"

#include "TempDatabase.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/Query.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace rapport;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}
} // namespace

TEST_CASE("A new database is created, migrated and configured", "[db]")
{
    test::TempDatabase t;
    auto conn = t->connection();
    CHECK(t->schemaVersion() == Migrator::latestVersion());
    CHECK(scalar(conn, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(conn, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(conn, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(scalar(conn, QStringLiteral("PRAGMA application_id")).toLongLong() == 1380995668);
    CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM pipeline_stages")).toInt() == 6);
#ifndef Q_OS_WIN
    const auto perms = QFileInfo(t.path()).permissions();
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
#endif
}

TEST_CASE("Reopening an existing database keeps its data and version", "[db]")
{
    test::TempDatabase t;
    const auto saved = t->setSetting(QStringLiteral("business_name"), QStringLiteral("Acme 商店"));
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved);
    t.reopen();
    CHECK(t->setting(QStringLiteral("business_name")) == QStringLiteral("Acme 商店"));
    CHECK(t->schemaVersion() == Migrator::latestVersion());
}

TEST_CASE("Migration statements are split at marker lines, not at semicolons", "[db]")
{
    const QStringList parts = Migrator::splitStatements(
        QStringLiteral("-- header\nCREATE TABLE a(x)\n--@@\nCREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; "
                       "SELECT 2; END\n--@@\n-- only a comment\n"));
    REQUIRE(parts.size() == 2);
    CHECK(parts.at(1).contains(QStringLiteral("SELECT 2;")));
}

// The runner applies files in name order and stores the count as the version, so a file's number must be its
// position: two branches that both added "0004_…" would otherwise upgrade databases differently.
TEST_CASE("Migration files are numbered 0001, 0002, ... without gaps or repeats", "[db]")
{
    const QStringList files = Migrator::migrationFiles();
    REQUIRE(files.size() >= 3);
    for (int i = 0; i < files.size(); ++i) {
        const QString name = QFileInfo(files.at(i)).fileName();
        INFO(name.toStdString());
        CHECK(name.left(5) == QStringLiteral("%1_").arg(i + 1, 4, 10, QLatin1Char('0')));
    }
    CHECK(Migrator::latestVersion() == files.size());
}

TEST_CASE("A database newer than the app is refused and left untouched", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        REQUIRE(execSql(db.value()->connection(), QStringLiteral("PRAGMA user_version = 999"), nullptr));
    }
    const QByteArray before = readAll(path);
    auto reopened = Database::open(path);
    REQUIRE_FALSE(reopened);
    CHECK(reopened.error().code == QStringLiteral("too_new"));
    CHECK(reopened.error().message.contains(QStringLiteral("newer version")));
    CHECK(readAll(path) == before);
}

TEST_CASE("Files that are not Rapport databases are refused and left byte-identical", "[db]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, "name,email\nAda,ada@example.com\n");
        auto db = Database::open(path);
        REQUIRE_FALSE(db);
        CHECK(db.error().code == QStringLiteral("not_sqlite"));
        CHECK(readAll(path) == QByteArray("name,email\nAda,ada@example.com\n"));
    }
    SECTION("another program's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("CREATE TABLE photos(id INTEGER);")});
        if (!sqlite.waitForFinished() || sqlite.exitCode() != 0) {
            // Without the sqlite3 shell, make the foreign file through Qt with a different application id.
            auto conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            conn.setDatabaseName(path);
            REQUIRE(conn.open());
            REQUIRE(execSql(conn, QStringLiteral("CREATE TABLE photos(id INTEGER)"), nullptr));
            conn.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = readAll(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db);
        CHECK(db.error().code == QStringLiteral("not_rapport"));
        CHECK(readAll(path) == before);
    }
    SECTION("a missing file when creation is not allowed")
    {
        OpenOptions options;
        options.createIfMissing = false;
        auto db = Database::open(dir.filePath(QStringLiteral("nothing.sqlite")), options);
        REQUIRE_FALSE(db);
        CHECK(db.error().code == QStringLiteral("missing"));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nothing.sqlite"))));
    }
}

TEST_CASE("A second process cannot open a database that is in use", "[db][lock]")
{
    test::TempDatabase t;
    QProcess cli;
    cli.start(QStringLiteral(RAPPORT_CLI), {QStringLiteral("--db"), t.path(), QStringLiteral("init")});
    REQUIRE(cli.waitForFinished(30000));
    CHECK(cli.exitCode() == 1);
    const QString message = QString::fromUtf8(cli.readAllStandardError());
    CHECK(message.contains(QStringLiteral("in use")));
    CHECK(message.contains(QString::number(QCoreApplication::applicationPid())));

    t.close();
    cli.start(QStringLiteral(RAPPORT_CLI), {QStringLiteral("--db"), t.path(), QStringLiteral("init")});
    REQUIRE(cli.waitForFinished(30000));
    CHECK(cli.exitCode() == 0);
}

TEST_CASE("Nested transactions roll back only their own part", "[db]")
{
    test::TempDatabase t;
    auto conn = t->connection();
    QString error;
    REQUIRE(t->begin(&error));
    REQUIRE(execSql(conn, QStringLiteral("INSERT INTO tags(name) VALUES ('outer')"), &error));
    REQUIRE(t->begin(&error));
    REQUIRE(execSql(conn, QStringLiteral("INSERT INTO tags(name) VALUES ('inner')"), &error));
    t->rollback();
    REQUIRE(t->commit(&error));
    CHECK(scalar(conn, QStringLiteral("SELECT group_concat(name) FROM tags")).toString() == QStringLiteral("outer"));
}
