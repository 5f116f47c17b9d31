// A write that fails (read-only file, full disk) says so clearly, changes nothing, and the app goes on.
#include "catch.h"

#include "SafetyFixtures.h"
#include "TempDatabase.h"
#include "db/Query.h"
#include "db/RecordStore.h"
#include "safety/FileProbe.h"
#include "safety/IntegrityChecker.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace rapport;

namespace {

// Mounts need root on Linux; elsewhere the tests fall back to what every platform can do.
bool canMount()
{
#ifdef Q_OS_LINUX
    // RAPPORT_TEST_NO_MOUNT tries the portable fallbacks on a Linux root too.
    return geteuid() == 0 && !qEnvironmentVariableIsSet("RAPPORT_TEST_NO_MOUNT");
#else
    return false;
#endif
}

bool isRoot()
{
#ifdef Q_OS_LINUX
    return geteuid() == 0;
#else
    return false;
#endif
}

bool run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A mount that is undone however the test ends.
class Mount
{
public:
    ~Mount()
    {
        if (!m_point.isEmpty())
            run(QStringLiteral("umount"), {m_point});
    }
    bool tmpfs(const QString& point, const QString& size)
    {
        if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                           QStringLiteral("size=") + size, QStringLiteral("tmpfs"), point}))
            return false;
        m_point = point;
        return true;
    }
    bool readOnlyView(const QString& source, const QString& point)
    {
        if (!run(QStringLiteral("mount"), {QStringLiteral("--bind"), source, point}))
            return false;
        m_point = point;
        return run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), point});
    }

private:
    QString m_point;
};

QVariantMap bigCustomer(int i)
{
    return {{QStringLiteral("kind"), QStringLiteral("person")},
            {QStringLiteral("name"), QStringLiteral("Filler %1").arg(i)},
            {QStringLiteral("notes"), QString(20000, QLatin1Char('n'))}};
}

// Inserts until a write fails; returns how many committed and the failure.
std::pair<int, Error> fillUntilFailure(Database& db)
{
    RecordStore store(db, tableSpec(Entity::Customer));
    for (int i = 0; i < 100000; ++i) {
        auto inserted = store.insert(bigCustomer(i));
        if (!inserted)
            return {i, inserted.error()};
    }
    return {-1, {}};
}

qint64 fillers(Database& db)
{
    return scalar(db.connection(), QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE 'Filler %'")).toLongLong();
}

} // namespace

TEST_CASE("A read-only database file is refused clearly and left as it was", "[safety][durability]")
{
    QTemporaryDir dir;
    const QString source = QDir(dir.path()).filePath(QStringLiteral("data"));
    QDir().mkpath(source);
    const QString file = QDir(source).filePath(QStringLiteral("rapport.sqlite"));
    {
        auto db = Database::open(file);
        REQUIRE(db);
        test::fillSample(*db.value(), 5);
    }
    const QByteArray before = test::readBytes(file);
    QString path = file;
    Mount mount;
    std::unique_ptr<QFile> chmodded;
    if (canMount()) {
        // Root ignores file permissions, so the file is shown through a read-only mount instead.
        const QString view = QDir(dir.path()).filePath(QStringLiteral("view"));
        QDir().mkpath(view);
        REQUIRE(mount.readOnlyView(source, view));
        path = QDir(view).filePath(QStringLiteral("rapport.sqlite"));
    } else if (isRoot()) {
        WARN("running as root without mount: permissions cannot make a file read-only; skipped");
        return;
    } else {
        REQUIRE(QFile::setPermissions(file, QFileDevice::ReadOwner));
    }
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == QStringLiteral("read_only"));
    CHECK(opened.error().message.contains(QStringLiteral("read-only")));
    CHECK(test::readBytes(path) == before);
    // Reading is still possible: check works on a read-only file.
    CHECK(IntegrityChecker::check(path).clean());
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("A write refused as read-only reports it and changes nothing; the next one works", "[safety][durability]")
{
    test::TempDatabase t;
    test::fillSample(t.db(), 5);
    const auto hashes = test::tableHashes(t.path());
    REQUIRE(execSql(t->connection(), QStringLiteral("PRAGMA query_only = 1"), nullptr));
    RecordStore store(t.db(), tableSpec(Entity::Customer));
    auto refused = store.insert(bigCustomer(1));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("read-only")));
    auto setting = t->setSetting(QStringLiteral("currency"), QStringLiteral("CHF"));
    REQUIRE_FALSE(setting);
    CHECK(t->transactionDepth() == 0);
    CHECK(test::tableHashes(t.path()) == hashes);
    REQUIRE(execSql(t->connection(), QStringLiteral("PRAGMA query_only = 0"), nullptr));
    CHECK(store.insert(bigCustomer(2)));
    t.close();
    CHECK(IntegrityChecker::check(t.path()).clean());
}

