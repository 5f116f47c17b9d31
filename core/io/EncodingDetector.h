#pragma once

#include <QByteArrayView>
#include <QString>

namespace rapport {

// The encodings owners' files arrive in: Excel and phones write UTF-8 (with or without BOM) or UTF-16
// ("Unicode text"), Chinese Windows writes GB18030/GBK, western Windows writes Windows-1252.
enum class TextEncoding
{
    Auto,
    Utf8,
    Utf16LE,
    Utf16BE,
    Gb18030, // also reads GBK and GB2312, which it contains
    Windows1252,
};

// What detection decided, and why; shown to the owner so a wrong guess can be overridden.
struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype bomLength = 0; // bytes of byte-order mark to skip at the start
    bool binary = false;     // not text at all (a spreadsheet, an image, garbage)
    bool asciiOnly = false;  // every byte seen was ASCII: any encoding reads it the same
    bool overridden = false; // the caller chose the encoding
    QString reason;          // for people, translated
};

// Guesses a file's encoding from its first bytes: a byte-order mark; UTF-16 without one by its NUL
// pattern; binary data (zip/xlsx, old .xls, control bytes); valid UTF-8 wins; otherwise GB18030 and
// Windows-1252 are scored on how Chinese and Latin text use their high bytes.
class EncodingDetector
{
public:
    // `complete` says `head` is the whole file rather than a sample that may end mid-character.
    static EncodingGuess detect(QByteArrayView head, bool complete);
    // Honours a caller's choice but still skips a byte-order mark that matches it and still reports
    // binary data (except for UTF-16, where NULs are normal).
    static EncodingGuess choose(QByteArrayView head, TextEncoding encoding);
};

} // namespace rapport
