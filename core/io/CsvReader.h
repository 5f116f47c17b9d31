#pragma once

#include "Result.h"
#include "io/TextDecoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace rapport {

struct CsvOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    // ',' ';' or '\t'; a null QChar detects it (an Excel "sep=" first line always wins).
    QChar separator;
    // A field longer than this is an error, not an out-of-memory: an unbalanced quote early in a big
    // file would otherwise swallow the whole rest of it.
    qsizetype maxFieldLength = 64 * 1024 * 1024;
    // Non-fatal issues kept for the report; later ones are only counted.
    qsizetype maxIssues = 1000;
};

struct CsvRecord
{
    QStringList fields;
    qint64 row = 0;  // 1-based record number; the header is row 1
    qint64 line = 0; // 1-based line of the file where the record starts
};

// Something the owner should know that did not stop reading (a short row, garbled characters).
struct CsvIssue
{
    qint64 row = 0;
    qint64 line = 0;
    QString code; // "csv.ragged_row", "csv.invalid_bytes"
    QString message;
};

// Streaming RFC 4180 reader with the quirks of real exports: encodings detected (TextDecoding),
// separator detected, quoted fields with newlines and doubled quotes, CRLF/LF/CR line ends, blank
// lines skipped. Memory stays flat whatever the file size: one chunk plus the current record.
//
//     QFile file(path);  file.open(QIODevice::ReadOnly);
//     CsvReader reader(&file);
//     CsvRecord record;
//     while (true) {
//         const Result<bool> more = reader.next(record);
//         if (!more) { show(more.error().message); break; }
//         if (!more.value()) break;
//         use(record.fields);
//     }
class CsvReader
{
public:
    // The device must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice* device, const CsvOptions& options = {});
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // true: `record` holds the next record. false: end of input. Error: the file cannot be read on
    // (binary data, unterminated quote, read failure); the same error is returned from then on.
    Result<bool> next(CsvRecord& record);

    // Known after the first next().
    const EncodingGuess& encoding() const { return m_guess; }
    QChar separator() const { return m_separator; }
    bool hadSepLine() const { return m_sepLine; }

    const QList<CsvIssue>& issues() const { return m_issues; }
    qint64 issueCount() const { return m_issueCount; }
    qint64 raggedRows() const { return m_raggedRows; }
    // Progress: bytes consumed from the device so far.
    qint64 bytesRead() const { return m_bytesRead; }

    // Reads everything in memory: previews, tests, small files.
    static Result<QList<QStringList>> readAll(const QByteArray& data, const CsvOptions& options = {});

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    };

    Status start();
    bool fill();
    void switchEncodingIfNeeded(QByteArrayView raw);
    Result<bool> fail(const Error& error);
    Result<bool> endOfInput(CsvRecord& record);
    bool finishRecord(CsvRecord& record);
    void addIssue(qint64 row, qint64 line, const QString& code, const QString& message);
    void countLines(QStringView span);

    QIODevice* m_device;
    CsvOptions m_options;
    EncodingGuess m_guess;
    std::optional<TextDecoding> m_decoder;
    QChar m_separator;
    bool m_started = false;
    bool m_sepLine = false;
    bool m_eof = false;
    std::optional<Error> m_error;

    QByteArray m_raw;  // the current chunk of bytes
    QString m_text;    // the current chunk of text
    qsizetype m_pos = 0;
    QString m_field;   // the field being read when it crosses chunks or holds escaped quotes
    State m_state = State::FieldStart;
    bool m_recordStarted = false;
    bool m_quotedInRecord = false;
    bool m_flushed = false;
    bool m_skipLf = false;    // the record ended with CR; a following LF belongs to it
    bool m_pendingCr = false; // a quoted span ended in CR at the chunk end
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_quoteLine = 0;
    qint64 m_row = 0;
    qsizetype m_expectedFields = -1;
    qint64 m_bytesRead = 0;
    qsizetype m_reportedInvalid = 0;

    QList<CsvIssue> m_issues;
    qint64 m_issueCount = 0;
    qint64 m_raggedRows = 0;
};

} // namespace rapport
