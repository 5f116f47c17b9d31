#include "CsvReader.h"

#include "CsvDialect.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>


namespace rapport {
namespace {

// Big enough that per-chunk overhead vanishes and detection sees plenty of the file.
constexpr qint64 kChunkSize = 128 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::CsvReader", text);
}

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

CsvReader::CsvReader(QIODevice* device, const CsvOptions& options) : m_device(device), m_options(options) {}

CsvReader::~CsvReader() = default;

Result<bool> CsvReader::fail(const Error& error)
{
    m_error = error;
    return error;
}

Status CsvReader::start()
{
    m_started = true;
    if (!m_device || !m_device->isReadable())
        return makeError(QStringLiteral("csv.unreadable"), tr("The file is not open for reading."));
    // Detection needs a real sample: keep reading until the first chunk is full, even from devices
    // that hand out a few bytes at a time.
    m_raw.resize(kChunkSize);
    qint64 n = 0;
    while (n < kChunkSize) {
        const qint64 got = m_device->read(m_raw.data() + n, kChunkSize - n);
        if (got < 0)
            return makeError(QStringLiteral("csv.read_failed"),
                             tr("The file could not be read: %1").arg(m_device->errorString()));
        if (got == 0) {
            m_eof = true;
            break;
        }
        n += got;
    }
    m_raw.resize(n);
    m_bytesRead = n;
    m_guess = m_options.encoding == TextEncoding::Auto ? EncodingDetector::detect(m_raw, m_eof)
                                                       : EncodingDetector::choose(m_raw, m_options.encoding);
    if (m_guess.binary)
        return makeError(QStringLiteral("csv.binary"), m_guess.reason);
    m_decoder.emplace(m_guess.encoding);
    m_decoder->decode(QByteArrayView(m_raw).sliced(m_guess.bomLength), m_text);

    // Excel's own hint on the first line wins over detection and options.
    if (const qsizetype skip = CsvDialect::sepLineLength(m_text, &m_separator); skip > 0) {
        m_sepLine = true;
        m_pos = skip;
        m_line = 2;
    }
    if (!m_sepLine)
        m_separator = m_options.separator.isNull() ? CsvDialect::detectSeparator(m_text) : m_options.separator;
    return Ok{};
}

// A file that is ASCII at first is read as UTF-8; the first non-ASCII chunk decides for real. Nothing
// read so far changes, since every encoding reads ASCII alike.
void CsvReader::switchEncodingIfNeeded(QByteArrayView raw)
{
    if (!m_guess.asciiOnly || m_guess.overridden)
        return;
    const auto* p = reinterpret_cast<const uchar*>(raw.data());
    bool high = false;
    for (qsizetype i = 0; i < raw.size() && !high; ++i)
        high = p[i] >= 0x80;
    if (!high)
        return;
    const EncodingGuess later = EncodingDetector::detect(raw, m_eof);
    m_guess.asciiOnly = false;
    if (later.binary || later.encoding == m_guess.encoding || later.encoding == TextEncoding::Utf16LE ||
        later.encoding == TextEncoding::Utf16BE)
        return;
    m_guess.encoding = later.encoding;
    m_guess.reason = later.reason;
    m_decoder.emplace(later.encoding);
}

bool CsvReader::fill()
{
    m_pos = 0;
    m_text.clear();
    if (m_eof) {
        if (m_flushed)
            return false;
        m_flushed = true;
        m_text = m_decoder->finish();
        return true;
    }
    m_raw.resize(kChunkSize);
    const qint64 n = m_device->read(m_raw.data(), kChunkSize);
    if (n < 0) {
        m_error = makeError(QStringLiteral("csv.read_failed"),
                            tr("The file could not be read: %1").arg(m_device->errorString()));
        return false;
    }
    m_raw.resize(n);
    m_bytesRead += n;
    if (n == 0) {
        m_eof = true;
        return true; // the loop comes back here to flush the decoder
    }
    switchEncodingIfNeeded(m_raw);
    m_decoder->decode(m_raw, m_text);
    return true;
}

void CsvReader::countLines(QStringView span)
{
    const qsizetype n = span.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = span[i].unicode();
        if (c == u'\n') {
            ++m_line;
        } else if (c == u'\r') {
            if (i + 1 < n) {
                m_line += span[i + 1] != u'\n';
            } else {
                m_pendingCr = true; // decided by the next character
            }
        }
    }
}

void CsvReader::addIssue(qint64 row, qint64 line, const QString& code, const QString& message)
{
    ++m_issueCount;
    if (m_issues.size() < m_options.maxIssues)
        m_issues.append(CsvIssue{row, line, code, message});
}

// Returns false for a blank line, which is skipped rather than reported as a record.
bool CsvReader::finishRecord(CsvRecord& record)
{
    m_recordStarted = false;
    if (record.fields.size() == 1 && record.fields.front().isEmpty() && !m_quotedInRecord) {
        record.fields.clear();
        return false;
    }
    m_quotedInRecord = false;
    record.row = ++m_row;
    record.line = m_recordLine;
    if (m_expectedFields < 0) {
        m_expectedFields = record.fields.size();
    } else if (record.fields.size() != m_expectedFields) {
        ++m_raggedRows;
        addIssue(record.row, record.line, QStringLiteral("csv.ragged_row"),
                 tr("Row %1 has %2 columns, but the first row has %3.")
                     .arg(record.row)
                     .arg(record.fields.size())
                     .arg(m_expectedFields));
    }
    const qsizetype invalid = m_decoder->invalidSequences();
    if (invalid > m_reportedInvalid) {
        for (const QString& field : std::as_const(record.fields)) {
            if (field.contains(QChar::ReplacementCharacter)) {
                m_reportedInvalid = invalid;
                addIssue(record.row, record.line, QStringLiteral("csv.invalid_bytes"),
                         tr("Row %1 contains bytes that are not valid %2; they were replaced. If text looks "
                            "garbled, choose the file's encoding by hand.")
                             .arg(record.row)
                             .arg(TextDecoding::name(m_guess.encoding)));
                break;
            }
        }
    }
    return true;
}

