#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

class QTextCodec;

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

// A streaming decoder for one encoding. decode() may be fed any chunking of the bytes: sequences split
// between chunks are held back and completed by the next chunk; finish() flushes what is left.
// Bytes that are invalid in the encoding become U+FFFD and are counted, never fatal.
class TextDecoding
{
public:
    explicit TextDecoding(TextEncoding encoding);
    ~TextDecoding();
    TextDecoding(TextDecoding&&) noexcept;
    TextDecoding& operator=(TextDecoding&&) noexcept;

    TextEncoding encoding() const { return m_encoding; }
    // Replaces `out` with the text of `chunk` (reusing its capacity).
    void decode(QByteArrayView chunk, QString& out);
    QString decode(QByteArrayView chunk);
    // Text of an incomplete sequence left at the end of the input (as U+FFFD), then resets.
    QString finish();
    // Number of invalid byte sequences seen so far.
    qsizetype invalidSequences() const { return m_invalid; }

    // Guesses the encoding from the first bytes of a file. `complete` says `head` is the whole file,
    // so a sequence cut at its end is an error rather than the edge of the sample.
    static EncodingGuess detect(QByteArrayView head, bool complete);
    // Honours a caller's choice but still skips a byte-order mark that matches it.
    static EncodingGuess choose(QByteArrayView head, TextEncoding encoding);
    // Decodes a whole buffer; `encoding` Auto detects. Binary input decodes as Windows-1252 garbage:
    // check guess->binary when that matters.
    static QString decodeAll(QByteArrayView data, TextEncoding encoding = TextEncoding::Auto,
                             EncodingGuess* guess = nullptr);

    // "UTF-8", "utf8", "GBK", "gb2312", "CP936", "windows-1252", "latin1", "UTF-16LE", ... (case and
    // punctuation ignored). Latin-1 maps to Windows-1252, as browsers do: the files are the same in practice.
    static std::optional<TextEncoding> encodingForName(QStringView name);
    static QString name(TextEncoding encoding);

private:
    qsizetype completePrefix(QByteArrayView data) const;
    void decodeComplete(QByteArrayView data, QString& out);

    TextEncoding m_encoding;
    QByteArray m_pending; // bytes of a sequence cut by the chunk boundary
    qsizetype m_invalid = 0;
    QTextCodec* m_codec = nullptr; // GB18030 tables (owned by Qt)
};

} // namespace rapport
