// A corpus of damaged files: each is opened without a crash, reported, and left byte-identical.
#include "catch.h"

#include "SafetyFixtures.h"
#include "TempDatabase.h"
#include "db/Query.h"
#include "db/RecordStore.h"
#include "safety/BackupService.h"
#include "safety/IntegrityChecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <optional>
#include <set>

using namespace rapport;

namespace {

struct Case
{
    QString name;
    std::optional<QByteArray> db; // nullopt: no database file at all
    std::optional<QByteArray> wal;
    std::set<QString> codes;      // what Database::open may answer
    bool directory = false;
};

QByteArray flipped(QByteArray bytes, qsizetype at, char mask)
{
    bytes[at] = static_cast<char>(bytes[at] ^ mask);
    return bytes;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (auto& c : out)
        c = static_cast<char>(rng.bounded(256));
    return out;
}

struct Corpus
{
    QByteArray base;       // a healthy Rapport file, checkpointed, no free pages
    QByteArray crashMain;  // the same file as a crash left it ...
    QByteArray crashWal;   // ... with its newest commit only in the -wal
    QByteArray rollbackCopy; // a VACUUM INTO copy (rollback journal mode)
    QByteArray otherWal;   // a valid -wal of another Rapport database
    QByteArray foreignSqlite;
    QByteArray rapportIdForeignTables;
};

Corpus makeCorpus(const QString& dir)
{
    Corpus c;
    const QString path = QDir(dir).filePath(QStringLiteral("base.sqlite"));
    {
        auto opened = Database::open(path);
        REQUIRE(opened);
        test::fillSample(*opened.value(), 40);
    }
    {
        // No free pages: every page then has a structure quick_check can judge.
        test::RawConnection raw(path);
        raw.exec(QStringLiteral("VACUUM"));
        raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        REQUIRE(scalar(raw.db(), QStringLiteral("PRAGMA freelist_count")).toInt() == 0);
    }
    c.base = test::readBytes(path);
    {
        auto opened = Database::open(path);
        REQUIRE(opened);
        RecordStore store(*opened.value(), tableSpec(Entity::Customer));
        REQUIRE(store.insert({{QStringLiteral("kind"), QStringLiteral("person")}, {QStringLiteral("name"), QStringLiteral("Crash survivor")}}));
        c.crashMain = test::readBytes(path);
        c.crashWal = test::readBytes(path + QStringLiteral("-wal"));
        REQUIRE_FALSE(c.crashWal.isEmpty());
        const QString copy = QDir(dir).filePath(QStringLiteral("copy.sqlite"));
        // VACUUM INTO writes a rollback-journal file (a page copy keeps WAL mode).
        BackupService::setPageCopyEnabled(false);
        const bool made = BackupService::createBackup(path, copy).ok();
        BackupService::setPageCopyEnabled(true);
        REQUIRE(made);
        c.rollbackCopy = test::readBytes(copy);
    }
    const QString other = QDir(dir).filePath(QStringLiteral("other.sqlite"));
    {
        auto opened = Database::open(other);
        REQUIRE(opened);
        test::fillSample(*opened.value(), 3);
        RecordStore store(*opened.value(), tableSpec(Entity::Customer));
        REQUIRE(store.insert({{QStringLiteral("kind"), QStringLiteral("person")}, {QStringLiteral("name"), QStringLiteral("Other")}}));
        c.otherWal = test::readBytes(other + QStringLiteral("-wal"));
        REQUIRE_FALSE(c.otherWal.isEmpty());
    }
    const QString foreign = QDir(dir).filePath(QStringLiteral("photos.sqlite"));
    {
        test::RawConnection raw(foreign);
        raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO photos (file) VALUES ('beach.jpg')"));
    }
    c.foreignSqlite = test::readBytes(foreign);
    const QString lookalike = QDir(dir).filePath(QStringLiteral("lookalike.sqlite"));
    {
        test::RawConnection raw(lookalike);
        raw.exec(QStringLiteral("PRAGMA application_id = 1380995668"));
        raw.exec(QStringLiteral("CREATE TABLE notes (body TEXT)"));
    }
    c.rapportIdForeignTables = test::readBytes(lookalike);
    return c;
}

// Built once per run: Catch runs the test case again for every section.
const Corpus& sharedCorpus()
{
    static QTemporaryDir dir;
    static const Corpus corpus = makeCorpus(dir.path());
    return corpus;
}

std::vector<Case> buildCases(const Corpus& c)
{
    const QString damaged = QStringLiteral("damaged");
    const QString notSqlite = QStringLiteral("not_sqlite");
    const QString orphan = QStringLiteral("orphan_wal");
    const QByteArray& b = c.base;
    const qsizetype page = 4096;
    const qsizetype pages = b.size() / page;
    REQUIRE(b.size() % page == 0);
    REQUIRE(pages > 20);
    std::vector<Case> cases = {
        {QStringLiteral("empty"), QByteArray(), {}, {QStringLiteral("empty")}},
        {QStringLiteral("zero-filled page"), QByteArray(page, '\0'), {}, {notSqlite}},
        {QStringLiteral("zero-filled whole file"), QByteArray(b.size(), '\0'), {}, {notSqlite}},
        {QStringLiteral("truncated to 50 bytes"), b.left(50), {}, {damaged}},
        {QStringLiteral("truncated to 99 bytes"), b.left(99), {}, {damaged}},
        {QStringLiteral("truncated to the header"), b.left(100), {}, {damaged}},
        {QStringLiteral("truncated to one page"), b.left(page), {}, {damaged}},
        {QStringLiteral("truncated at half, on a page boundary"), b.left(pages / 2 * page), {}, {damaged}},
        {QStringLiteral("truncated at half, mid-page"), b.left(pages / 2 * page + 123), {}, {damaged}},
        {QStringLiteral("one page short"), b.left(b.size() - page), {}, {damaged}},
        {QStringLiteral("one byte short"), b.left(b.size() - 1), {}, {damaged}},
        {QStringLiteral("random 1 KB"), randomBytes(1000, 1), {}, {notSqlite}},
        {QStringLiteral("random 64 KB"), randomBytes(65536, 2), {}, {notSqlite}},
        {QStringLiteral("random, file-sized"), randomBytes(b.size(), 3), {}, {notSqlite}},
        {QStringLiteral("SQLite magic then random"), b.left(16) + randomBytes(b.size() - 16, 4), {}, {damaged}},
        {QStringLiteral("another program's SQLite file"), c.foreignSqlite, {}, {QStringLiteral("not_rapport")}},
        {QStringLiteral("Rapport's id on foreign tables"), c.rapportIdForeignTables, {}, {damaged}},
        {QStringLiteral("header: page size high byte"), flipped(b, 16, 0x01), {}, {damaged}},
        {QStringLiteral("header: page size low byte"), flipped(b, 17, 0x01), {}, {damaged}},
        {QStringLiteral("header: write version"), flipped(b, 18, 0x04), {}, {damaged}},
        {QStringLiteral("header: read version"), flipped(b, 19, 0x04), {}, {damaged}},
        {QStringLiteral("header: payload fraction"), flipped(b, 21, 0x01), {}, {damaged}},
        {QStringLiteral("header: page count"), flipped(b, 28, 0x40), {}, {damaged}},
        {QStringLiteral("header: schema format"), flipped(b, 47, 0x08), {}, {damaged}},
        {QStringLiteral("header: text encoding"), flipped(b, 59, 0x03), {}, {damaged}},
        // Clearing the low byte loses the version whatever it is (flipping one bit could make it newer).
        {QStringLiteral("header: data version lost"), flipped(b, 63, b.at(63)), {}, {damaged}},
        {QStringLiteral("header: data version from the future"), flipped(b, 63, 0x40), {}, {QStringLiteral("too_new")}},
        {QStringLiteral("header: application id"), flipped(b, 71, 0x01), {}, {QStringLiteral("not_rapport")}},
        {QStringLiteral("page 1: b-tree page type"), flipped(b, 100, char(0xFF)), {}, {damaged}},
        {QStringLiteral("page 1: cell count"), flipped(b, 103, char(0xFF)), {}, {damaged}},
        {QStringLiteral("directory instead of a file"), QByteArray(), {}, {notSqlite}, true},
        {QStringLiteral("orphan -wal: empty file"), QByteArray(), c.crashWal, {orphan}},
        {QStringLiteral("orphan -wal: no file at all"), std::nullopt, c.crashWal, {orphan}},
        {QStringLiteral("orphan -wal: beside a rollback-journal copy"), c.rollbackCopy, c.crashWal, {orphan}},
        {QStringLiteral("orphan -wal: garbage"), c.crashMain, randomBytes(5000, 5), {orphan}},
        {QStringLiteral("orphan -wal: cut short"), c.crashMain, c.crashWal.left(10), {orphan}},
        {QStringLiteral("orphan -wal: other page size"), c.crashMain, flipped(c.crashWal, 10, 0x30), {orphan}},
        {QStringLiteral("orphan -wal: another database's log"), c.base, c.otherWal, {orphan, damaged}},
    };
    // The first byte of a page is its type (or the top of an overflow page's next pointer): any flip is fatal.
    for (qsizetype p : {qsizetype(2), qsizetype(3), qsizetype(5), qsizetype(8), pages / 3, pages / 2, pages - 1, pages}) {
        cases.push_back({QStringLiteral("page %1 of %2: first byte").arg(p).arg(pages),
                         flipped(b, (p - 1) * page, char(0xA5)), {}, {damaged}});
    }
    return cases;
}

} // namespace

