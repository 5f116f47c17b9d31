#include "TextDecoding.h"

#include <QStringDecoder>
#include <QTextCodec>

namespace rapport {
namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. The five unassigned bytes map to the C1
// control of the same value, as the WHATWG encoding standard does, so no byte is ever lost.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

} // namespace

TextDecoding::TextDecoding(TextEncoding encoding)
    : m_encoding(encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding)
{
    if (m_encoding == TextEncoding::Gb18030)
        m_codec = QTextCodec::codecForName("GB18030");
}

TextDecoding::~TextDecoding() = default;
TextDecoding::TextDecoding(TextDecoding&&) noexcept = default;
TextDecoding& TextDecoding::operator=(TextDecoding&&) noexcept = default;

QString TextDecoding::decode(QByteArrayView chunk)
{
    QString out;
    decode(chunk, out);
    return out;
}

void TextDecoding::decode(QByteArrayView chunk, QString& out)
{
    if (!m_pending.isEmpty()) {
        // Rare: only when a multi-byte sequence straddled the previous boundary.
        QByteArray joined = m_pending + chunk.toByteArray();
        m_pending.clear();
        const qsizetype cut = completePrefix(joined);
        m_pending = joined.mid(cut);
        decodeComplete(QByteArrayView(joined).first(cut), out);
        return;
    }
    const qsizetype cut = completePrefix(chunk);
    if (cut < chunk.size())
        m_pending = chunk.sliced(cut).toByteArray();
    decodeComplete(chunk.first(cut), out);
}

QString TextDecoding::finish()
{
    QString out;
    if (m_pending.isEmpty())
        return out;
    const QByteArray rest = std::exchange(m_pending, {});
    if (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE) {
        decodeComplete(QByteArrayView(rest).first(rest.size() & ~qsizetype(1)), out);
        if (rest.size() % 2) {
            out.append(QChar::ReplacementCharacter);
            ++m_invalid;
        }
        return out;
    }
    decodeComplete(rest, out); // an incomplete sequence decodes as U+FFFD
    if (!out.contains(QChar::ReplacementCharacter)) {
        out.append(QChar::ReplacementCharacter);
        ++m_invalid;
    }
    return out;
}

// Length of the longest prefix that ends on a character boundary.
qsizetype TextDecoding::completePrefix(QByteArrayView d) const
{
    const qsizetype n = d.size();
    const auto* p = reinterpret_cast<const uchar*>(d.data());
    switch (m_encoding) {
    case TextEncoding::Utf8: {
        qsizetype i = n - 1;
        int continuation = 0;
        while (i >= 0 && continuation < 3 && (p[i] & 0xC0) == 0x80) {
            --i;
            ++continuation;
        }
        if (i < 0 || p[i] < 0xC0)
            return n;
        const int length = p[i] >= 0xF0 ? 4 : p[i] >= 0xE0 ? 3 : 2;
        return n - i < length ? i : n;
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        qsizetype cut = n & ~qsizetype(1);
        if (cut >= 2) {
            const char16_t last = m_encoding == TextEncoding::Utf16LE ? char16_t(p[cut - 2] | (p[cut - 1] << 8))
                                                                       : char16_t((p[cut - 2] << 8) | p[cut - 1]);
            if (QChar::isHighSurrogate(last))
                cut -= 2; // keep the pair together
        }
        return cut;
    }
    case TextEncoding::Gb18030: {
        qsizetype i = 0;
        while (i < n) {
            const uchar b = p[i];
            if (b < 0x81 || b == 0xFF) {
                ++i;
            } else if (i + 1 >= n) {
                return i;
            } else if (p[i + 1] >= 0x30 && p[i + 1] <= 0x39) {
                if (i + 3 >= n)
                    return i;
                i += 4;
            } else {
                i += 2;
            }
        }
        return n;
    }
    case TextEncoding::Windows1252:
    case TextEncoding::Auto:
        break;
    }
    return n;
}

void TextDecoding::decodeComplete(QByteArrayView data, QString& out)
{
    switch (m_encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8: {
        // Stateless: we cut on character boundaries ourselves. ConvertInitialBom keeps a U+FEFF that
        // starts a chunk; the file's real BOM was skipped by the caller.
        QStringDecoder decoder(QStringConverter::Utf8,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        out.resize(decoder.requiredSpace(data.size()));
        QChar* end = decoder.appendToBuffer(out.data(), data);
        out.truncate(end - out.constData());
        if (decoder.hasError())
            m_invalid += qMax<qsizetype>(1, out.count(QChar::ReplacementCharacter));
        return;
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const qsizetype units = data.size() / 2;
        out.resize(units);
        const auto* p = reinterpret_cast<const uchar*>(data.data());
        char16_t* o = reinterpret_cast<char16_t*>(out.data());
        if (m_encoding == TextEncoding::Utf16LE) {
            for (qsizetype i = 0; i < units; ++i)
                o[i] = char16_t(p[2 * i] | (p[2 * i + 1] << 8));
        } else {
            for (qsizetype i = 0; i < units; ++i)
                o[i] = char16_t((p[2 * i] << 8) | p[2 * i + 1]);
        }
        return;
    }
    case TextEncoding::Windows1252: {
        out.resize(data.size());
        const auto* p = reinterpret_cast<const uchar*>(data.data());
        char16_t* o = reinterpret_cast<char16_t*>(out.data());
        for (qsizetype i = 0; i < data.size(); ++i) {
            const uchar b = p[i];
            o[i] = (b >= 0x80 && b < 0xA0) ? kCp1252High[b - 0x80] : char16_t(b);
        }
        return;
    }
    case TextEncoding::Gb18030: {
        if (!m_codec) { // never expected: Core5Compat always carries GB18030
            out = QString(data.size(), QChar::ReplacementCharacter);
            m_invalid += data.size();
            return;
        }
        QTextCodec::ConverterState state(QTextCodec::IgnoreHeader);
        out = m_codec->toUnicode(data.data(), int(data.size()), &state);
        if (state.invalidChars > 0)
            m_invalid += state.invalidChars;
        return;
    }
    }
}

QString TextDecoding::decodeAll(QByteArrayView data, TextEncoding encoding, EncodingGuess* guess)
{
    const EncodingGuess g = encoding == TextEncoding::Auto ? EncodingDetector::detect(data, true)
                                                           : EncodingDetector::choose(data, encoding);
    if (guess)
        *guess = g;
    TextDecoding decoder(g.encoding);
    QString text = decoder.decode(data.sliced(g.bomLength));
    text += decoder.finish();
    return text;
}

std::optional<TextEncoding> TextDecoding::encodingForName(QStringView name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    if (key == u"auto" || key.isEmpty())
        return TextEncoding::Auto;
    if (key == u"utf8" || key == u"utf8bom" || key == u"ascii" || key == u"usascii")
        return TextEncoding::Utf8;
    if (key == u"utf16" || key == u"utf16le" || key == u"unicode" || key == u"ucs2")
        return TextEncoding::Utf16LE; // Windows' "Unicode" is little-endian
    if (key == u"utf16be" || key == u"unicodefffe")
        return TextEncoding::Utf16BE;
    if (key == u"gb18030" || key == u"gbk" || key == u"gb2312" || key == u"cp936" || key == u"ms936" ||
        key == u"windows936" || key == u"euccn" || key == u"chinese" || key == u"csgb2312")
        return TextEncoding::Gb18030;
    if (key == u"windows1252" || key == u"cp1252" || key == u"latin1" || key == u"iso88591" || key == u"l1" ||
        key == u"iso885915" || key == u"ansi" || key == u"western")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

QString TextDecoding::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

} // namespace rapport
