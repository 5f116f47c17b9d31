#include "IoTestUtil.h"

#include "io/CsvDialect.h"
#include "io/CsvReader.h"

#include <QFile>

#include <algorithm>
#include <cstring>

using namespace rapport;
using rapport::test::bufferOf;
using rapport::test::readData;
using rapport::test::strings;

namespace {

QList<QStringList> rows(const QByteArray& csv, const CsvOptions& options = {})
{
    const Result<QList<QStringList>> all = CsvReader::readAll(csv, options);
    INFO((all ? QString() : all.error().message).toStdString());
    REQUIRE(all.ok());
    return all.value();
}

// Hands out at most `step` bytes per read, so every chunk boundary the reader can meet gets met.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step) : m_data(std::move(data)), m_step(step) { open(ReadOnly); }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min({max, m_step, qint64(m_data.size()) - m_pos});
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

QList<CsvRecord> records(QIODevice* device, const CsvOptions& options = {})
{
    CsvReader reader(device, options);
    QList<CsvRecord> out;
    CsvRecord record;
    for (;;) {
        const Result<bool> more = reader.next(record);
        INFO((more ? QString() : more.error().message).toStdString());
        REQUIRE(more.ok());
        if (!more.value())
            return out;
        out.append(record);
    }
}

// Resident memory of this process in KiB, 0 where /proc is not available.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

// ASan keeps freed memory in quarantine, which looks like growth; the check means nothing there.
#if defined(__SANITIZE_ADDRESS__)
#define RAPPORT_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RAPPORT_UNDER_ASAN 1
#endif
#endif
#ifndef RAPPORT_UNDER_ASAN
#define RAPPORT_UNDER_ASAN 0
#endif

TEST_CASE("RFC 4180 basics: quotes, doubled quotes, embedded newlines and separators", "[io][csv]")
{
    const auto r = rows("name,note\r\n\"Smith, John\",\"He said \"\"hi\"\"\"\r\nAda,\"two\r\nlines\"\r\n");
    REQUIRE(r.size() == 3);
    CHECK(r[0] == strings({u"name", u"note"}));
    CHECK(r[1] == strings({u"Smith, John", u"He said \"hi\""}));
    CHECK(r[2] == strings({u"Ada", u"two\r\nlines"}));
}

TEST_CASE("LF, CRLF and old Mac CR line ends, blank lines and a missing final newline", "[io][csv]")
{
    const QList<QStringList> expected{strings({u"a", u"b"}), strings({u"1", u"2"}), strings({u"3", u""})};
    CHECK(rows("a,b\n1,2\n3,\n") == expected);
    CHECK(rows("a,b\r\n1,2\r\n3,\r\n") == expected);
    CHECK(rows("a,b\r1,2\r3,\r") == expected);
    CHECK(rows("a,b\n\n1,2\r\n\r\n\r\n3,") == expected);
    CHECK(rows("") .isEmpty());
    CHECK(rows("\n\n\r\n").isEmpty());
    // A quoted empty field is data, not a blank line.
    CHECK(rows("a\n\"\"\nb\n") == QList<QStringList>{strings({u"a"}), strings({u""}), strings({u"b"})});
}

TEST_CASE("Lenient where real files are sloppy", "[io][csv]")
{
    // A quote inside an unquoted field is literal; text after a closing quote is kept.
    CHECK(rows("5\" screen,x\n") == QList<QStringList>{strings({u"5\" screen", u"x"})});
    CHECK(rows("\"abc\"def,x\n") == QList<QStringList>{strings({u"abcdef", u"x"})});
    // Spaces around fields are data.
    CHECK(rows(" a , b \n") == QList<QStringList>{strings({u" a ", u" b "})});
}

TEST_CASE("Separators are detected: comma, semicolon, tab, and Excel's sep= line", "[io][csv]")
{
    CHECK(CsvDialect::detectSeparator(u"name;city;note\nAda;London;\"a, b, c\"\nBob;Paris;x\n") == u';');
    CHECK(CsvDialect::detectSeparator(u"name\tcity\nAda, Countess\tLondon\n") == u'\t');
    CHECK(CsvDialect::detectSeparator(u"name,city\nAda;x,London\n") == u',');
    CHECK(CsvDialect::detectSeparator(u"just one column\n") == u',');

    auto buffer = bufferOf("sep=;\r\nname;note\r\nAda;a,b\r\n");
    CsvReader reader(buffer.get());
    CsvRecord record;
    REQUIRE(reader.next(record).value());
    CHECK(reader.separator() == u';');
    CHECK(reader.hadSepLine());
    CHECK(record.fields == strings({u"name", u"note"}));
    CHECK(record.line == 2);
    REQUIRE(reader.next(record).value());
    CHECK(record.fields == strings({u"Ada", u"a,b"}));

    CsvOptions forced;
    forced.separator = u'|';
    CHECK(rows("a|b,c\n", forced) == QList<QStringList>{strings({u"a", u"b,c"})});
}

TEST_CASE("Rows and lines are numbered for messages, embedded newlines included", "[io][csv]")
{
    auto buffer = bufferOf("h1,h2\n\"multi\nline\nvalue\",x\n\nlast,row\n");
    const QList<CsvRecord> r = records(buffer.get());
    REQUIRE(r.size() == 3);
    CHECK(r[0].row == 1);
    CHECK(r[0].line == 1);
    CHECK(r[1].row == 2);
    CHECK(r[1].line == 2);
    CHECK(r[2].row == 3);
    CHECK(r[2].line == 6); // after the three-line record and a blank line
}

TEST_CASE("Ragged rows are reported with their row number and still read", "[io][csv]")
{
    auto buffer = bufferOf(readData(QStringLiteral("malformed/ragged_rows.csv")));
    CsvReader reader(buffer.get());
    QList<QStringList> all;
    CsvRecord record;
    while (reader.next(record).value())
        all.append(record.fields);
    REQUIRE(all.size() == 4);
    CHECK(all[2] == strings({u"Bob", u"bob@example.com"}));
    CHECK(all[3].size() == 4);
    CHECK(reader.raggedRows() == 2);
    REQUIRE(reader.issues().size() == 2);
    CHECK(reader.issues()[0].row == 3);
    CHECK(reader.issues()[0].code == u"csv.ragged_row");
    CHECK(reader.issues()[0].message.contains(u"Row 3 has 2 columns"));
    CHECK(reader.issues()[1].row == 4);
}

TEST_CASE("An unterminated quote is a clear error with the row and line where it starts", "[io][csv]")
{
    auto buffer = bufferOf(readData(QStringLiteral("malformed/unterminated_quote.csv")));
    CsvReader reader(buffer.get());
    CsvRecord record;
    REQUIRE(reader.next(record).value());
    REQUIRE(reader.next(record).value());
    CHECK(record.fields == strings({u"Ada", u"fine"}));
    const Result<bool> broken = reader.next(record);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == u"csv.unterminated_quote");
    CHECK(broken.error().message.contains(u"Row 3"));
    CHECK(broken.error().message.contains(u"line 3"));
    // The error sticks.
    CHECK(reader.next(record).error().code == u"csv.unterminated_quote");
}

