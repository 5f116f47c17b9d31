#include "catch.h"

#include "Clock.h"
#include "SafetyFixtures.h"
#include "TempDatabase.h"
#include "db/Query.h"
#include "db/RecordStore.h"
#include "safety/BackupService.h"
#include "safety/IntegrityChecker.h"
#include "safety/PageCopy.h"
#include "safety/RestoreService.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTimeZone>

#include <thread>

using namespace rapport;

namespace {

qint64 count(Database& db, const QString& table)
{
    return scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

bool ownerOnly(const QString& path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return true;
#else
    const auto p = QFileInfo(path).permissions();
    return p.testFlag(QFileDevice::ReadOwner) && !p.testFlag(QFileDevice::ReadGroup) && !p.testFlag(QFileDevice::ReadOther);
#endif
}

struct ClockAt
{
    explicit ClockAt(const QDateTime& t) { set(t); }
    ~ClockAt() { Clock::setOverride({}); }
    void set(const QDateTime& t)
    {
        Clock::setOverride([t] { return t; });
    }
};

} // namespace

TEST_CASE("Backup -> modify -> restore returns exactly the backed-up rows", "[safety][backup][restore]")
{
    // Both ways of copying: SQLite's backup API (where Qt's SQLite exposes it) and VACUUM INTO.
    const bool pageCopy = GENERATE(true, false);
    BackupService::setPageCopyEnabled(pageCopy);
    struct Reset
    {
        ~Reset() { BackupService::setPageCopyEnabled(true); }
    } reset;
    INFO("page copy: " << pageCopy);
    test::TempDatabase t;
    test::fillSample(t.db(), 40);
    auto made = BackupService::createBackup(t.path(), QDir(t.dir()).filePath(QStringLiteral("copy.sqlite")));
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made);
    CHECK(ownerOnly(made.value().path));
    CHECK(made.value().sizeBytes == QFileInfo(made.value().path).size());
    CHECK_FALSE(QFileInfo::exists(made.value().path + QStringLiteral(".partial")));
    REQUIRE(BackupService::record(t.db(), made.value()));
    const auto backedUp = test::tableHashes(made.value().path);

    // Change plenty after the backup.
    RecordStore customers(t.db(), tableSpec(Entity::Customer));
    REQUIRE(customers.insert({{QStringLiteral("kind"), QStringLiteral("person")}, {QStringLiteral("name"), QStringLiteral("After")}}));
    REQUIRE(customers.update(1, {{QStringLiteral("name"), QStringLiteral("Renamed after backup")}}));
    REQUIRE(t->setSetting(QStringLiteral("currency"), QStringLiteral("GBP")));
    const qint64 tasks = count(t.db(), QStringLiteral("tasks"));
    RecordStore taskStore(t.db(), tableSpec(Entity::Task));
    REQUIRE(taskStore.remove(scalar(t->connection(), QStringLiteral("SELECT max(id) FROM tasks")).toLongLong()));
    CHECK(count(t.db(), QStringLiteral("tasks")) == tasks - 1);
    const auto live = test::tableHashes(t.path());
    CHECK(live != backedUp);

    // Restoring is refused while the database is open (its lock is held), and changes nothing.
    auto refused = RestoreService::restore(made.value().path, t.path());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == QStringLiteral("in_use"));
    CHECK(test::tableHashes(t.path()) == live);

    t.close();
    auto restored = RestoreService::restore(made.value().path, t.path());
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored);
    CHECK(test::tableHashes(t.path()) == backedUp);
    CHECK(ownerOnly(t.path()));
    // The previous file was moved aside, not deleted, and still holds the later changes.
    REQUIRE(restored.value().movedAside.startsWith(t.path() + QStringLiteral(".before-restore-")));
    CHECK(test::tableHashes(restored.value().movedAside) == live);
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));

    t.reopen();
    CHECK(t->setting(QStringLiteral("currency")) == QStringLiteral("USD"));
    t.close();
    CHECK(IntegrityChecker::check(t.path()).clean());
}