Result<bool> CsvReader::endOfInput(CsvRecord& record)
{
    if (m_state == State::Quoted) {
        return fail(makeError(QStringLiteral("csv.unterminated_quote"),
                              tr("Row %1: the quoted field that starts on line %2 has no closing quote, so the "
                                 "rest of the file cannot be read. Check that the quote characters (\") in that "
                                 "row come in pairs.")
                                  .arg(m_row + 1)
                                  .arg(m_quoteLine)));
    }
    if (m_state != State::FieldStart || !record.fields.isEmpty()) {
        record.fields.append(std::exchange(m_field, QString()));
        m_state = State::FieldStart;
        if (finishRecord(record))
            return true;
    }
    return false;
}

Result<bool> CsvReader::next(CsvRecord& record)
{
    if (m_error)
        return *m_error;
    if (!m_started) {
        if (const Status s = start(); !s)
            return fail(s.error());
    }
    record.fields.clear();
    m_field.clear();
    m_state = State::FieldStart;
    m_quotedInRecord = false;
    const char16_t sep = m_separator.unicode();
    const qsizetype maxField = m_options.maxFieldLength;

    for (;;) {
        if (m_pos >= m_text.size()) {
            if (!fill()) {
                if (m_error)
                    return *m_error;
                return endOfInput(record);
            }
            continue;
        }
        const auto* base = reinterpret_cast<const char16_t*>(m_text.constData());
        const char16_t* p = base + m_pos;
        const char16_t* const end = base + m_text.size();
        if (m_pendingCr) {
            m_pendingCr = false;
            m_line += *p != u'\n';
        }
        if (m_skipLf) {
            m_skipLf = false;
            if (*p == u'\n') {
                ++m_pos;
                continue;
            }
        }
        // Ends the record at the line end under p; true when a record is ready to hand out.
        auto endLine = [&]() {
            record.fields.append(std::exchange(m_field, QString()));
            m_skipLf = *p == u'\r';
            ++p;
            ++m_line;
            if (m_skipLf && p < end) {
                m_skipLf = false;
                p += *p == u'\n';
            }
            m_state = State::FieldStart;
            return finishRecord(record);
        };
        auto tooLong = [&]() {
            return makeError(QStringLiteral("csv.field_too_large"),
                             tr("Row %1 (line %2) has a field longer than %3 characters. The file may be damaged, "
                                "or a closing quote (\") may be missing near line %2.")
                                 .arg(m_row + 1)
                                 .arg(m_recordLine)
                                 .arg(maxField));
        };
        while (p < end) {
            switch (m_state) {
            case State::FieldStart:
                if (!m_recordStarted) {
                    m_recordStarted = true;
                    m_recordLine = m_line;
                }
                if (*p == u'"') {
                    m_state = State::Quoted;
                    m_quotedInRecord = true;
                    m_quoteLine = m_line;
                    ++p;
                } else {
                    m_state = State::Unquoted;
                }
                break;
            case State::Unquoted: {
                const char16_t* q = p;
                while (q < end && *q != sep && !isLineEnd(*q))
                    ++q;
                m_field.append(QStringView(p, q));
                if (m_field.size() > maxField)
                    return fail(tooLong());
                p = q;
                if (p == end)
                    break;
                if (*p == sep) {
                    record.fields.append(std::exchange(m_field, QString()));
                    ++p;
                    m_state = State::FieldStart;
                } else if (endLine()) {
                    m_pos = p - base;
                    return true;
                }
                break;
            }
            case State::Quoted: {
                const qsizetype at = QStringView(p, end).indexOf(u'"');
                const char16_t* q = at < 0 ? end : p + at;
                const QStringView span(p, q);
                countLines(span);
                if (q != end)
                    m_pendingCr = false; // a CR right before the closing quote ends a line by itself
                if (q != end && !span.isEmpty() && span.back() == u'\r')
                    ++m_line;
                m_field.append(span);
                if (m_field.size() > maxField)
                    return fail(tooLong());
                p = q;
                if (p != end) {
                    ++p;
                    m_state = State::QuoteInQuoted;
                }
                break;
            }
            case State::QuoteInQuoted:
                if (*p == u'"') {
                    m_field.append(u'"');
                    ++p;
                    m_state = State::Quoted;
                } else if (*p == sep) {
                    record.fields.append(std::exchange(m_field, QString()));
                    ++p;
                    m_state = State::FieldStart;
                } else if (isLineEnd(*p)) {
                    if (endLine()) {
                        m_pos = p - base;
                        return true;
                    }
                } else {
                    m_state = State::Unquoted; // "abc"def: keep the stray text rather than lose it
                }
                break;
            }
        }
        m_pos = p - base;
    }
}

Result<QList<QStringList>> CsvReader::readAll(const QByteArray& data, const CsvOptions& options)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    QList<QStringList> rows;
    CsvRecord record;
    for (;;) {
        const Result<bool> more = reader.next(record);
        if (!more)
            return more.error();
        if (!more.value())
            return rows;
        rows.append(record.fields);
    }
}

} // namespace rapport
