// rapport-cli import/export as an owner runs them, including Ctrl+C in the middle of a large import.
#include "ImportTestUtil.h"

#include "analytics/ValueTiers.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace rapport;
using namespace rapport::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("rapport-cli import: dry run, errors file, duplicates, then the real thing", "[import][cli]")
{
    TempDatabase t;
    const QString db = t.path();
    t.close();
    const QString file = dataPath(QStringLiteral("realistic/客户名单_gbk.csv"));
    QTemporaryDir dir;
    const QString errors = dir.filePath(QStringLiteral("errors.csv"));

    Run dry = cli({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--dry-run"),
                   QStringLiteral("--errors"), errors});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Dry run: nothing was changed")));
    CHECK(dry.out.contains(QStringLiteral("姓名 -> name")));
    CHECK(dry.out.contains(QStringLiteral("new customers:  5")));
    CHECK(dry.out.contains(QStringLiteral("invalid:        2")));
    CHECK(QFile::exists(errors));

    Run real = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), file});
    REQUIRE(real.exitCode == 0);
    CHECK(real.out.contains(QStringLiteral("\"created\": 5")));
    Run again = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), file,
                     QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("\"created\": 0")));

    Run mapped = cli({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--dry-run"),
                      QStringLiteral("--map"), QStringLiteral("备注=none"), QStringLiteral("--map"),
                      QStringLiteral("7=source")});
    CHECK(mapped.exitCode == 0);
    CHECK(mapped.out.contains(QStringLiteral("备注 -> source")));
    Run badField = cli({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--map"),
                        QStringLiteral("备注=shoe_size")});
    CHECK(badField.exitCode == 2);
    CHECK(badField.err.contains(QStringLiteral("shoe_size")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--on-duplicate"),
               QStringLiteral("merge")}).exitCode == 2);
    Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("import"), dir.filePath(QStringLiteral("nope.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("nope.csv")));
    Run garbage = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                       dataPath(QStringLiteral("malformed/xlsx_renamed.csv"))});
    CHECK(garbage.exitCode == 1);
    CHECK(garbage.err.contains(QStringLiteral("Nothing was changed")));
}

#ifdef Q_OS_UNIX
TEST_CASE("Ctrl+C during rapport-cli import rolls everything back", "[import][cli]")
{
    TempDatabase t;
    const QString db = t.path();
    t.close();
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.csv")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    big.write("Name,Email,Phone,Company\n");
    for (int i = 0; i < 400000; ++i)
        big.write("Customer " + QByteArray::number(i) + ",c" + QByteArray::number(i) + "@example.com,+1 555 " +
                  QByteArray::number(1000000 + i) + ",Company " + QByteArray::number(i % 1000) + "\n");
    big.close();

    QProcess p;
    p.start(QStringLiteral(RAPPORT_CLI), {QStringLiteral("--db"), db, QStringLiteral("import"), big.fileName()});
    REQUIRE(p.waitForStarted());
    // Wait for the progress line: the import is under way, inside its transaction.
    QByteArray err;
    while (!err.contains("rows/s") && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
    }
    REQUIRE(p.state() == QProcess::Running);
    ::kill(pid_t(p.processId()), SIGINT);
    REQUIRE(p.waitForFinished(60000));
    err += p.readAllStandardError();
    INFO(err.toStdString());
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 1);
    CHECK(err.contains("Cancelled"));

    t.reopen();
    CHECK(one(t.db(), QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);
    CHECK(one(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 0);
    t.close();
    requireClean(db);
}
#endif

TEST_CASE("rapport-cli export writes each format and refuses ones that do not fit", "[export][cli]")
{
    TempDatabase t;
    const QString db = t.path();
    t.close();
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("20")})
                .exitCode == 0);
    QTemporaryDir dir;
    for (const QString& what : {QStringLiteral("customers.csv"), QStringLiteral("customers.vcf"), QStringLiteral("deals.csv"),
                                QStringLiteral("tickets.csv"), QStringLiteral("activities.csv"), QStringLiteral("tasks.ics")}) {
        INFO(what.toStdString());
        const QString path = dir.filePath(what);
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("export"), what.section(u'.', 0, 0),
                           QStringLiteral("--to"), path});
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo(path).size() > 100);
    }
    const Run wrong = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("deals"),
                           QStringLiteral("--to"), dir.filePath(QStringLiteral("deals.vcf"))});
    CHECK(wrong.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("deals.vcf"))));
}

// The app refreshes value tiers after deal changes it sees; a deal import from the command line does it itself.
TEST_CASE("rapport-cli import of won deals leaves the customers' value tiers up to date", "[import][cli]")
{
    TempDatabase t;
    const QString db = t.path();
    t.close();
    QTemporaryDir dir;
    const auto write = [&dir](const QString& name, const QByteArray& text) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    };
    const QByteArray today = QDate::currentDate().toString(Qt::ISODate).toUtf8();
    const QString customers = write(QStringLiteral("customers.csv"), "Name,Email\nAcme Ltd,acme@example.com\n");
    const QString deals = write(QStringLiteral("deals.csv"), "Title,Customer,Amount,Stage,Status,Closed\n"
                                                             "Big order,Acme Ltd,1200.00,Won,won," + today + "T10:00:00Z\n");
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), customers}).exitCode == 0);
    const Run imported = cli({QStringLiteral("--db"), db, QStringLiteral("import"), deals, QStringLiteral("--type"),
                              QStringLiteral("deals")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    t.reopen();
    CHECK(ValueTiers::storedAsOf(t.db().connection()) == QDate::currentDate());
    CHECK(one(t.db(), QStringLiteral("SELECT tier FROM customer_value_tiers")).toString() == QStringLiteral("general"));
}
