#include "IoTestUtil.h"

#include "io/TextDecoding.h"

using namespace rapport;
using rapport::test::readData;

namespace {

QString decodeInChunks(const QByteArray& bytes, TextEncoding encoding, qsizetype chunk)
{
    TextDecoding decoder(encoding);
    QString text;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        text += decoder.decode(QByteArrayView(bytes).sliced(i, qMin(chunk, bytes.size() - i)));
    return text + decoder.finish();
}

} // namespace

TEST_CASE("Byte-order marks decide the encoding", "[io][encoding]")
{
    const EncodingGuess utf8 = EncodingDetector::detect("\xEF\xBB\xBFname", true);
    CHECK(utf8.encoding == TextEncoding::Utf8);
    CHECK(utf8.bomLength == 3);

    const EncodingGuess le = EncodingDetector::detect(QByteArray("\xFF\xFEn\0a\0", 6), true);
    CHECK(le.encoding == TextEncoding::Utf16LE);
    CHECK(le.bomLength == 2);

    const EncodingGuess be = EncodingDetector::detect(QByteArray("\xFE\xFF\0n\0a", 6), true);
    CHECK(be.encoding == TextEncoding::Utf16BE);
    CHECK_FALSE(be.reason.isEmpty());

    EncodingGuess guess;
    CHECK(TextDecoding::decodeAll(readData(QStringLiteral("import/excel_chinese_utf8_bom.csv")), TextEncoding::Auto,
                                  &guess)
              .startsWith(u"姓名,公司"));
    CHECK(guess.bomLength == 3);
}

TEST_CASE("Excel Unicode text without a BOM is found by its NUL pattern", "[io][encoding]")
{
    const QByteArray le = readData(QStringLiteral("import/utf16le_no_bom.txt"));
    EncodingGuess guess;
    const QString text = TextDecoding::decodeAll(le, TextEncoding::Auto, &guess);
    CHECK(guess.encoding == TextEncoding::Utf16LE);
    CHECK(guess.bomLength == 0);
    CHECK(text.startsWith(u"姓名\t公司\t电话\r\n张三"));
    CHECK(text.contains(u"José Müller"));

    // Big-endian without a BOM: the same text with bytes swapped.
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    CHECK(EncodingDetector::detect(be, true).encoding == TextEncoding::Utf16BE);
    CHECK(TextDecoding::decodeAll(be) == text);
}

TEST_CASE("GBK from Chinese Excel is told apart from UTF-8 and Windows-1252", "[io][encoding]")
{
    EncodingGuess guess;
    const QString text =
        TextDecoding::decodeAll(readData(QStringLiteral("import/excel_chinese_gbk.csv")), TextEncoding::Auto, &guess);
    CHECK(guess.encoding == TextEncoding::Gb18030);
    CHECK_FALSE(guess.binary);
    CHECK(text.startsWith(u"姓名,公司,电话,邮箱"));
    CHECK(text.contains(u"张三,北京星辰科技有限公司,138-0013-8000"));
    CHECK(text.contains(u"需要发票，月底结算"));

    // Four-byte GB18030 sequences: a CJK Extension B character and an emoji.
    const QString fourByte = TextDecoding::decodeAll(readData(QStringLiteral("import/gb18030_fourbyte.csv")));
    CHECK(fourByte == QString::fromUtf8("姓名,备注\r\n𠀀先生,好评😀\r\n张三,普通\r\n"));
}

TEST_CASE("Windows-1252 is read with its own table, curly quotes and euro included", "[io][encoding]")
{
    EncodingGuess guess;
    const QString text = TextDecoding::decodeAll(readData(QStringLiteral("import/windows1252_semicolon.csv")),
                                                 TextEncoding::Auto, &guess);
    CHECK(guess.encoding == TextEncoding::Windows1252);
    CHECK(text.contains(u"Jürgen;Müller;Bäckerei Müller GmbH"));
    CHECK(text.contains(u"Café “Zoë” SARL"));
    CHECK(text.contains(u"Price €12 — special"));
    CHECK(text.contains(u"Søren;Ødegård"));

    // Every byte maps somewhere; unassigned ones become the C1 control of the same value.
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString decoded = TextDecoding(TextEncoding::Windows1252).decode(all);
    REQUIRE(decoded.size() == 256);
    CHECK(decoded[0x80] == QChar(0x20AC));
    CHECK(decoded[0x81] == QChar(0x81));
    CHECK(decoded[0x9F] == QChar(0x178));
    CHECK(decoded[0xE9] == QChar(0xE9));
}

TEST_CASE("Plain ASCII is reported as such", "[io][encoding]")
{
    const EncodingGuess guess = EncodingDetector::detect("name,email\nAda,ada@example.com\n", true);
    CHECK(guess.encoding == TextEncoding::Utf8);
    CHECK(guess.asciiOnly);
    CHECK_FALSE(guess.binary);
}

