// Exports: CSV that imports back to the same customers, vCard 4.0 and iCalendar checked with real parsers
// (Debian's python3-vobject and python3-icalendar; scripts/lib/common.sh installs them, so their absence
// fails these tests rather than skipping them).
#include "ImportTestUtil.h"

#include "customers/CustomerRepository.h"
#include "demo/DemoGenerator.h"
#include "io/Exporter.h"
#include "io/RecordImporter.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::test;

namespace {

void fillDemo(Database& db, int customers = 60)
{
    DemoOptions options;
    options.customers = customers;
    options.seed = 7;
    require(DemoGenerator::generate(db, options));
}

// Every customer as one line of what an export carries, sorted, so two databases can be compared.
QStringList customerLines(Database& db)
{
    CustomerQuery query;
    query.archived = ArchiveFilter::All;
    query.limit = -1;
    const QList<Customer> all = require(CustomerRepository(db).list(query));
    QStringList lines;
    for (const Customer& c : all) {
        lines << QStringList{customerKindKey(c.kind), c.name, c.companyName, c.jobTitle, c.email, c.email2, c.phone,
                             c.mobile, c.website, c.street, c.city, c.region, c.postalCode, c.country,
                             c.birthday.toString(Qt::ISODate), c.source, c.tags.join(u','), c.notes}
                     .join(u'|');
    }
    lines.sort();
    return lines;
}

QString exportTo(Database& db, ExportKind kind, const QString& path)
{
    require(Exporter::writeFile(db, kind, Exporter::formatForPath(path), path, {}));
    return path;
}

// Runs a Python check; the modules are required (the scripts install them).
QString runPython(const QString& script, const QString& file)
{
    // Debian's packages belong to the system interpreter, which a pyenv or venv python3 on PATH would hide.
    const QString system = QStringLiteral("/usr/bin/python3");
    QProcess python;
    python.start(QFile::exists(system) ? system : QStringLiteral("python3"), {QStringLiteral("-c"), script, file});
    REQUIRE(python.waitForFinished(60000));
    const QString err = QString::fromUtf8(python.readAllStandardError());
    INFO(err.toStdString());
    REQUIRE(python.exitCode() == 0);
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("Customers exported to CSV import back as the same customers", "[export][roundtrip]")
{
    TempDatabase source;
    fillDemo(source.db());
    QTemporaryDir dir;
    const QString csv = exportTo(source.db(), ExportKind::Customers, dir.filePath(QStringLiteral("customers.csv")));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(3) == QByteArray("\xEF\xBB\xBF")); // Excel opens Chinese correctly with the BOM

    TempDatabase target;
    const ImportSummary s = importFile(target.db(), csv);
    CHECK(s.counts.invalid == 0);
    CHECK(s.counts.companiesCreated == 0); // every company is a row of its own
    CHECK(customerLines(target.db()) == customerLines(source.db()));
    requireClean(target.path());

    // And importing the export into the database it came from adds nothing.
    const QString before = fingerprint(source.db());
    const ImportSummary again = importFile(source.db(), csv);
    CHECK(again.counts.created == 0);
    CHECK(again.counts.duplicates == again.counts.rows);
    CHECK(fingerprint(source.db()) == before);
}

TEST_CASE("Customers exported to vCard 4.0 parse with vobject and import back", "[export][roundtrip][vcard]")
{
    TempDatabase source;
    fillDemo(source.db());
    Customer tricky;
    tricky.name = QStringLiteral("O'Brien, Liam; \"Junior\"");
    tricky.email = QStringLiteral("liam@example.com");
    tricky.notes = QStringLiteral("Line one\nLine two, with; punctuation \\ and a very long tail that needs folding "
                                  "在七十五个字节处折行时不能把汉字切成两半，否则读者会看到乱码。");
    tricky.tags = {QStringLiteral("VIP, gold")};
    require(CustomerRepository(source.db()).create(tricky));
    QTemporaryDir dir;
    const QString vcf = exportTo(source.db(), ExportKind::Customers, dir.filePath(QStringLiteral("customers.vcf")));

    const QString count = runPython(QStringLiteral(R"PY(
import sys, vobject
cards = list(vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()))
for c in cards:
    assert c.version.value == '4.0', c.version.value
    assert c.fn.value.strip(), 'empty FN'
tricky = [c for c in cards if hasattr(c, 'email') and c.email.value == 'liam@example.com'][0]
assert tricky.fn.value == 'O\'Brien, Liam; "Junior"', tricky.fn.value
assert tricky.note.value.startswith('Line one\nLine two, with; punctuation \\ and'), repr(tricky.note.value)
assert tricky.note.value.endswith('否则读者会看到乱码。'), repr(tricky.note.value)
print(len(cards))
)PY"), vcf);
    const int customers = one(source.db(), QStringLiteral("SELECT count(*) FROM customers")).toInt();
    CHECK(count.toInt() == customers);

    TempDatabase target;
    const ImportSummary s = importFile(target.db(), vcf);
    CHECK(s.counts.invalid == 0);
    CHECK(s.counts.created == customers);
    CHECK(customerLines(target.db()) == customerLines(source.db()));
}

TEST_CASE("Tasks export to iCalendar that python-icalendar reads", "[export][ical]")
{
    TempDatabase t;
    fillDemo(t.db());
    QTemporaryDir dir;
    const QString ics = exportTo(t.db(), ExportKind::Tasks, dir.filePath(QStringLiteral("tasks.ics")));
    const QString out = runPython(QStringLiteral(R"PY(
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
todos = [c for c in cal.walk('VTODO')]
open_with_due = 0
for t in todos:
    assert str(t['SUMMARY']).strip()
    assert t['STATUS'] in ('NEEDS-ACTION', 'COMPLETED')
    if t['STATUS'] == 'COMPLETED':
        assert 'COMPLETED' in t
    elif 'DUE' in t:
        open_with_due += 1
        assert len(t.walk('VALARM')) == 1
print(len(todos), open_with_due)
)PY"), ics);
    const QStringList parts = out.split(u' ');
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].toInt() == one(t.db(), QStringLiteral("SELECT count(*) FROM tasks")).toInt());
    CHECK(parts[1].toInt() ==
          one(t.db(), QStringLiteral("SELECT count(*) FROM tasks WHERE done_at IS NULL AND due_at IS NOT NULL")).toInt());
}

