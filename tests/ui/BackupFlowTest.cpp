// Backups from the desktop app: the daily one the owner never asks for (on opening and on closing), the
// one they ask for, and putting one back.
#include "GuiTestSupport.h"

#include "customers/CustomerRepository.h"
#include "db/Database.h"
#include "db/Query.h"
#include "safety/BackupService.h"
#include "shell/AppController.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace rapport;
using namespace rapport::test;

namespace {

QStringList backupsBeside(const QString& dbPath)
{
    return QDir(BackupService::defaultFolder(dbPath)).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
}

int verifiedBackupRows(Database& db)
{
    Query q(db.connection(), QStringLiteral("SELECT count(*) FROM backup_log WHERE verified = 1"));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

qint64 addCustomer(Database& db, const QString& name)
{
    Customer c;
    c.name = name;
    auto id = CustomerRepository(db).create(c);
    REQUIRE(id);
    return id.value();
}

int customerCount(Database& db)
{
    auto n = CustomerRepository(db).count({});
    REQUIRE(n);
    return n.value();
}

// Enough customers for a file of many pages, packed (no free pages) so every page is read by quick_check.
void fillPages(TempDatabase& temp, int customers)
{
    for (int i = 0; i < customers; ++i)
        addCustomer(temp.db(), QStringLiteral("Customer %1 with a name long enough to fill pages").arg(i));
    REQUIRE(execSql(temp.db().connection(), QStringLiteral("VACUUM"), nullptr));
}

// Overwrites the start of the page in the middle of a closed database file with `bytes`.
void damageMiddlePage(const QString& path, const QByteArray& bytes)
{
    constexpr qint64 pageSize = 4096;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / pageSize;
    REQUIRE(pages > 10);
    REQUIRE(file.seek(pages / 2 * pageSize));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("Opening a database with no recent backup makes one in the background, verified and logged",
          "[ui][backup]")
{
    IsolatedSettings settings;
    TempDatabase temp;
    addCustomer(temp.db(), QStringLiteral("Ada Lovelace"));
    temp.close();
    REQUIRE(backupsBeside(temp.path()).isEmpty());

    AppController controller;
    controller.setAutomaticBackupDelay(0);
    REQUIRE(controller.openDatabase(temp.path()));
    auto* status = findChild<QLabel>(controller.window(), "backupStatus");
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("No backup")));
    REQUIRE(waitFor([&] { return verifiedBackupRows(*controller.database()) == 1; }, 30000));

    const QStringList made = backupsBeside(temp.path());
    REQUIRE(made.size() == 1);
    const QString copy = QDir(BackupService::defaultFolder(temp.path())).filePath(made.first());
    CHECK(BackupService::verify(copy));
    CHECK(!status->text().contains(QStringLiteral("No backup")));

    SECTION("closing the same day makes no second copy")
    {
        controller.window()->close();
        CHECK(backupsBeside(temp.path()).size() == 1);
    }
}

TEST_CASE("Closing a database whose daily backup has not run yet makes it before the file is let go",
          "[ui][backup]")
{
    IsolatedSettings settings;
    TempDatabase temp;
    addCustomer(temp.db(), QStringLiteral("Grace Hopper"));
    temp.close();
    TempDatabase other; // outlives the controller that may open it
    other.close();

    AppController controller;
    controller.setAutomaticBackupDelay(60 * 60 * 1000); // the open-time check stays out of the way
    REQUIRE(controller.openDatabase(temp.path()));
    CHECK(backupsBeside(temp.path()).isEmpty());

    SECTION("on quitting")
    {
        controller.window()->close();
    }
    SECTION("on switching to another database")
    {
        REQUIRE(controller.openDatabase(other.path()));
        CHECK(backupsBeside(other.path()).isEmpty());
    }
    const QStringList made = backupsBeside(temp.path());
    REQUIRE(made.size() == 1);
    CHECK(BackupService::verify(QDir(BackupService::defaultFolder(temp.path())).filePath(made.first())));
}

TEST_CASE("Back Up Now writes a verified copy; Restore puts it back and keeps the replaced file", "[ui][backup]")
{
    IsolatedSettings settings;
    TempDatabase temp;
    addCustomer(temp.db(), QStringLiteral("Katherine Johnson"));
    temp.close();

    AppController controller;
    controller.setAutomaticBackupDelay(60 * 60 * 1000);
    REQUIRE(controller.openDatabase(temp.path()));
    controller.backUpNow();
    const QString backup = controller.lastBackupPath();
    REQUIRE(!backup.isEmpty());
    CHECK(BackupService::verify(backup));
    CHECK(verifiedBackupRows(*controller.database()) == 1);

    // Work done after the backup is what a restore takes away (and keeps aside).
    addCustomer(*controller.database(), QStringLiteral("Dorothy Vaughan"));
    REQUIRE(customerCount(*controller.database()) == 2);

    SECTION("confirmed")
    {
        bool restored = false;
        const bool asked = driveModal<QMessageBox>([&] { restored = controller.restoreFrom(backup); },
                                                   [](QMessageBox* box) {
                                                       findChild<QPushButton>(box, "confirmRestoreButton")->click();
                                                   });
        REQUIRE(asked);
        REQUIRE(restored);
        REQUIRE(controller.database());
        CHECK(customerCount(*controller.database()) == 1);
        // The file that was replaced is still there, whole, under another name.
        const QStringList aside =
            QDir(temp.dir()).entryList({QStringLiteral("test.sqlite.before-restore-*")}, QDir::Files);
        REQUIRE(aside.size() == 1);
        OpenOptions readOnly;
        readOnly.createIfMissing = false;
        readOnly.takeLock = false;
        auto kept = Database::open(QDir(temp.dir()).filePath(aside.first()), readOnly);
        REQUIRE(kept);
        CHECK(customerCount(*kept.value()) == 2);
    }
    SECTION("cancelled: nothing changes")
    {
        bool restored = true;
        driveModal<QMessageBox>([&] { restored = controller.restoreFrom(backup); },
                                [](QMessageBox* box) { box->reject(); });
        CHECK(!restored);
        CHECK(customerCount(*controller.database()) == 2);
    }
}

TEST_CASE("A file too large to check at opening is checked on a worker afterwards, and damage is reported",
          "[ui][backup]")
{
    IsolatedSettings settings;
    TempDatabase temp;
    fillPages(temp, 400);
    temp.close();
    // The first byte of a page is its type: any change is fatal.
    damageMiddlePage(temp.path(), QByteArrayLiteral("\xA5"));

    AppController controller;
    controller.setAutomaticBackupDelay(60 * 60 * 1000);
    controller.setQuickCheckAtOpenLimit(0);
    // The warning comes from a worker's result, inside the event loop: a timer answers it when it shows.
    QString shown;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->objectName() + QLatin1Char(' ') + box->text() + QLatin1Char(' ') + box->informativeText();
            box->accept();
        }
    });
    answer.start(50);
    REQUIRE(controller.openDatabase(temp.path()));
    REQUIRE(waitFor([&shown] { return !shown.isEmpty(); }, 30000));
    INFO(shown.toStdString());
    CHECK(shown.startsWith(QStringLiteral("damageFoundBox")));
    CHECK(shown.contains(QStringLiteral("backup")));
}