TEST_CASE("Encoded files read through the reader", "[io][csv]")
{
    const QList<QStringList> gbk = rows(readData(QStringLiteral("import/excel_chinese_gbk.csv")));
    REQUIRE(gbk.size() == 4);
    CHECK(gbk[0] == strings({u"姓名", u"公司", u"电话", u"邮箱", u"地址", u"生日", u"备注"}));
    CHECK(gbk[2][0] == u"李四");
    CHECK(gbk[2][6] == u"需要发票，月底结算");

    const QList<QStringList> unicodeText = rows(readData(QStringLiteral("import/excel_unicode_text_utf16le_bom.txt")));
    REQUIRE(unicodeText.size() == 3);
    CHECK(unicodeText[2] == strings({u"José Müller", u"Café Zoë", u"+49 30 1234567"}));
    CHECK(rows(readData(QStringLiteral("import/utf16be_bom.csv"))) == unicodeText);
    CHECK(rows(readData(QStringLiteral("import/utf16le_no_bom.txt"))) == unicodeText);

    const QList<QStringList> western = rows(readData(QStringLiteral("import/windows1252_semicolon.csv")));
    REQUIRE(western.size() == 4);
    CHECK(western[0][0] == u"Vorname");
    CHECK(western[2][2] == u"Café “Zoë” SARL");
    CHECK(rows(readData(QStringLiteral("import/windows1252_no_sep_line.csv"))) == western);

    CsvOptions forced;
    forced.encoding = TextEncoding::Utf8;
    auto buffer = bufferOf(readData(QStringLiteral("import/excel_chinese_gbk.csv")));
    CsvReader reader(buffer.get(), forced);
    CsvRecord record;
    while (reader.next(record).value()) {
    }
    CHECK(reader.encoding().overridden);
    CHECK(reader.issueCount() >= 1);
    CHECK(reader.issues().front().code == u"csv.invalid_bytes");
}

