#include "EncodingDetector.h"

#include "TextDecoding.h"

#include <QCoreApplication>

namespace rapport {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("rapport::EncodingDetector", text, nullptr, n);
}

bool isUnassigned1252(uchar b)
{
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
}

struct Utf8Stats
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
};

// Strict UTF-8 check (no overlongs, surrogates or values past U+10FFFF).
Utf8Stats scanUtf8(QByteArrayView d)
{
    Utf8Stats s;
    const auto* p = reinterpret_cast<const uchar*>(d.data());
    const qsizetype n = d.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int need = 0;
        uchar lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            ++s.invalid;
            ++i;
            continue;
        }
        if (i + need >= n) {
            // Cut by the end of the sample, or of a truncated file: the bytes before are what count.
            break;
        }
        bool ok = p[i + 1] >= lo && p[i + 1] <= hi;
        for (int k = 2; ok && k <= need; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok) {
            ++s.multiByte;
            i += need + 1;
        } else {
            ++s.invalid;
            ++i;
        }
    }
    return s;
}

struct LegacyStats
{
    qsizetype gbPairs = 0;
    qsizetype gbCommon = 0; // GB2312 hanzi and full-width punctuation: what Chinese text is made of
    qsizetype gbFourByte = 0;
    qsizetype gbInvalid = 0;
    qsizetype isolatedHigh = 0; // a lone non-ASCII byte between ASCII ones: an accented Latin letter
    qsizetype unassigned1252 = 0;
};

LegacyStats scanLegacy(QByteArrayView d, bool complete)
{
    LegacyStats s;
    const auto* p = reinterpret_cast<const uchar*>(d.data());
    const qsizetype n = d.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] >= 0x80) {
            const bool before = i == 0 || p[i - 1] < 0x80;
            const bool after = i + 1 == n || p[i + 1] < 0x80;
            s.isolatedHigh += before && after;
            s.unassigned1252 += isUnassigned1252(p[i]);
        }
    }
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
        } else if (i + 1 >= n) {
            s.gbInvalid += complete; // a lead byte cut off by the end of the sample says nothing
            ++i;
        } else if (b == 0x80 || b == 0xFF) {
            ++s.gbInvalid;
            ++i;
        } else if (p[i + 1] >= 0x30 && p[i + 1] <= 0x39) {
            if (i + 3 < n && p[i + 2] >= 0x81 && p[i + 2] <= 0xFE && p[i + 3] >= 0x30 && p[i + 3] <= 0x39) {
                ++s.gbFourByte;
                i += 4;
            } else {
                ++s.gbInvalid;
                ++i;
            }
        } else if ((p[i + 1] >= 0x40 && p[i + 1] <= 0x7E) || (p[i + 1] >= 0x80 && p[i + 1] <= 0xFE)) {
            ++s.gbPairs;
            const uchar t = p[i + 1];
            s.gbCommon += t >= 0xA1 && ((b >= 0xB0 && b <= 0xF7) || (b >= 0xA1 && b <= 0xA9));
            i += 2;
        } else {
            ++s.gbInvalid;
            ++i;
        }
    }
    return s;
}

// Excel "Unicode text" is UTF-16 LE without a BOM: ASCII characters leave a NUL in every other byte.
std::optional<TextEncoding> detectBomlessUtf16(QByteArrayView d)
{
    const qsizetype n = qMin<qsizetype>(d.size(), 8192) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += d[i] == 0;
        zeroOdd += d[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    if (zeroOdd * 10 >= units && zeroEven * 20 <= zeroOdd)
        return TextEncoding::Utf16LE;
    if (zeroEven * 10 >= units && zeroOdd * 20 <= zeroEven)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

// A reason when the bytes are clearly not text, empty when they may be.
QString binaryReason(QByteArrayView d)
{
    if (d.startsWith("PK\x03\x04"))
        return QCoreApplication::translate("rapport::EncodingDetector", "This is an Excel workbook (or another zipped file), not a text file. In Excel, choose "
                  "File > Save As > CSV UTF-8 and import that file.");
    if (d.startsWith("\xD0\xCF\x11\xE0"))
        return QCoreApplication::translate("rapport::EncodingDetector", "This is an old Excel (.xls) or Word document, not a text file. In Excel, choose "
                  "File > Save As > CSV UTF-8 and import that file.");
    const qsizetype n = qMin<qsizetype>(d.size(), 65536);
    qsizetype nul = 0, control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar b = uchar(d[i]);
        nul += b == 0;
        // Text has tabs, line ends, form feeds and the old DOS end-of-file 0x1A; binary has everything.
        control += (b >= 0x01 && b <= 0x08) || (b >= 0x0E && b <= 0x19) || (b >= 0x1C && b <= 0x1F);
    }
    if (nul * 1000 > n || nul >= 16 || control * 20 > n)
        return QCoreApplication::translate("rapport::EncodingDetector", "This file contains binary data, not text. Is it the right file?");
    return {};
}
} // namespace