TEST_CASE("Opening a damaged file offers the newest backup; restoring it keeps the damaged file aside",
          "[ui][backup]")
{
    IsolatedSettings settings;
    TempDatabase temp;
    fillPages(temp, 300);
    const QString backupPath =
        BackupService::newBackupPath(temp.path(), BackupService::defaultFolder(temp.path()), QDateTime::currentDateTimeUtc());
    auto made = BackupService::createBackup(temp.path(), backupPath);
    REQUIRE(made);
    temp.close();

    // What `dd if=/dev/zero of=... seek=N count=1 conv=notrunc` does to a page in the middle.
    damageMiddlePage(temp.path(), QByteArray(4096, '\0'));
    const QByteArray damaged = [&] {
        QFile f(temp.path());
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    AppController controller;
    controller.setAutomaticBackupDelay(60 * 60 * 1000);
    QString shown;
    bool opened = false;
    SECTION("restore")
    {
        REQUIRE(driveModal<QMessageBox>([&] { opened = controller.openDatabase(temp.path()); },
                                        [&shown](QMessageBox* box) {
                                            shown = box->text();
                                            findChild<QPushButton>(box, "restoreNewestButton")->click();
                                        }));
        CHECK(shown.contains(QStringLiteral("damaged")));
        REQUIRE(opened);
        REQUIRE(controller.database());
        CHECK(customerCount(*controller.database()) == 300);
        const QStringList aside =
            QDir(temp.dir()).entryList({QStringLiteral("test.sqlite.before-restore-*")}, QDir::Files);
        INFO(aside.join(QStringLiteral(", ")).toStdString());
        REQUIRE(aside.size() == 1);
        QFile kept(QDir(temp.dir()).filePath(aside.first()));
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == damaged);
    }
    SECTION("decline: the damaged file is left byte for byte")
    {
        REQUIRE(driveModal<QMessageBox>([&] { opened = controller.openDatabase(temp.path()); },
                                        [](QMessageBox* box) { box->reject(); }));
        CHECK(!opened);
        CHECK(QDir(temp.dir()).entryList(QDir::Files) == QStringList{QStringLiteral("test.sqlite")});
        QFile same(temp.path());
        REQUIRE(same.open(QIODevice::ReadOnly));
        CHECK(same.readAll() == damaged);
    }
}
