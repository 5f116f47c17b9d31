// The customer import pipeline on files as owners bring them (tests/data/realistic, see make_realistic.py).
#include "ImportTestUtil.h"

#include "customers/CustomerRepository.h"
#include "io/CsvWriter.h"

#include <QDir>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::test;

namespace {

QString realistic(const QString& name)
{
    return dataPath(QStringLiteral("realistic/") + name);
}

Customer byEmail(Database& db, const QString& email)
{
    const qint64 id = one(db, QStringLiteral("SELECT id FROM customers WHERE email = ?"), {email}).toLongLong();
    INFO(email.toStdString());
    REQUIRE(id > 0);
    return require(CustomerRepository(db).get(id));
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

} // namespace

TEST_CASE("A Google Contacts export imports with its labels, second emails and problems listed", "[import]")
{
    TempDatabase t;
    const ImportSummary s = importFile(t.db(), realistic(QStringLiteral("google_contacts.csv")));
    CHECK(s.counts.rows == 10);
    CHECK(s.counts.created == 6);
    CHECK(s.counts.duplicates == 1); // Olivia again, email in upper case
    CHECK(s.counts.invalid == 3);
    CHECK(s.counts.companiesCreated == 2); // Harbor Bakery, 星辰科技
    REQUIRE(s.invalidRows.size() == 3);
    CHECK(s.invalidRows[0].row == 7);
    CHECK(s.invalidRows[0].reason.contains(QStringLiteral("chloe.dubois@@example.fr")));
    CHECK(s.invalidRows[1].reason.contains(QStringLiteral("No name")));
    CHECK(s.invalidRows[2].reason.contains(QStringLiteral("31/02/1990")));

    const Customer olivia = byEmail(t.db(), QStringLiteral("olivia@harborbakery.com"));
    CHECK(olivia.name == QStringLiteral("Olivia Martin"));
    CHECK(olivia.companyName == QStringLiteral("Harbor Bakery"));
    CHECK(olivia.jobTitle == QStringLiteral("Owner"));
    CHECK(olivia.birthday == QDate(1984, 3, 9));
    CHECK(olivia.website == QStringLiteral("https://harborbakery.com"));
    CHECK(olivia.city == QStringLiteral("San Francisco"));
    CHECK(olivia.tags == QStringList{QStringLiteral("Wholesale")}); // "* myContacts" is Google's, not a tag

    const Customer liam = byEmail(t.db(), QStringLiteral("liam.obrien@example.com"));
    CHECK(liam.email2 == QStringLiteral("liam@obrien.ie")); // "a ::: b" in one cell
    CHECK(liam.birthday.month() == 7);
    CHECK(liam.birthday.day() == 21);
    CHECK(liam.notes == QStringLiteral("Met at the spring fair.\nPrefers phone calls."));
    CHECK(liam.tags.isEmpty());

    const Customer pine = byEmail(t.db(), QStringLiteral("orders@pineco.example"));
    CHECK(pine.kind == CustomerKind::Company);
    CHECK(pine.name == QStringLiteral("Pine & Co. Supplies"));

    const Customer ana = byEmail(t.db(), QStringLiteral("ana@harborbakery.com"));
    CHECK(ana.companyId == olivia.companyId); // one Harbor Bakery, not two
    CHECK(ana.mobile == QStringLiteral("+1 415-555-0177"));
    CHECK(ana.tags == (QStringList{QStringLiteral("VIP"), QStringLiteral("Wholesale")}));
    // The search indexes caught up with the load: any part of a name, company or email finds them.
    for (const QString& text : {QStringLiteral("olivia"), QStringLiteral("Harbor"), QStringLiteral("obrien.ie"),
                                QStringLiteral("李"), QStringLiteral("星辰")}) {
        INFO(text.toStdString());
        CustomerQuery query;
        query.text = text;
        CHECK(require(CustomerRepository(t.db()).count(query)) >= 1);
    }
    requireClean(t.path());

    SECTION("Importing the same file again creates nothing")
    {
        const QString before = fingerprint(t.db());
        const ImportSummary again = importFile(t.db(), realistic(QStringLiteral("google_contacts.csv")));
        CHECK(again.counts.created == 0);
        CHECK(again.counts.companiesCreated == 0);
        CHECK(again.counts.duplicates == 7);
        CHECK(again.counts.invalid == 3);
        CHECK(fingerprint(t.db()) == before);
    }
}

TEST_CASE("Google's phone and e-mail labels decide mobile or phone and which address comes first", "[import]")
{
    TempDatabase t;
    const ImportSummary s = importFile(t.db(), realistic(QStringLiteral("google_contacts_phone_labels.csv")));
    CHECK(s.counts.created == 7);
    CHECK(s.counts.invalid == 0);

    // "Work" then "Mobile": as the columns are.
    const Customer emma = byEmail(t.db(), QStringLiteral("emma@wilson-design.example"));
    CHECK(emma.phone == QStringLiteral("+1 212-555-0101"));
    CHECK(emma.mobile == QStringLiteral("+1 917-555-0102"));
    CHECK(emma.email2 == QStringLiteral("emma@home.example")); // "* Work" is the primary address, listed second
    // "Mobile" in Phone 1 and "Home" in Phone 2: the columns alone would swap them.
    const Customer noah = byEmail(t.db(), QStringLiteral("noah.brown@example.com"));
    CHECK(noah.mobile == QStringLiteral("+1 917-555-0111"));
    CHECK(noah.phone == QStringLiteral("+1 212-555-0112"));
    // Chinese labels: 住宅 (home), 手机 (mobile), 工作 (work, in a third phone column).
    const Customer wang = byEmail(t.db(), QStringLiteral("wangfang@huaxin.example"));
    CHECK(wang.name == QStringLiteral("王芳"));
    CHECK(wang.phone == QStringLiteral("010-6552 0101"));
    CHECK(wang.mobile == QStringLiteral("138 0013 8101"));
    // A lone 手机 number is a mobile, not the phone.
    const Customer zhang = byEmail(t.db(), QStringLiteral("zhangwei@example.cn"));
    CHECK(zhang.mobile == QStringLiteral("139 0013 8202"));
    CHECK(zhang.phone.isEmpty());
    // The starred mobile comes from the third phone column, which no field takes by its header; the work
    // number wins the phone over the fax.
    const Customer sofia = byEmail(t.db(), QStringLiteral("sofia@rossi.example"));
    CHECK(sofia.mobile == QStringLiteral("+1 917-555-0132"));
    CHECK(sofia.phone == QStringLiteral("+1 212-555-0131"));
    // Two mobiles in one cell: the second is kept in the free phone slot rather than dropped.
    const Customer chen = byEmail(t.db(), QStringLiteral("chenjing@example.cn"));
    CHECK(chen.mobile == QStringLiteral("+86 139 0000 0001"));
    CHECK(chen.phone == QStringLiteral("+86 139 0000 0002"));
    // Two landlines: the starred one is the phone; the other is kept in the free mobile slot.
    const Customer lucas = byEmail(t.db(), QStringLiteral("lucas@meyer.example"));
    CHECK(lucas.phone == QStringLiteral("+49 30 5555 0142"));
    CHECK(lucas.mobile == QStringLiteral("+49 30 5555 0141"));
    requireClean(t.path());

    const QString before = fingerprint(t.db());
    const ImportSummary again = importFile(t.db(), realistic(QStringLiteral("google_contacts_phone_labels.csv")));
    CHECK(again.counts.created == 0);
    CHECK(again.counts.duplicates == 7);
    CHECK(fingerprint(t.db()) == before);
}

TEST_CASE("A Chinese Excel sheet saved as GBK CSV imports; colleagues sharing a landline stay apart", "[import]")
{
    TempDatabase t;
    QTemporaryDir dir;
    ImportOptions options;
    options.defaultCountryCode = QStringLiteral("86");
    options.errorsCsvPath = dir.filePath(QStringLiteral("errors.csv"));
    const ImportSummary s = importFile(t.db(), realistic(QStringLiteral("客户名单_gbk.csv")), options);
    CHECK(s.encodingName == QStringLiteral("GB18030"));
    CHECK(s.counts.rows == 8); // the blank rows Excel leaves at the end are not rows
    CHECK(s.counts.created == 5);
    CHECK(s.counts.duplicates == 1); // "张 伟" with ZhangWei@XingChen.cn
    CHECK(s.counts.invalid == 2);
    CHECK(s.counts.companiesCreated == 2);

    const Customer zhang = byEmail(t.db(), QStringLiteral("zhangwei@xingchen.cn"));
    CHECK(zhang.name == QStringLiteral("张伟"));
    CHECK(zhang.companyName == QStringLiteral("北京星辰科技有限公司"));
    CHECK(zhang.birthday == QDate(1985, 4, 12));
    CHECK(zhang.street == QStringLiteral("北京市朝阳区建国路88号"));
    const Customer wang = byEmail(t.db(), QStringLiteral("wangfang@xingchen.cn"));
    CHECK(wang.phone == zhang.phone); // same office line, different people
    CHECK(wang.birthday == QDate(1990, 7, 1));
    CHECK(byEmail(t.db(), QStringLiteral("lina@haiou.com.cn")).phone == QStringLiteral("139 0013 9000")); // full-width
    CHECK(byEmail(t.db(), QStringLiteral("zhaolei@haiou.com.cn")).notes == QStringLiteral("地址里有\n换行"));
    const Customer logistics = byEmail(t.db(), QStringLiteral("info@nanfang-wuliu.cn"));
    CHECK(logistics.kind == CustomerKind::Company);

    // The rows with problems come back as a CSV to fix and import again.
    auto rows = require(CsvReader::readAll([&] {
        QFile f(options.errorsCsvPath);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }()));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].mid(0, 7) == strings({u"姓名", u"公司", u"电话", u"邮箱", u"地址", u"生日", u"备注"}));
    CHECK(rows[1][0] == QStringLiteral("刘洋"));
    CHECK(rows[1][7] == QStringLiteral("5"));
    CHECK(rows[1][8].contains(QStringLiteral("liuyang@longteng")));
    CHECK(rows[2][0] == QStringLiteral("陈静"));

    rows[1][3] = QStringLiteral("liuyang@longteng.com");
    rows[2][5] = QString();
    QBuffer fixed;
    fixed.open(QIODevice::WriteOnly);
    CsvWriter writer(&fixed);
    for (const QStringList& r : std::as_const(rows))
        writer.writeRow(r);
    const QString fixedPath = writeFile(dir, QStringLiteral("fixed.csv"), fixed.data());
    const ImportSummary again = importFile(t.db(), fixedPath, ImportOptions{});
    CHECK(again.counts.created == 2);
    CHECK(again.counts.invalid == 0);
    CHECK(byEmail(t.db(), QStringLiteral("liuyang@longteng.com")).companyName == QStringLiteral("深圳龙腾电子厂"));
    requireClean(t.path());
}

