#include "TempDatabase.h"
#include "catch.h"
#include "db/BulkLoad.h"
#include "db/DirectStatement.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"
#include "search/NameGrams.h"

#include <QDateTime>

using namespace rapport;

namespace {

// Names that test how the short-piece text is cut: Chinese, case SQLite's lower() does and does not fold,
// names beyond the 64-position cap, characters outside the BMP (surrogate pairs), lone surrogates and text the
// C++ side hands back to SQL.
QList<QPair<QString, QString>> trickyNames()
{
    const QString longLatin = QStringLiteral("Bartholomew Maximilian Featherstonehaugh-Cholmondeley of Upper Wallop");
    const QString longChinese = QString(70, QChar(0x738B)) + QStringLiteral("明");
    QString loneHigh = QStringLiteral("Ann");
    loneHigh += QChar(0xD83D);
    loneHigh += QStringLiteral("a Lee");
    QString loneLow = QStringLiteral("Bo ");
    loneLow += QChar(0xDE00);
    return {
        {QStringLiteral("王小明"), QStringLiteral("北京科技有限公司")},
        {QStringLiteral("McDONALD O'Neil"), QStringLiteral("ÀÉÎ Ünited GmbH")},
        {QStringLiteral("Straße ΣΊΣΥΦΟΣ Ǆ"), QString()},
        {longLatin, QStringLiteral("Company")},
        {longChinese, QString()},
        {QString(63, QLatin1Char('X')), QStringLiteral("Y")},
        {QString(64, QLatin1Char('x')), QString()},
        {QString(65, QChar(0x4E2D)), QString()},
        {QStringLiteral("Anna 😀🎉 Smith"), QStringLiteral("👨‍👩‍👧 Family Shop")},
        {QString::fromUcs4(U"😀").repeated(40) + QString::fromUcs4(U"𝔘𝔫𝔦𝔠𝔬𝔡𝔢"), QString()},
        {loneHigh, QString()},
        {loneLow, QStringLiteral("Co")},
        {QStringLiteral("Replacement ") + QChar(QChar::ReplacementCharacter) + QStringLiteral(" char"), QString()},
        {QStringLiteral("Tab\there\nnewline"), QString()},
        {QStringLiteral("X"), QString()},
    };
}

// Adds a company (when named) and a person working there; returns nothing, the caller reads the tables.
void addCustomer(Database& db, const QString& name, const QString& company)
{
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    QVariant companyId;
    if (!company.isEmpty()) {
        Query q(db.connection(), QStringLiteral("INSERT INTO customers (kind, name, created_at, updated_at) "
                                                "VALUES ('company', ?, ?, ?)"));
        q.bindAll({company, now, now});
        REQUIRE(q.exec());
        companyId = q.lastInsertId();
    }
    Query q(db.connection(), QStringLiteral("INSERT INTO customers (kind, name, company_id, created_at, updated_at) "
                                            "VALUES ('person', ?, ?, ?, ?)"));
    q.bindAll({name, companyId, now, now});
    INFO(name.toStdString());
    REQUIRE(q.exec());
}

// id -> stored grams bytes, and id -> what the trigger's SQL expression gives for the row now.
QMap<qint64, QByteArray> storedGrams(Database& db)
{
    QMap<qint64, QByteArray> out;
    Query q(db.connection(), QStringLiteral("SELECT rowid, CAST(grams AS BLOB) FROM customers_grams"));
    REQUIRE(q.exec());
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toByteArray());
    return out;
}

QMap<qint64, QByteArray> sqlGrams(Database& db)
{
    QMap<qint64, QByteArray> out;
    Query q(db.connection(),
            QStringLiteral(
                "SELECT c.id, CAST((SELECT group_concat(substr(g.s, n, 1) || ' ' || substr(g.s, n, 2), ' ') "
                "FROM (SELECT lower(c.name || ' ' || coalesce(co.name, '')) AS s) AS g, search_positions "
                "WHERE n <= length(g.s)) AS BLOB) FROM customers c LEFT JOIN customers co ON co.id = c.company_id"));
    REQUIRE(q.exec());
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toByteArray());
    return out;
}

} // namespace