TEST_CASE("CSV exports neutralise formulas and keep phone numbers usable", "[export]")
{
    TempDatabase t;
    Customer evil;
    evil.name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    evil.phone = QStringLiteral("+86 138 0013 8000");
    evil.notes = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    require(CustomerRepository(t.db()).create(evil));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    require(Exporter::write(t.db(), ExportKind::Customers, ExportFormat::Csv, &buffer, {}));
    const auto rows = require(CsvReader::readAll(buffer.data()));
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][1] == QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")"));
    CHECK(rows[1][7] == QStringLiteral("+86 138 0013 8000"));
    CHECK(rows[1][18] == QStringLiteral("'@SUM(1+1)*cmd|' /C calc'!A0"));
}

TEST_CASE("Deals and activities export to CSV and import back onto the same customers", "[export][roundtrip][import]")
{
    TempDatabase source;
    fillDemo(source.db(), 40);
    QTemporaryDir dir;
    const QString customers = exportTo(source.db(), ExportKind::Customers, dir.filePath(QStringLiteral("c.csv")));
    const QString deals = exportTo(source.db(), ExportKind::Deals, dir.filePath(QStringLiteral("d.csv")));
    const QString activities = exportTo(source.db(), ExportKind::Activities, dir.filePath(QStringLiteral("a.csv")));
    exportTo(source.db(), ExportKind::Tickets, dir.filePath(QStringLiteral("t.csv")));

    TempDatabase target;
    importFile(target.db(), customers);
    const ImportSummary d = require(RecordImporter::run(target.db(), RecordKind::Deal, deals, {}, {}));
    CHECK(d.counts.invalid == 0);
    const auto dealLines = [](Database& db) {
        return require(fetchAll<QString>(
            db.connection(),
            QStringLiteral("SELECT c.email || '|' || c.name || '|' || d.title || '|' || d.amount_minor || '|' || d.currency "
                           "|| '|' || d.status || '|' || coalesce(d.expected_close, '') FROM deals d JOIN customers c ON "
                           "c.id = d.customer_id ORDER BY 1"),
            {}, [](const Query& q) { return q.value(0).toString(); }));
    };
    // Deals with the same title for the same customer are one deal to the importer; the demo has a few.
    const int distinct = one(source.db(), QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT customer_id, title "
                                                         "FROM deals)")).toInt();
    CHECK(d.counts.created == distinct);
    CHECK(d.counts.duplicates == d.counts.rows - distinct);
    QStringList expected = dealLines(source.db());
    expected.removeDuplicates();
    QStringList got = dealLines(target.db());
    for (const QString& line : got)
        CHECK(expected.contains(line));
    CHECK(one(target.db(), QStringLiteral("SELECT count(*) FROM deal_stage_history")).toInt() == distinct);

    const ImportSummary a = require(RecordImporter::run(target.db(), RecordKind::Activity, activities, {}, {}));
    CHECK(a.counts.invalid == 0);
    CHECK(a.counts.created + a.counts.duplicates == a.counts.rows);
    CHECK(a.counts.created == one(source.db(), QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT customer_id, kind, "
                                                               "occurred_at, summary, body FROM activities)")).toInt());
    requireClean(target.path());

    // Again: nothing new.
    const ImportSummary again = require(RecordImporter::run(target.db(), RecordKind::Deal, deals, {}, {}));
    CHECK(again.counts.created == 0);
}