TEST_CASE("Damaged files are reported, never changed, and point at the newest backup", "[safety][damaged]")
{
    QTemporaryDir dir;
    const Corpus& corpus = sharedCorpus();
    const std::vector<Case> cases = buildCases(corpus);
    CHECK(cases.size() >= 30);
    const QString backupName = QStringLiteral("rapport-20240101T000000Z.sqlite");

    int index = 0;
    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.name.toStdString())
        {
            const QString folder = QDir(dir.path()).filePath(QStringLiteral("case-%1").arg(index));
            QDir().mkpath(folder + QStringLiteral("/backups"));
            test::writeBytes(folder + QStringLiteral("/backups/") + backupName, corpus.rollbackCopy);
            const QString path = QDir(folder).filePath(QStringLiteral("rapport.sqlite"));
            if (c.directory)
                QDir().mkpath(path);
            else if (c.db)
                test::writeBytes(path, *c.db);
            if (c.wal)
                test::writeBytes(path + QStringLiteral("-wal"), *c.wal);

            const QStringList before = QDir(folder).entryList(QDir::Files);
            auto opened = Database::open(path);
            REQUIRE_FALSE(opened);
            // Nothing new beside it either (a read-only look at a WAL file would leave a -wal and -shm).
            CHECK(QDir(folder).entryList(QDir::Files) == before);
            const Error e = opened.error();
            INFO(e.code.toStdString() << ": " << e.message.toStdString());
            CHECK(c.codes.count(e.code) == 1);
            CHECK(e.message.contains(QStringLiteral("rapport.sqlite")));
            if (e.code == QStringLiteral("damaged") || e.code == QStringLiteral("orphan_wal"))
                CHECK(e.message.contains(backupName));

            const IntegrityReport report = IntegrityChecker::check(path);
            CHECK_FALSE(report.clean());

            // Byte-identical afterwards: the file, its -wal, and a missing file stays missing.
            if (c.db && !c.directory)
                CHECK(test::readBytes(path) == *c.db);
            if (!c.db)
                CHECK_FALSE(QFileInfo::exists(path));
            if (c.wal)
                CHECK(test::readBytes(path + QStringLiteral("-wal")) == *c.wal);
        }
        ++index;
    }
}

