#pragma once

#include "EncodingDetector.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

class QTextCodec;

namespace rapport {

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