TEST_CASE("Decoding gives the same text however the bytes are chunked", "[io][encoding]")
{
    const QString expected = QString::fromUtf8("姓名,备注\r\n𠀀先生,好评😀 Zoë “q” €\r\n");
    const QList<std::pair<TextEncoding, QByteArray>> inputs{
        {TextEncoding::Utf8, expected.toUtf8()},
        {TextEncoding::Utf16LE, QByteArray(reinterpret_cast<const char*>(expected.utf16()), expected.size() * 2)},
        {TextEncoding::Gb18030, readData(QStringLiteral("import/gb18030_fourbyte.csv"))},
        {TextEncoding::Windows1252, readData(QStringLiteral("import/windows1252_semicolon.csv"))},
    };
    for (const auto& [encoding, bytes] : inputs) {
        const QString whole = TextDecoding::decodeAll(bytes, encoding);
        INFO(TextDecoding::name(encoding).toStdString());
        if (encoding == TextEncoding::Utf8 || encoding == TextEncoding::Utf16LE)
            CHECK(whole == expected);
        for (const qsizetype chunk : {1, 2, 3, 5, 7, 64}) {
            CHECK(decodeInChunks(bytes, encoding, chunk) == whole);
        }
    }
}

TEST_CASE("Invalid and truncated bytes become U+FFFD and are counted", "[io][encoding]")
{
    TextDecoding decoder(TextEncoding::Utf8);
    QString text = decoder.decode("ok \xFF\xFE end \xE5\xBC");
    CHECK(text.startsWith(u"ok "));
    CHECK(text.contains(QChar::ReplacementCharacter));
    CHECK(text.contains(u" end "));
    text += decoder.finish(); // the cut sequence at the end
    CHECK(text.endsWith(QChar::ReplacementCharacter));
    CHECK(decoder.invalidSequences() >= 2);

    TextDecoding odd(TextEncoding::Utf16LE);
    CHECK(odd.decode(QByteArray("a\0b", 3)) == u"a");
    CHECK(odd.finish() == QString(QChar::ReplacementCharacter));
    CHECK(odd.invalidSequences() == 1);
}

TEST_CASE("Binary files are recognised, spreadsheets by name", "[io][encoding]")
{
    const EncodingGuess xlsx = EncodingDetector::detect(readData(QStringLiteral("malformed/xlsx_renamed.csv")), true);
    CHECK(xlsx.binary);
    CHECK(xlsx.reason.contains(u"Excel"));

    const EncodingGuess garbage = EncodingDetector::detect(readData(QStringLiteral("malformed/binary_garbage.csv")), true);
    CHECK(garbage.binary);
    CHECK_FALSE(garbage.reason.isEmpty());
}

TEST_CASE("An override is honoured and still skips a matching BOM", "[io][encoding]")
{
    const QByteArray gbk = readData(QStringLiteral("import/excel_chinese_gbk.csv"));
    const EncodingGuess forced = EncodingDetector::choose(gbk, TextEncoding::Windows1252);
    CHECK(forced.overridden);
    CHECK(forced.encoding == TextEncoding::Windows1252);
    CHECK_FALSE(TextDecoding::decodeAll(gbk, TextEncoding::Windows1252).contains(u"张三"));

    const EncodingGuess bom = EncodingDetector::choose("\xEF\xBB\xBFx", TextEncoding::Utf8);
    CHECK(bom.bomLength == 3);
    CHECK(TextDecoding::decodeAll("\xEF\xBB\xBFx", TextEncoding::Utf8) == u"x");
}

TEST_CASE("Encoding names from CHARSET parameters and the command line", "[io][encoding]")
{
    CHECK(TextDecoding::encodingForName(u"UTF-8") == TextEncoding::Utf8);
    CHECK(TextDecoding::encodingForName(u"utf8") == TextEncoding::Utf8);
    CHECK(TextDecoding::encodingForName(u"GB2312") == TextEncoding::Gb18030);
    CHECK(TextDecoding::encodingForName(u"gbk") == TextEncoding::Gb18030);
    CHECK(TextDecoding::encodingForName(u"CP936") == TextEncoding::Gb18030);
    CHECK(TextDecoding::encodingForName(u"GB18030") == TextEncoding::Gb18030);
    CHECK(TextDecoding::encodingForName(u"windows-1252") == TextEncoding::Windows1252);
    CHECK(TextDecoding::encodingForName(u"ISO-8859-1") == TextEncoding::Windows1252);
    CHECK(TextDecoding::encodingForName(u"UTF-16") == TextEncoding::Utf16LE);
    CHECK(TextDecoding::encodingForName(u"utf-16be") == TextEncoding::Utf16BE);
    CHECK(TextDecoding::encodingForName(u"auto") == TextEncoding::Auto);
    CHECK_FALSE(TextDecoding::encodingForName(u"klingon").has_value());
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Gb18030,
                           TextEncoding::Windows1252})
        CHECK(TextDecoding::encodingForName(TextDecoding::name(e)) == e);
}