TEST_CASE("A phone's vCard 2.1 file with QUOTED-PRINTABLE imports people, companies and notes", "[import]")
{
    TempDatabase t;
    ImportOptions options;
    options.defaultCountryCode = QStringLiteral("86");
    const ImportSummary s = importFile(t.db(), realistic(QStringLiteral("phone_contacts.vcf")), options);
    CHECK(s.counts.rows == 5);
    CHECK(s.counts.created == 3);
    CHECK(s.counts.duplicates == 1); // the same mobile saved twice on the phone
    CHECK(s.counts.invalid == 1);    // a number without a name
    CHECK(s.counts.companiesCreated == 1);
    const Customer liu = byEmail(t.db(), QStringLiteral("liudehua@example.hk"));
    CHECK(liu.name == QStringLiteral("刘德华"));
    CHECK(liu.companyName == QStringLiteral("天星影业"));
    CHECK(liu.jobTitle == QStringLiteral("市场总监"));
    CHECK(liu.mobile == QStringLiteral("+86 135-0013-5000"));
    CHECK(liu.phone == QStringLiteral("021-6888 1234"));
    CHECK(liu.notes == QStringLiteral("每年中秋送月饼，喜欢普洱茶。不要在周一上午打电话，他在开周会。"));
    CHECK(liu.city == QStringLiteral("上海"));
    CHECK(liu.birthday == QDate(1961, 9, 27));
    const Customer mai = byEmail(t.db(), QStringLiteral("mai.nguyen@example.vn"));
    CHECK(mai.notes == QStringLiteral("Supplier of rice paper – pays in 30 days.\r\nCall before noon."));
    CHECK(one(t.db(), QStringLiteral("SELECT kind FROM customers WHERE name = ?"), {QStringLiteral("顺丰速运（门店）")})
              .toString() == QStringLiteral("company"));
    requireClean(t.path());
}