TEST_CASE("A backup is a consistent snapshot while the app keeps writing", "[safety][backup]")
{
    const bool pageCopy = GENERATE(true, false);
    BackupService::setPageCopyEnabled(pageCopy);
    struct Reset
    {
        ~Reset() { BackupService::setPageCopyEnabled(true); }
    } reset;
    INFO("page copy: " << pageCopy);
    test::TempDatabase t;
    test::fillSample(t.db(), 10);
    RecordStore customers(t.db(), tableSpec(Entity::Customer));
    const qint64 before = count(t.db(), QStringLiteral("customers"));
    // An open write transaction is not part of the copy.
    QString error;
    REQUIRE(t->begin(&error));
    REQUIRE(customers.insert({{QStringLiteral("kind"), QStringLiteral("person")}, {QStringLiteral("name"), QStringLiteral("Uncommitted")}}));
    auto made = BackupService::createBackup(t.path(), QDir(t.dir()).filePath(QStringLiteral("snap.sqlite")));
    REQUIRE(made);
    REQUIRE(t->commit(&error));
    {
        test::RawConnection copy(made.value().path);
        CHECK(scalar(copy.db(), QStringLiteral("SELECT count(*) FROM customers")).toLongLong() == before);
    }
    CHECK(IntegrityChecker::check(made.value().path).clean());

    // A backup on a worker thread while this thread keeps writing.
    Result<BackupFile> threaded = makeError(QStringLiteral("none"), {});
    std::thread worker([&] {
        threaded = BackupService::createBackup(t.path(), QDir(t.dir()).filePath(QStringLiteral("threaded.sqlite")));
    });
    for (int i = 0; i < 50; ++i)
        REQUIRE(customers.insert({{QStringLiteral("kind"), QStringLiteral("person")}, {QStringLiteral("name"), QStringLiteral("W%1").arg(i)}}));
    worker.join();
    INFO((threaded ? QString() : threaded.error().message).toStdString());
    REQUIRE(threaded);
    CHECK(IntegrityChecker::check(threaded.value().path).clean());
}

TEST_CASE("Backups refuse to overwrite, and a damaged backup is never restored", "[safety][backup][restore]")
{
    test::TempDatabase t;
    test::fillSample(t.db(), 5);
    const QString target = QDir(t.dir()).filePath(QStringLiteral("b.sqlite"));
    REQUIRE(BackupService::createBackup(t.path(), target));
    auto again = BackupService::createBackup(t.path(), target);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == QStringLiteral("exists"));

    // Flip a byte inside a page of the copy: verify and restore refuse it.
    QByteArray bytes = test::readBytes(target);
    bytes[4096 * 3] = static_cast<char>(bytes[4096 * 3] ^ 0xFF);
    const QString broken = QDir(t.dir()).filePath(QStringLiteral("broken.sqlite"));
    test::writeBytes(broken, bytes);
    CHECK_FALSE(BackupService::verify(broken));
    t.close();
    const QByteArray live = test::readBytes(t.path());
    auto restored = RestoreService::restore(broken, t.path());
    REQUIRE_FALSE(restored);
    CHECK(restored.error().message.contains(QStringLiteral("nothing was changed")));
    CHECK(test::readBytes(t.path()) == live);
    CHECK(test::readBytes(broken) == bytes);

    // A file that is not a backup at all.
    const QString text = QDir(t.dir()).filePath(QStringLiteral("notes.txt"));
    test::writeBytes(text, "hello");
    CHECK_FALSE(RestoreService::restore(text, t.path()));
    CHECK(test::readBytes(t.path()) == live);
}

TEST_CASE("Restore moves the -wal and -shm aside with their file", "[safety][restore]")
{
    test::TempDatabase t;
    test::fillSample(t.db(), 5);
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("b.sqlite"));
    REQUIRE(BackupService::createBackup(t.path(), backup));
    RecordStore customers(t.db(), tableSpec(Entity::Customer));
    REQUIRE(customers.insert({{QStringLiteral("kind"), QStringLiteral("person")}, {QStringLiteral("name"), QStringLiteral("Only in the WAL")}}));
    // Keep a crash-like state: the newest commit lives only in the -wal beside the file.
    const QByteArray main = test::readBytes(t.path());
    const QByteArray wal = test::readBytes(t.path() + QStringLiteral("-wal"));
    REQUIRE_FALSE(wal.isEmpty());
    t.close();
    test::writeBytes(t.path(), main);
    test::writeBytes(t.path() + QStringLiteral("-wal"), wal);

    auto restored = RestoreService::restore(backup, t.path());
    REQUIRE(restored);
    const QString aside = restored.value().movedAside;
    CHECK(test::readBytes(aside) == main);
    CHECK(test::readBytes(aside + QStringLiteral("-wal")) == wal);
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
    // The file moved aside still opens with the commit from its -wal.
    test::RawConnection old(aside);
    CHECK(scalar(old.db(), QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Only in the WAL'")).toInt() == 1);
}

TEST_CASE("Restore refuses while another process holds the lock", "[safety][restore][cli]")
{
    test::TempDatabase t;
    test::fillSample(t.db(), 5);
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("b.sqlite"));
    auto cliBackup = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("backup"), QStringLiteral("--to"), backup});
    // This process holds the lock: the CLI still makes the copy, but cannot note it in backup_log.
    INFO(cliBackup.out.toStdString() << cliBackup.err.toStdString());
    CHECK(cliBackup.exitCode == 0);
    CHECK(cliBackup.out.contains(QStringLiteral("not noted")));
    auto cli = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("restore"), backup});
    CHECK(cli.exitCode == 1);
    CHECK(cli.err.contains(QStringLiteral("in use")));
    t.close();
    cli = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("restore"), backup});
    INFO(cli.err.toStdString());
    CHECK(cli.exitCode == 0);
    CHECK(cli.out.contains(QStringLiteral("previous file was kept as")));
    cli = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("check")});
    CHECK(cli.exitCode == 0);
    cli = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("restore")});
    CHECK(cli.exitCode == 2);
}