TEST_CASE("Chunk boundaries anywhere change nothing", "[io][csv]")
{
    QByteArray csv = "\xEF\xBB\xBFname,note,city\r\n";
    for (int i = 0; i < 50; ++i)
        csv += "\"张三 " + QByteArray::number(i) + "\",\"说 \"\"你好\"\"\r\n第二行\",北京\r\n";
    csv += "end,\"\",x";
    const QList<QStringList> expected = rows(csv);
    REQUIRE(expected.size() == 52);
    CHECK(expected[1] == strings({u"张三 0", u"说 \"你好\"\r\n第二行", u"北京"}));
    CHECK(expected[51] == strings({u"end", u"", u"x"}));
    for (const qint64 step : {1, 2, 3, 5, 16, 1000}) {
        TrickleDevice device(csv, step);
        const QList<CsvRecord> r = records(&device);
        REQUIRE(r.size() == expected.size());
        for (qsizetype i = 0; i < r.size(); ++i)
            CHECK(r[i].fields == expected[i]);
        CHECK(r.back().line == 102);
    }
}

TEST_CASE("An ASCII start does not fix the encoding: the first non-ASCII chunk decides", "[io][csv]")
{
    QByteArray csv = "name,city\n";
    while (csv.size() < 300 * 1024)
        csv += "Customer,Somewhere\n";
    const QByteArray gbkRow = readData(QStringLiteral("import/excel_chinese_gbk.csv")).split('\n').at(1) + '\n';
    csv += gbkRow;
    auto buffer = bufferOf(csv);
    CsvReader reader(buffer.get());
    CsvRecord record;
    QStringList last;
    while (reader.next(record).value())
        last = record.fields;
    CHECK(reader.encoding().encoding == TextEncoding::Gb18030);
    CHECK(last.value(0) == u"张三");
    CHECK(reader.bytesRead() == csv.size());
}

TEST_CASE("One million rows stream with flat memory", "[io][csv][slow]")
{
    // Generated on the fly: nothing on disk, and the reader never sees the whole input at once.
    class RowSource : public QIODevice
    {
    public:
        explicit RowSource(int rows) : m_rows(rows) { open(ReadOnly); }
        bool isSequential() const override { return true; }
        bool atEnd() const override { return m_next > m_rows && m_pending.isEmpty(); }

    protected:
        qint64 readData(char* out, qint64 max) override
        {
            while (m_pending.size() < max && m_next <= m_rows) {
                m_pending += m_next == 0 ? QByteArray("id,name,email,phone,note\n")
                                         : "r" + QByteArray::number(m_next) + ",Customer " +
                                               QByteArray::number(m_next) + ",c" + QByteArray::number(m_next) +
                                               "@example.com,+86 138 0013 8000,\"quoted, with comma\"\n";
                ++m_next;
            }
            const qint64 n = qMin<qint64>(max, m_pending.size());
            std::memcpy(out, m_pending.constData(), size_t(n));
            m_pending.remove(0, n);
            return n;
        }
        qint64 writeData(const char*, qint64) override { return -1; }

    private:
        int m_rows;
        int m_next = 0;
        QByteArray m_pending;
    };

    RowSource source(1000000);
    CsvReader reader(&source);
    CsvRecord record;
    qint64 count = 0;
    qsizetype maxFields = 0;
    const qint64 baseline = residentKiB();
    qint64 peak = baseline;
    while (reader.next(record).value()) {
        ++count;
        maxFields = qMax(maxFields, record.fields.size());
        if (count % 100000 == 0)
            peak = qMax(peak, residentKiB());
    }
    CHECK(count == 1000001);
    CHECK(reader.bytesRead() > 80000000); // as QString the text alone would be twice that
#if !RAPPORT_UNDER_ASAN
    if (baseline > 0)
        CHECK(peak - baseline < 32 * 1024);
#endif
    CHECK(maxFields == 5);
    CHECK(record.fields.isEmpty());
    CHECK(reader.issueCount() == 0);
}

TEST_CASE("Excel's sep= line, plain or quoted", "[io][csv]")
{
    QChar sep;
    CHECK(CsvDialect::sepLineLength(u"sep=;\r\na;b", &sep) == 7);
    CHECK(sep == u';');
    CHECK(CsvDialect::sepLineLength(u"SEP=\t\nx", &sep) == 6);
    CHECK(sep == u'\t');
    CHECK(CsvDialect::sepLineLength(u"\"sep=|\"\na|b", &sep) == 8);
    CHECK(sep == u'|');
    CHECK(CsvDialect::sepLineLength(u"sep=,", &sep) == 5);
    CHECK(CsvDialect::sepLineLength(u"sep=;x\n", nullptr) == 0);
    CHECK(CsvDialect::sepLineLength(u"separator,x\n", nullptr) == 0);
    CHECK(CsvDialect::sepLineLength(u"sep=\n", nullptr) == 0);
    CHECK(rows("\"sep=;\"\r\na;b\r\n") == QList<QStringList>{strings({u"a", u"b"})});
    CHECK(rows("sep=;").isEmpty());
}