TEST_CASE("A dry run counts exactly what the import does and changes nothing", "[import]")
{
    TempDatabase t;
    importFile(t.db(), realistic(QStringLiteral("google_contacts.csv")));
    for (const DuplicatePolicy policy : {DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Create}) {
        INFO(duplicatePolicyKey(policy).toStdString());
        ImportOptions options;
        options.onDuplicate = policy;
        options.dryRun = true;
        const QString before = fingerprint(t.db());
        const ImportSummary dry = importFile(t.db(), realistic(QStringLiteral("phone_contacts.vcf")), options);
        CHECK(dry.dryRun);
        CHECK(fingerprint(t.db()) == before);
        CHECK(one(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE name = 'import_keys'")).toInt() == 0);
        CHECK(one(t.db(), QStringLiteral("PRAGMA temp_store")).toInt() == 2); // back to memory after the import

        TempDatabase copy;
        importFile(copy.db(), realistic(QStringLiteral("google_contacts.csv")));
        options.dryRun = false;
        const ImportSummary real = importFile(copy.db(), realistic(QStringLiteral("phone_contacts.vcf")), options);
        CHECK(real.counts.created == dry.counts.created);
        CHECK(real.counts.updated == dry.counts.updated);
        CHECK(real.counts.duplicates == dry.counts.duplicates);
        CHECK(real.counts.invalid == dry.counts.invalid);
        CHECK(real.counts.companiesCreated == dry.counts.companiesCreated);
    }
}

TEST_CASE("Duplicates: skip leaves, update fills in without dropping anything, create adds", "[import]")
{
    TempDatabase t;
    Customer existing;
    existing.name = QStringLiteral("Olivia Martin");
    existing.email = QStringLiteral("olivia@harborbakery.com");
    existing.phone = QStringLiteral("+1 415-555-0000");
    existing.notes = QStringLiteral("Typed by hand");
    existing.tags = {QStringLiteral("Local")};
    const qint64 id = require(CustomerRepository(t.db()).create(existing));
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("c.csv"),
                                   "Name,Email,Phone,City,Tags,Notes\n"
                                   "Olivia Martin,OLIVIA@harborbakery.com,+1 415-555-0132,San Francisco,VIP,\n");

    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Skip;
    CHECK(importFile(t.db(), file, options).counts.duplicates == 1);
    CHECK(require(CustomerRepository(t.db()).get(id)).city.isEmpty());

    options.onDuplicate = DuplicatePolicy::Update;
    const ImportSummary updated = importFile(t.db(), file, options);
    CHECK(updated.counts.updated == 1);
    CHECK(updated.counts.created == 0);
    const Customer after = require(CustomerRepository(t.db()).get(id));
    CHECK(after.city == QStringLiteral("San Francisco"));
    CHECK(after.phone == QStringLiteral("+1 415-555-0000"));  // kept
    CHECK(after.mobile == QStringLiteral("+1 415-555-0132")); // the new number in the free slot
    CHECK(after.notes == QStringLiteral("Typed by hand"));    // an empty cell never blanks a field
    CHECK(after.tags == (QStringList{QStringLiteral("Local"), QStringLiteral("VIP")}));
    // Updating again with the same file changes nothing.
    const ImportSummary again = importFile(t.db(), file, options);
    CHECK(again.counts.updated == 0);
    CHECK(again.counts.duplicates == 1);

    options.onDuplicate = DuplicatePolicy::Create;
    CHECK(importFile(t.db(), file, options).counts.created == 1);
    CHECK(one(t.db(), QStringLiteral("SELECT count(*) FROM customers")).toInt() == 2);
    requireClean(t.path());
}

TEST_CASE("Cancelling an import leaves the database exactly as it was", "[import]")
{
    TempDatabase t;
    importFile(t.db(), realistic(QStringLiteral("google_contacts.csv")));
    QTemporaryDir dir;
    QByteArray csv = "Name,Email,Company,Tags\n";
    for (int i = 0; i < 20000; ++i)
        csv += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.com,Company " +
               QByteArray::number(i % 50) + ",Imported\n";
    const QString file = writeFile(dir, QStringLiteral("big.csv"), csv);
    const QString before = fingerprint(t.db());

    ImportOptions options;
    qint64 seenRows = 0;
    options.progress = [&seenRows](const ImportProgress& p) {
        seenRows = p.rows;
        CHECK(p.rowsPerSecond > 0);
        return p.rows < 5000;
    };
    auto source = require(openCustomerSource(file));
    const auto result = CustomerImporter::run(t.db(), *source, options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == QStringLiteral("cancelled"));
    CHECK(seenRows >= 5000);
    CHECK(seenRows < 20000);
    CHECK(fingerprint(t.db()) == before);
    CHECK(t->transactionDepth() == 0);
    requireClean(t.path());

    // And the same file then imports completely.
    options.progress = {};
    CHECK(importFile(t.db(), file, options).counts.created == 20000);
    // The stored total of active customers (migration 0007) follows a large import, which sets the customers'
    // indexes and insert triggers aside and catches up at the end.
    CHECK(scalar(t->connection(), QStringLiteral("SELECT n FROM customer_totals WHERE name = 'active'")).toInt() ==
          scalar(t->connection(), QStringLiteral("SELECT count(*) FROM customers WHERE archived_at IS NULL")).toInt());
}

TEST_CASE("Formula-looking cells are neutralised on export and restored on import", "[import][export]")
{
    CHECK(CsvWriter::neutralised(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(CsvWriter::neutralised(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvWriter::neutralised(QStringLiteral("\tcmd")) == QStringLiteral("'\tcmd"));
    CHECK(CsvWriter::neutralised(QStringLiteral("-2+3+cmd|' /C calc'!A0")) == QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
    CHECK(CsvWriter::neutralised(QStringLiteral("+86 138 0013 8000")) == QStringLiteral("+86 138 0013 8000"));
    CHECK(CsvWriter::neutralised(QStringLiteral("-12.50")) == QStringLiteral("-12.50"));
    CHECK(CsvWriter::neutralised(QStringLiteral("plain")) == QStringLiteral("plain"));
    for (const QString& cell : {QStringLiteral("=1+1"), QStringLiteral("+cmd"), QStringLiteral("@x"), QStringLiteral("'quoted")})
        CHECK(CsvWriter::restored(CsvWriter::neutralised(cell)) == cell);
}

TEST_CASE("Every sample and malformed file imports or is refused with a clear message", "[import][malformed]")
{
    TempDatabase t;
    for (const QString& folder : {QStringLiteral("import"), QStringLiteral("malformed"), QStringLiteral("realistic")}) {
        const QDir dir(dataPath(folder));
        for (const QString& name : dir.entryList(QDir::Files)) {
            if (name.endsWith(QStringLiteral(".py")))
                continue;
            INFO((folder + u'/' + name).toStdString());
            const QString before = fingerprint(t.db());
            auto source = openCustomerSource(dir.filePath(name));
            if (!source) {
                CHECK_FALSE(source.error().message.isEmpty());
                continue;
            }
            const auto result = CustomerImporter::run(t.db(), *source.value(), {});
            if (!result) {
                CHECK_FALSE(result.error().message.isEmpty());
                CHECK(fingerprint(t.db()) == before); // a refused file changes nothing
            } else {
                CHECK(result.value().counts.rows == result.value().counts.created + result.value().counts.updated +
                                                        result.value().counts.duplicates + result.value().counts.invalid);
            }
        }
    }
    requireClean(t.path());
}

TEST_CASE("Tags written in another case than an existing tag are logged as stored, so check stays clean", "[import]")
{
    TempDatabase t;
    Customer existing;
    existing.name = QStringLiteral("Existing Shop");
    existing.tags = {QStringLiteral("VIP")};
    require(CustomerRepository(t.db()).create(existing));
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("tags.csv"),
                                  "Name,Email,Tags\n"
                                  "Ann Lee,ann@example.com,vip\n"
                                  "Bo Chen,bo@example.com,Vip;wholesale\n"
                                  "Cy Diaz,cy@example.com,WHOLESALE;vip\n");
    const ImportSummary summary = importFile(t.db(), csv);
    CHECK(summary.counts.created == 3);
    CHECK(one(t.db(), QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM tags ORDER BY name)"))
              .toString() == QStringLiteral("VIP,wholesale"));
    // The logged image of Cy Diaz says what the database renders: the stored spellings, in NOCASE order.
    CHECK(byEmail(t.db(), QStringLiteral("cy@example.com")).tags == QStringList({QStringLiteral("VIP"), QStringLiteral("wholesale")}));
    const QString changes = one(t.db(), QStringLiteral("SELECT changes FROM audit_log WHERE entity = 'customer' AND "
                                                       "entity_id = (SELECT id FROM customers WHERE email = ?)"),
                                {QStringLiteral("cy@example.com")})
                                .toString();
    CHECK(changes.contains(QStringLiteral("\"tags\":[null,\"VIP, wholesale\"]")));
    requireClean(t.path());
}
