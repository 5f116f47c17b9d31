#include "SafetyFixtures.h"

#include "catch.h"

#include "db/Query.h"
#include "db/RecordStore.h"
#include "demo/DemoGenerator.h"
#include "safety/Sha256.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rapport::test {

void fillSample(Database& db, int customers)
{
    DemoOptions options;
    options.customers = customers;
    auto made = DemoGenerator::generate(db, options);
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made);
    RecordStore store(db, tableSpec(Entity::Customer));
    // Text that JSON has to escape, Chinese, and a long note that needs overflow pages.
    auto odd = store.insert({{QStringLiteral("kind"), QStringLiteral("person")},
                             {QStringLiteral("name"), QStringLiteral("Zoë \"Quote\" 王小明")},
                             {QStringLiteral("notes"), QStringLiteral("line one\nline\ttwo \\ back\\slash \x01 ctl") +
                                                           QString(6000, QLatin1Char('x'))},
                             {QStringLiteral("job_title"), QStringLiteral("Keeper of the Zebulon ledger")}});
    REQUIRE(odd);
    REQUIRE(store.update(odd.value(), {{QStringLiteral("email"), QStringLiteral("zoe@example.com")}}));
    REQUIRE(store.setArchived(odd.value(), true));
    auto gone = store.insert({{QStringLiteral("kind"), QStringLiteral("company")}, {QStringLiteral("name"), QStringLiteral("Gone Ltd")}});
    REQUIRE(gone);
    REQUIRE(store.remove(gone.value()));
    REQUIRE(db.setSetting(QStringLiteral("currency"), QStringLiteral("EUR")));
    REQUIRE(db.setSetting(QStringLiteral("currency"), QStringLiteral("USD")));
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeBytes(const QString& path, const QByteArray& data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

QMap<QString, QByteArray> tableHashes(const QString& path)
{
    QMap<QString, QByteArray> hashes;
    RawConnection raw(path);
    QStringList tables;
    {
        QSqlQuery q(raw.db());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                      "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")));
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString& table : tables) {
        QSqlQuery q(raw.db());
        q.setForwardOnly(true);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(table)));
        const int columns = q.record().count();
        QStringList order;
        for (int i = 1; i <= columns; ++i)
            order << QString::number(i);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(QLatin1Char(',')))));
        Sha256 sha;
        while (q.next()) {
            for (int i = 0; i < columns; ++i) {
                const QVariant v = q.value(i);
                sha.addData(v.isNull() ? QByteArray("\x01N") : v.toString().toUtf8());
                sha.addData("\x1f");
            }
            sha.addData("\x1e");
        }
        hashes.insert(table, sha.result().toHex());
    }
    return hashes;
}

RawConnection::RawConnection(const QString& path)
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("raw-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    conn.setDatabaseName(path);
    REQUIRE(conn.open());
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase conn = QSqlDatabase::database(m_name, false);
        conn.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

void RawConnection::exec(const QString& sql)
{
    QSqlQuery q(db());
    INFO(sql.toStdString());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

void RawConnection::dropAuditTriggers()
{
    exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
}

CliResult runCli(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_CLI), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace rapport::test