TEST_CASE("Deal and activity rows with problems are listed with their reasons", "[import]")
{
    TempDatabase t;
    Customer ann;
    ann.name = QStringLiteral("Ann Lee");
    ann.email = QStringLiteral("ann@example.com");
    require(CustomerRepository(t.db()).create(ann));
    QTemporaryDir dir;
    QFile deals(dir.filePath(QStringLiteral("deals.csv")));
    REQUIRE(deals.open(QIODevice::WriteOnly));
    deals.write("交易名称,客户,金额,阶段,预计成交日期\n"
                "Spring order,Ann Lee,\"¥12,000.50\",Proposal,2026-04-30\n"
                "Summer order,ann@example.com,99,赢单,\n"
                "Bad amount,Ann Lee,lots,,\n"
                "Unknown customer,Bob Nobody,10,,\n"
                "Bad stage,Ann Lee,10,Dreaming,\n");
    deals.close();
    const ImportSummary s = require(RecordImporter::run(t.db(), RecordKind::Deal, deals.fileName(), {}, {}));
    CHECK(s.counts.created == 2);
    CHECK(s.counts.invalid == 3);
    REQUIRE(s.invalidRows.size() == 3);
    CHECK(s.invalidRows[0].reason.contains(QStringLiteral("lots")));
    CHECK(s.invalidRows[1].reason.contains(QStringLiteral("Bob Nobody")));
    CHECK(s.invalidRows[2].reason.contains(QStringLiteral("Dreaming")));
    CHECK(one(t.db(), QStringLiteral("SELECT amount_minor || currency || status FROM deals WHERE title = 'Spring order'"))
              .toString() == QStringLiteral("1200050CNYopen"));
    CHECK(one(t.db(), QStringLiteral("SELECT status FROM deals WHERE title = 'Summer order'")).toString() ==
          QStringLiteral("won"));
    CHECK(one(t.db(), QStringLiteral("SELECT lifetime_value FROM customers WHERE email = 'ann@example.com'")).toInt() == 9900);

    QFile activities(dir.filePath(QStringLiteral("activities.csv")));
    REQUIRE(activities.open(QIODevice::WriteOnly));
    activities.write("Customer,Type,Date,Subject,Notes,Duration\n"
                     "Ann Lee,电话,2026-03-02 14:30,Called about the order,Wants delivery Friday,1:15\n"
                     "Ann Lee,Visit,2026/3/5,Showroom visit,,45 min\n"
                     "Ann Lee,Fax,2026-03-06,Old habits,,\n"
                     "Ann Lee,note,,No date,,\n");
    activities.close();
    const ImportSummary a = require(RecordImporter::run(t.db(), RecordKind::Activity, activities.fileName(), {}, {}));
    CHECK(a.counts.created == 2);
    CHECK(a.counts.invalid == 2);
    CHECK(one(t.db(), QStringLiteral("SELECT kind || duration_minutes FROM activities WHERE summary LIKE 'Called%'"))
              .toString() == QStringLiteral("call75"));
    CHECK(one(t.db(), QStringLiteral("SELECT last_contact_at IS NOT NULL FROM customers WHERE email = 'ann@example.com'"))
              .toBool());
    requireClean(t.path());
}