TEST_CASE("The bulk catch-up's short-piece text is byte for byte the trigger's, tricky names included",
          "[bulk][search]")
{
    test::TempDatabase temp;
    Database& db = temp.db();
    // Row by row through the triggers first, then the same names in a bulk load.
    for (const auto& [name, company] : trickyNames())
        addCustomer(db, name, company);
    const QMap<qint64, QByteArray> byTrigger = storedGrams(db);
    int rowsPerPass = 0;
    for (const auto& [name, company] : trickyNames())
        rowsPerPass += company.isEmpty() ? 1 : 2;
    REQUIRE(byTrigger.size() == rowsPerPass);
    {
        SqlTransaction tx(db);
        auto load = BulkLoad::begin(db);
        REQUIRE(load);
        for (const auto& [name, company] : trickyNames())
            addCustomer(db, name, company);
        REQUIRE(storedGrams(db).size() == byTrigger.size()); // the trigger was set aside
        REQUIRE(load.value().finish());
        REQUIRE(tx.commit());
    }
    const QMap<qint64, QByteArray> stored = storedGrams(db);
    const QMap<qint64, QByteArray> expected = sqlGrams(db);
    REQUIRE(stored.size() == 2 * byTrigger.size());
    CHECK(stored == expected);
    // The second half repeats the first with ids shifted by the number of rows of a pass.
    for (auto it = byTrigger.cbegin(); it != byTrigger.cend(); ++it) {
        INFO("id " << it.key());
        CHECK(stored.value(it.key() + byTrigger.size()) == it.value());
    }

    // The long names were cut at the 64th position, and C++ itself cut most of them (the slow path is the exception).
    Query lowered(db.connection(), QStringLiteral("SELECT CAST(lower(c.name || ' ' || coalesce(co.name, '')) AS BLOB) "
                                                  "FROM customers c LEFT JOIN customers co ON co.id = c.company_id"));
    REQUIRE(lowered.exec());
    int cut = 0;
    int handedBack = 0;
    while (lowered.next()) {
        QByteArray grams;
        if (NameGrams::fromLowered(lowered.value(0).toByteArray(), &grams))
            ++cut;
        else
            ++handedBack;
    }
    CHECK(cut >= 30);
    CHECK(handedBack >= 2); // the lone surrogates (and U+FFFD) take the trigger's SQL
    QByteArray sixtyFive;
    REQUIRE(NameGrams::fromLowered(QString(65, QChar(0x4E2D)).toUtf8(), &sixtyFive));
    CHECK(sixtyFive.count(' ') == 2 * NameGrams::kPositions - 1);
    QByteArray empty;
    REQUIRE(NameGrams::fromLowered(QByteArray(), &empty));
    CHECK(empty.isEmpty());
    CHECK_FALSE(NameGrams::fromLowered(QByteArray("a\0b", 3), &empty));
    CHECK_FALSE(NameGrams::fromLowered(QByteArray("caf\xC3", 4), &empty));
}

TEST_CASE("DirectStatement stores exactly what Query stores", "[bulk]")
{
    test::TempDatabase temp;
    Database& db = temp.db();
    INFO("bound through SQLite's C API: " << DirectStatement::available(db.connection()));
    REQUIRE(execSql(db.connection(), QStringLiteral("CREATE TABLE viaQuery (v)"), nullptr));
    REQUIRE(execSql(db.connection(), QStringLiteral("CREATE TABLE viaDirect (v)"), nullptr));
    QString loneSurrogates = QStringLiteral("a");
    loneSurrogates += QChar(0xD800);
    loneSurrogates += QStringLiteral("b");
    loneSurrogates += QChar(0xDC00);
    const QVariantList values = {QVariant(),
                                 QVariant(QString()),
                                 QVariant(QStringLiteral("")),
                                 QVariant(QStringLiteral("plain")),
                                 QVariant(QStringLiteral("中文 😀 Ünïcödé")),
                                 QVariant(loneSurrogates),
                                 QVariant(qint64(1) << 40),
                                 QVariant(-7),
                                 QVariant(true),
                                 QVariant(2.5),
                                 QVariant(QDateTime(QDate(2026, 11, 23), QTime(17, 42, 1, 5), Qt::UTC)),
                                 QVariant(QTime(8, 5, 3, 20)),
                                 QVariant(QDate(2026, 2, 28)),
                                 QVariant(qulonglong(12345)),
                                 QVariant(QByteArray("\x00\x01\xFF", 3)),
                                 QVariant(QByteArray())};
    Query viaQuery(db.connection(), QStringLiteral("INSERT INTO viaQuery (v) VALUES (?)"));
    DirectStatement viaDirect(db.connection(), QStringLiteral("INSERT INTO viaDirect (v) VALUES (?)"));
    for (const QVariant& v : values) {
        viaQuery.bind(v);
        REQUIRE(viaQuery.exec());
        viaDirect.bind(v);
        REQUIRE(viaDirect.exec());
        CHECK(viaDirect.lastInsertId() == viaQuery.lastInsertId());
    }
    const auto rows = [&db](const char* table) {
        QStringList out;
        Query q(db.connection(),
                QStringLiteral("SELECT typeof(v), hex(v) FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        REQUIRE(q.exec());
        while (q.next())
            out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        return out;
    };
    CHECK(rows("viaDirect") == rows("viaQuery"));
    CHECK(rows("viaDirect").size() == values.size());

    // A lookup gives its first column; a wrong number of values or a failing statement is an error with words.
    DirectStatement find(db.connection(), QStringLiteral("SELECT rowid FROM viaDirect WHERE v = ?"));
    find.bindText(QStringLiteral("plain"));
    REQUIRE(find.exec());
    CHECK(find.hasRow());
    CHECK(find.firstInt() == 4);
    find.bindText(QStringLiteral("absent"));
    REQUIRE(find.exec());
    CHECK_FALSE(find.hasRow());
    DirectStatement two(db.connection(), QStringLiteral("INSERT INTO viaDirect (v) VALUES (?)"));
    two.bindInt(1).bindInt(2);
    CHECK_FALSE(two.exec());
    CHECK_FALSE(two.error().isEmpty());
    REQUIRE(execSql(db.connection(), QStringLiteral("CREATE TABLE unique_v (v UNIQUE)"), nullptr));
    DirectStatement unique(db.connection(), QStringLiteral("INSERT INTO unique_v (v) VALUES (?)"));
    REQUIRE(unique.bindInt(1).exec());
    CHECK_FALSE(unique.bindInt(1).exec());
    CHECK(unique.error().contains(QStringLiteral("UNIQUE")));
    REQUIRE(unique.bindInt(2).exec()); // usable again after a failure
}