EncodingGuess EncodingDetector::detect(QByteArrayView head, bool complete)
{
    EncodingGuess g;
    if (head.startsWith("\xEF\xBB\xBF")) {
        g.encoding = TextEncoding::Utf8;
        g.bomLength = 3;
        g.reason = tr("The file starts with a UTF-8 byte-order mark.");
        return g;
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        g.encoding = head.startsWith("\xFF\xFE") ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
        g.bomLength = 2;
        g.reason = tr("The file starts with a %1 byte-order mark.").arg(TextDecoding::name(g.encoding));
        return g;
    }
    if (const auto utf16 = detectBomlessUtf16(head)) {
        g.encoding = *utf16;
        g.reason = tr("The file is %1 text without a byte-order mark, as Excel's \"Unicode text\" writes.")
                       .arg(TextDecoding::name(g.encoding));
        return g;
    }
    if (const QString binary = binaryReason(head); !binary.isEmpty()) {
        g.binary = true;
        g.encoding = TextEncoding::Windows1252; // reads every byte, should anyone insist
        g.reason = binary;
        return g;
    }
    const Utf8Stats utf8 = scanUtf8(head);
    if (utf8.invalid == 0) {
        g.asciiOnly = utf8.multiByte == 0;
        g.reason = g.asciiOnly ? tr("The text so far is plain ASCII; it is read as UTF-8.")
                               : tr("The text is valid UTF-8.");
        return g;
    }
    // Mostly valid UTF-8 with a few stray bytes (a file edited in two programs): still UTF-8.
    if (utf8.multiByte >= 20 * utf8.invalid) {
        g.reason = tr("The text is UTF-8 with %n invalid byte sequence(s); those characters are replaced.", int(utf8.invalid));
        return g;
    }
    const LegacyStats s = scanLegacy(head, complete);
    const qsizetype gbEvidence = s.gbCommon + s.gbFourByte + 2 * s.unassigned1252;
    const bool gbClean = s.gbInvalid == 0 && gbEvidence > 0 && gbEvidence >= s.isolatedHigh && 2 * s.gbCommon >= s.gbPairs;
    const bool gbMostly = gbEvidence >= 10 * s.gbInvalid && gbEvidence > s.isolatedHigh;
    if (gbClean || gbMostly) {
        g.encoding = TextEncoding::Gb18030;
        g.reason = tr("The text is not UTF-8; it reads as Chinese GB18030/GBK.");
    } else {
        g.encoding = TextEncoding::Windows1252;
        g.reason = tr("The text is not UTF-8; it reads as Western Windows-1252.");
    }
    return g;
}

EncodingGuess EncodingDetector::choose(QByteArrayView head, TextEncoding encoding)
{
    if (encoding == TextEncoding::Auto)
        return detect(head, false);
    EncodingGuess g;
    g.encoding = encoding;
    g.overridden = true;
    if (encoding == TextEncoding::Utf8 && head.startsWith("\xEF\xBB\xBF"))
        g.bomLength = 3;
    else if ((encoding == TextEncoding::Utf16LE && head.startsWith("\xFF\xFE")) ||
             (encoding == TextEncoding::Utf16BE && head.startsWith("\xFE\xFF")))
        g.bomLength = 2;
    if (encoding != TextEncoding::Utf16LE && encoding != TextEncoding::Utf16BE) {
        if (const QString binary = binaryReason(head); !binary.isEmpty()) {
            g.binary = true;
            g.reason = binary;
            return g;
        }
    }
    g.reason = tr("Read as %1, as you chose.").arg(TextDecoding::name(encoding));
    return g;
}

} // namespace rapport