TEST_CASE("A crash's -wal is not damage: it opens and keeps the last commit", "[safety][damaged]")
{
    QTemporaryDir dir;
    const Corpus& corpus = sharedCorpus();
    const QString path = QDir(dir.path()).filePath(QStringLiteral("crashed.sqlite"));
    test::writeBytes(path, corpus.crashMain);
    test::writeBytes(path + QStringLiteral("-wal"), corpus.crashWal);
    auto opened = Database::open(path);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened);
    CHECK(scalar(opened.value()->connection(), QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Crash survivor'")).toInt() == 1);
}

TEST_CASE("A flipped bit inside a record's text is found by check", "[safety][damaged][check]")
{
    QTemporaryDir dir;
    const Corpus& corpus = sharedCorpus();
    const QByteArray marker("Zebulon");
    qsizetype at = corpus.base.indexOf(marker);
    int occurrences = 0;
    for (; at >= 0; at = corpus.base.indexOf(marker, at + 1), ++occurrences) {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("text-%1.sqlite").arg(occurrences));
        const QByteArray bytes = flipped(corpus.base, at, 0x20); // "Zebulon" -> "zebulon": still valid text
        test::writeBytes(path, bytes);
        // The structure is intact, so the file may open; its content no longer matches its history.
        auto opened = Database::open(path);
        opened = makeError(QStringLiteral("closed"), {});
        const IntegrityReport report = IntegrityChecker::check(path);
        CHECK_FALSE(report.clean());
        CHECK(test::readBytes(path) == bytes);
    }
    // In the customer row and in its audit entry.
    CHECK(occurrences >= 2);
}

TEST_CASE("rapport-cli names the damage and the newest backup, and exits 1", "[safety][damaged][cli]")
{
    test::TempDatabase t;
    test::fillSample(t.db(), 5);
    t.close();
    auto backup = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("backup")});
    REQUIRE(backup.exitCode == 0);
    const QString backupPath = BackupService::newestBackup(t.path())->path;
    // What a new user would do with dd: overwrite a page in the middle with zeros.
    QByteArray bytes = test::readBytes(t.path());
    bytes.replace(4096 * 4, 4096, QByteArray(4096, '\0'));
    test::writeBytes(t.path(), bytes);

    for (const QString& command : {QStringLiteral("init"), QStringLiteral("check"), QStringLiteral("stats")}) {
        auto r = test::runCli({QStringLiteral("--db"), t.path(), command});
        INFO(command.toStdString() << ": " << r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QDir::toNativeSeparators(backupPath)));
        CHECK(test::readBytes(t.path()) == bytes);
    }
    auto restored = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("restore"), backupPath});
    CHECK(restored.exitCode == 0);
    CHECK(test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("check")}).exitCode == 0);
}