TEST_CASE("Automatic backups: made when the newest is a day old, rotated only after verifying", "[safety][backup][auto]")
{
    test::TempDatabase t;
    ClockAt clock(QDateTime(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc()));
    // A new, empty database has nothing to back up yet.
    auto empty = BackupService::automatic(t.db());
    REQUIRE(empty);
    CHECK_FALSE(empty.value().made);

    test::fillSample(t.db(), 5);
    const QString folder = BackupService::defaultFolder(t.path());
    int made = 0;
    for (int day = 0; day < 60; ++day) {
        for (int hour : {9, 20}) {
            clock.set(QDateTime(QDate(2024, 1, 1).addDays(day), QTime(hour, 0), QTimeZone::utc()));
            auto outcome = BackupService::automatic(t.db());
            INFO((outcome ? QString() : outcome.error().message).toStdString());
            REQUIRE(outcome);
            // Twice a day the app opens, but only the first time in 24 hours makes a copy.
            CHECK(outcome.value().made == (hour == 9));
            made += outcome.value().made ? 1 : 0;
        }
    }
    CHECK(made == 60);
    const auto files = BackupService::list(t.path(), folder);
    CHECK(files.size() <= 23);
    CHECK(files.size() >= 12);
    CHECK(files.last().createdAt == QDateTime(QDate(2024, 2, 29), QTime(9, 0), QTimeZone::utc()));
    for (const auto& f : files)
        CHECK(ownerOnly(f.path));
    // backup_log knows exactly the files that are left.
    CHECK(scalar(t->connection(), QStringLiteral("SELECT count(*) FROM backup_log")).toInt() == files.size());

    // A backup that fails leaves every older copy in place.
    const auto before = BackupService::list(t.path(), folder);
    clock.set(QDateTime(QDate(2024, 3, 5), QTime(9, 0), QTimeZone::utc()));
    auto plan = BackupService::plan(t.db());
    REQUIRE(plan);
    REQUIRE(plan.value().due);
    plan.value().dbPath = QDir(t.dir()).filePath(QStringLiteral("no-such.sqlite"));
    CHECK_FALSE(BackupService::run(plan.value()));
    CHECK(BackupService::list(t.path(), folder).size() == before.size());
}

TEST_CASE("The backup_folder setting moves automatic backups", "[safety][backup][auto]")
{
    test::TempDatabase t;
    test::fillSample(t.db(), 3);
    REQUIRE(t->setSetting(QStringLiteral("backup_folder"), QStringLiteral("elsewhere/copies")));
    auto plan = BackupService::plan(t.db());
    REQUIRE(plan);
    CHECK(plan.value().folder == QDir(t.dir()).filePath(QStringLiteral("elsewhere/copies")));
    // The three steps the app runs: plan here, copy on a worker, record back here.
    Result<AutoBackupOutcome> outcome = makeError(QStringLiteral("none"), {});
    std::thread worker([&] { outcome = BackupService::run(plan.value()); });
    worker.join();
    REQUIRE(outcome);
    REQUIRE(outcome.value().made);
    REQUIRE(BackupService::finish(t.db(), outcome.value()));
    CHECK(QFileInfo(outcome.value().backup.path).absolutePath() == plan.value().folder);
    CHECK(QFileInfo(outcome.value().backup.path).fileName().startsWith(QStringLiteral("test-")));
    auto again = BackupService::plan(t.db());
    REQUIRE(again);
    CHECK_FALSE(again.value().due);
}

TEST_CASE("Qt's SQLite backup API is found when the driver exposes it", "[safety][backup]")
{
    test::TempDatabase t;
    const bool available = PageCopy::available(t->connection());
    WARN("SQLite backup API through the QSQLITE plugin: " << (available ? "available" : "not available, VACUUM INTO is used"));
    // Either way backups work (the round-trip test runs both); this only tells which one this Qt allows.
    CHECK((available || !available));
}
