// tests/data/malformed and generated monsters: each gives a clear error or a clean result, never a crash.
#include "IoTestUtil.h"

#include "io/CsvReader.h"
#include "io/VCardReader.h"

#include <QDir>
#include <QRandomGenerator>

using namespace rapport;
using rapport::test::bufferOf;
using rapport::test::dataPath;
using rapport::test::readData;
using rapport::test::strings;

namespace {

struct Drained
{
    QList<CsvRecord> records;
    std::optional<Error> error;
    QList<CsvIssue> issues;
    EncodingGuess encoding;
};

Drained drain(const QByteArray& bytes, const CsvOptions& options = {})
{
    auto buffer = bufferOf(bytes);
    CsvReader reader(buffer.get(), options);
    Drained d;
    CsvRecord record;
    for (;;) {
        const Result<bool> more = reader.next(record);
        if (!more) {
            d.error = more.error();
            break;
        }
        if (!more.value())
            break;
        d.records.append(record);
    }
    d.issues = reader.issues();
    d.encoding = reader.encoding();
    return d;
}

} // namespace

TEST_CASE("Every malformed sample ends in an error or a result", "[io][malformed]")
{
    const QDir dir(dataPath(QStringLiteral("malformed")));
    const QStringList files = dir.entryList(QDir::Files);
    REQUIRE(files.size() >= 10);
    for (const QString& file : files) {
        INFO(file.toStdString());
        const QByteArray bytes = readData(QStringLiteral("malformed/") + file);
        const Drained csv = drain(bytes);
        if (csv.error) {
            CHECK_FALSE(csv.error->code.isEmpty());
            CHECK_FALSE(csv.error->message.isEmpty());
        }
        const VCardParseResult vcard = VCardReader::parse(bytes);
        CHECK(vcard.issues.size() <= 1000);
    }
}

TEST_CASE("Binary garbage and renamed spreadsheets are refused with a reason", "[io][malformed]")
{
    const Drained garbage = drain(readData(QStringLiteral("malformed/binary_garbage.csv")));
    REQUIRE(garbage.error);
    CHECK(garbage.error->code == u"csv.binary");
    CHECK(garbage.records.isEmpty());

    const Drained xlsx = drain(readData(QStringLiteral("malformed/xlsx_renamed.csv")));
    REQUIRE(xlsx.error);
    CHECK(xlsx.error->code == u"csv.binary");
    CHECK(xlsx.error->message.contains(u"CSV UTF-8"));

    const VCardParseResult vcard = VCardReader::parse(readData(QStringLiteral("malformed/vcard_garbage.vcf")));
    CHECK(vcard.contacts.size() <= 1);
}

TEST_CASE("Empty files read as nothing", "[io][malformed]")
{
    for (const char* file : {"malformed/empty.csv", "malformed/only_bom.csv"}) {
        const Drained d = drain(readData(QString::fromLatin1(file)));
        CHECK_FALSE(d.error);
        CHECK(d.records.isEmpty());
    }
}

TEST_CASE("Mixed encodings: the odd row is reported and the rest is intact", "[io][malformed]")
{
    const Drained d = drain(readData(QStringLiteral("malformed/mixed_encodings.csv")));
    REQUIRE_FALSE(d.error);
    CHECK(d.encoding.encoding == TextEncoding::Utf8);
    REQUIRE(d.records.size() == 43);
    CHECK(d.records[1].fields == strings({u"客户0", u"北京"}));
    CHECK(d.records[42].fields == strings({u"李四", u"广州"}));
    CHECK(d.records[41].fields.join(QString()).contains(QChar::ReplacementCharacter));
    REQUIRE(d.issues.size() == 1);
    CHECK(d.issues[0].code == u"csv.invalid_bytes");
    CHECK(d.issues[0].row == 42);
}

TEST_CASE("A file cut in the middle of a character keeps what is there", "[io][malformed]")
{
    const Drained d = drain(readData(QStringLiteral("malformed/truncated_utf8.csv")));
    REQUIRE_FALSE(d.error);
    REQUIRE(d.records.size() == 3);
    CHECK(d.records[1].fields == strings({u"张三"}));
    CHECK(d.records[2].fields.value(0).startsWith(QChar::ReplacementCharacter));
    REQUIRE_FALSE(d.issues.isEmpty());
    CHECK(d.issues.back().row == 3);
}