TEST_CASE("A full disk reports clearly, keeps every committed record and corrupts nothing", "[safety][durability]")
{
    QTemporaryDir dir;
    QString folder = dir.path();
    Mount mount;
    bool realDisk = false;
    if (canMount()) {
        folder = QDir(dir.path()).filePath(QStringLiteral("small-disk"));
        QDir().mkpath(folder);
        realDisk = mount.tmpfs(folder, QStringLiteral("3m"));
    }
    const QString path = QDir(folder).filePath(QStringLiteral("rapport.sqlite"));
    int committed = 0;
    {
        auto opened = Database::open(path);
        REQUIRE(opened);
        Database& db = *opened.value();
        if (!realDisk) {
            // No small disk to fill: SQLite's page limit produces the same "database or disk is full" error.
            const qint64 pages = scalar(db.connection(), QStringLiteral("PRAGMA page_count")).toLongLong();
            REQUIRE(execSql(db.connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 200), nullptr));
        }
        auto [count, error] = fillUntilFailure(db);
        committed = count;
        INFO(error.message.toStdString());
        REQUIRE(committed > 3);
        CHECK(error.message.contains(QStringLiteral("disk is full")));
        // The app keeps running: it can read, and the failed write left no transaction behind.
        CHECK(db.transactionDepth() == 0);
        CHECK(fillers(db) == committed);
        auto again = RecordStore(db, tableSpec(Entity::Customer)).insert(bigCustomer(-1));
        CHECK_FALSE(again);
        CHECK(fillers(db) == committed);
    }
    if (realDisk) {
        // Free some space, as the message asks, so the file can be opened again.
        QFile::copy(path, QDir(dir.path()).filePath(QStringLiteral("full-disk-copy.sqlite")));
    }
    const QString reopenPath = realDisk ? QDir(dir.path()).filePath(QStringLiteral("full-disk-copy.sqlite")) : path;
    if (realDisk && QFile::exists(path + QStringLiteral("-wal")))
        QFile::copy(path + QStringLiteral("-wal"), reopenPath + QStringLiteral("-wal"));
    auto reopened = Database::open(reopenPath);
    INFO((reopened ? QString() : reopened.error().message).toStdString());
    REQUIRE(reopened);
    CHECK(fillers(*reopened.value()) == committed);
    reopened = makeError(QStringLiteral("closed"), {});
    const IntegrityReport report = IntegrityChecker::check(reopenPath);
    CHECK(report.clean());
}

TEST_CASE("A lock file a crash left empty does not block the database forever", "[safety][durability][lock]")
{
    test::TempDatabase t;
    t.close();
    const QString lock = t.path() + QStringLiteral(".lock");
    test::writeBytes(lock, QByteArray());
    // Fresh, it may be a process between creating and filling its lock: opening waits a few seconds for
    // the details to appear, and when they do not, the lock was a crash's and is recovered.
    QElapsedTimer waited;
    waited.start();
    auto opened = Database::open(t.path());
    INFO((opened ? QString() : opened.error().message).toStdString());
    CHECK(opened);
    CHECK(waited.elapsed() >= 3000);
}

TEST_CASE("A transaction a crash interrupted in a rollback-journal file is rolled back, not refused", "[safety][durability]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("rapport.sqlite"));
    {
        auto opened = Database::open(path);
        REQUIRE(opened);
        test::fillSample(*opened.value(), 3);
    }
    const auto committed = test::tableHashes(path);
    {
        // A file in rollback-journal mode (as a restored backup is before its first open) with a hot -journal:
        // the journal of a transaction that was never committed, as a crash leaves it.
        test::RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        raw.exec(QStringLiteral("PRAGMA cache_size = 1"));
        raw.exec(QStringLiteral("BEGIN"));
        raw.exec(QStringLiteral("UPDATE customers SET notes = 'never committed' || id"));
        // The journal is complete and the file half-changed now; copy both before the rollback undoes them.
        test::writeBytes(path + QStringLiteral(".crash"), test::readBytes(path));
        test::writeBytes(path + QStringLiteral(".crash-journal"), test::readBytes(path + QStringLiteral("-journal")));
        raw.exec(QStringLiteral("ROLLBACK"));
    }
    REQUIRE_FALSE(test::readBytes(path + QStringLiteral(".crash-journal")).isEmpty());
    QFile::remove(path);
    QFile::rename(path + QStringLiteral(".crash"), path);
    QFile::rename(path + QStringLiteral(".crash-journal"), path + QStringLiteral("-journal"));

    const Status probed = FileProbe::probe(path, true);
    REQUIRE_FALSE(probed);
    CHECK(probed.error().code == QStringLiteral("needs_recovery"));
    auto reopened = Database::open(path);
    INFO((reopened ? QString() : reopened.error().message).toStdString());
    REQUIRE(reopened);
    reopened = makeError(QStringLiteral("closed"), {});
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    CHECK(test::tableHashes(path) == committed);
    CHECK(IntegrityChecker::check(path).clean());
}