TEST_CASE("A 10 MB field, quoted or not, reads whole", "[io][malformed]")
{
    const qsizetype size = 10 * 1024 * 1024;
    QByteArray big(size, 'x');
    for (qsizetype i = 1000; i < size; i += 100000) {
        big[i] = '\n';
        big[i + 1] = '"';
        big[i + 2] = '"';
    }
    QByteArray quoted = "name,note\nAda,\"" + big + "\"\nBob,short\n";
    const Drained q = drain(quoted);
    REQUIRE_FALSE(q.error);
    REQUIRE(q.records.size() == 3);
    const QString field = q.records[1].fields[1];
    CHECK(field.size() == size - big.count("\"\"")); // each doubled quote reads as one
    CHECK(field.count(u'\n') == big.count('\n'));
    CHECK(q.records[2].fields == strings({u"Bob", u"short"}));
    CHECK(q.records[2].line == 3 + big.count('\n'));

    const QByteArray plain = "note\n" + QByteArray(size, 'y') + "\n";
    const Drained p = drain(plain);
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[1].fields[0].size() == size);

    CsvOptions small;
    small.maxFieldLength = 1024 * 1024;
    const Drained limited = drain(quoted, small);
    REQUIRE(limited.error);
    CHECK(limited.error->code == u"csv.field_too_large");
    CHECK(limited.error->message.contains(u"Row 2"));
}

TEST_CASE("100,000 columns", "[io][malformed]")
{
    const int columns = 100000;
    QByteArray header, row;
    header.reserve(columns * 8);
    row.reserve(columns * 8);
    for (int i = 0; i < columns; ++i) {
        header += (i ? "," : "") + QByteArray("c") + QByteArray::number(i);
        row += (i ? "," : "") + QByteArray::number(i % 97);
    }
    const Drained wide = drain(header + "\r\n" + row + "\r\n");
    REQUIRE_FALSE(wide.error);
    REQUIRE(wide.records.size() == 2);
    CHECK(wide.records[0].fields.size() == columns);
    CHECK(wide.records[1].fields.size() == columns);
    CHECK(wide.records[0].fields.back() == u"c99999");
    CHECK(wide.records[1].fields[columns - 1] == QString::number((columns - 1) % 97));
    CHECK(wide.issues.isEmpty());

    // A 100,000-column row under a two-column header is one ragged-row report, not a failure.
    const Drained bomb = drain("a,b\n" + row + "\nx,y\n");
    REQUIRE_FALSE(bomb.error);
    REQUIRE(bomb.records.size() == 3);
    REQUIRE(bomb.issues.size() == 1);
    CHECK(bomb.issues[0].code == u"csv.ragged_row");
}

TEST_CASE("Mutated samples never crash either reader", "[io][malformed]")
{
    // A small deterministic fuzz pass that runs everywhere; tests/fuzz has the libFuzzer targets.
    QStringList samples;
    for (const char* dir : {"import", "malformed"}) {
        const QDir d(dataPath(QString::fromLatin1(dir)));
        for (const QString& f : d.entryList(QDir::Files))
            samples.append(QString::fromLatin1(dir) + u'/' + f);
    }
    QRandomGenerator rng(20240607);
    int runs = 0;
    for (const QString& sample : std::as_const(samples)) {
        const QByteArray original = readData(sample);
        for (int round = 0; round < 40; ++round) {
            QByteArray bytes = original;
            const int edits = 1 + int(rng.bounded(8));
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const qsizetype at = qsizetype(rng.bounded(quint32(bytes.size())));
                switch (rng.bounded(4)) {
                case 0: bytes[at] = char(rng.bounded(256)); break;
                case 1: bytes.insert(at, "\"\r\n;,=\\:"[rng.bounded(8)]); break;
                case 2: bytes.remove(at, 1 + rng.bounded(4)); break;
                default: bytes.truncate(at); break;
                }
            }
            const Drained d = drain(bytes);
            CHECK((d.error.has_value() || d.records.size() >= 0));
            const VCardParseResult v = VCardReader::parse(bytes);
            CHECK(v.issues.size() <= 1000);
            ++runs;
        }
    }
    CHECK(runs == samples.size() * 40);
}
