#pragma once

#include "Result.h"
#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/DateParser.h"
#include "io/VCardReader.h"

#include <QFile>
#include <QList>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>

namespace rapport {

// One record of an import file with its values sorted into customer fields.
struct CustomerRow
{
    qint64 row = 0;       // row of the file (header = 1), or card number in a vCard file
    QStringList original; // the record as read, for the errors CSV
    QStringList values;   // indexed by int(CustomerField); trimmed

    QString value(CustomerField field) const { return values.value(int(field)); }
    void set(CustomerField field, const QString& value);
};

// Where imported customers come from: a CSV file through a column mapping, or a vCard file.
class CustomerSource
{
public:
    virtual ~CustomerSource() = default;
    // Column names for the errors CSV (the file's own header for CSV).
    virtual QStringList headers() const = 0;
    // true: `row` holds the next record; false: the end; an error: the file cannot be read on.
    virtual Result<bool> next(CustomerRow& row) = 0;
    // Progress in bytes or cards.
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0;
    // How dates in the file are written, when the file tells.
    virtual DateOrder dateOrder() const { return DateOrder::Unknown; }
    virtual QString encodingName() const = 0;
    // Things read that did not stop reading, for the summary.
    virtual QStringList notices() const = 0;
    virtual qint64 noticeCount() const = 0;
};

struct SourceOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    QChar separator;                     // null: detect
    std::optional<ColumnMapping> mapping; // none: guessed from the header
    // Deals and activities: the field key ("title", "amount", ...) each column feeds, "" for none; unset: guessed
    // from the header (RecordImporter::guessColumns).
    std::optional<QStringList> recordColumns;
    DateOrder dateOrderHint = DateOrder::Unknown;
};

// CSV with a header row. The first rows are read ahead to detect how dates are written and for previews;
// the rest streams, so memory stays flat.
class CsvCustomerSource : public CustomerSource
{
public:
    static constexpr int kLookAhead = 200;
    static Result<std::unique_ptr<CsvCustomerSource>> open(const QString& path, const SourceOptions& options = {});

    QStringList headers() const override { return m_headers; }
    Result<bool> next(CustomerRow& row) override;
    qint64 done() const override { return m_reader->bytesRead(); }
    qint64 total() const override { return m_file.size(); }
    DateOrder dateOrder() const override { return m_dateOrder; }
    QString encodingName() const override;
    QStringList notices() const override;
    qint64 noticeCount() const override { return m_reader->issueCount(); }

    const ColumnMapping& mapping() const { return m_mapping; }
    const CsvReader& reader() const { return *m_reader; }
    // The first records after the header, as read (at most kLookAhead).
    QList<QStringList> sample() const;
    // One record sorted into fields by a mapping (what next() does), for previews.
    static CustomerRow rowFor(const QStringList& record, const ColumnMapping& mapping, qint64 row = 0);

private:
    CsvCustomerSource() = default;
    Result<bool> nextRecord(CsvRecord& record);

    QFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_headers;
    ColumnMapping m_mapping;
    DateOrder m_dateOrder = DateOrder::Unknown;
    std::deque<CsvRecord> m_ahead;
    QList<QStringList> m_sample;
};

// Every card of a vCard file (2.1, 3.0, 4.0), mapped to customer fields.
class VCardCustomerSource : public CustomerSource
{
public:
    static Result<std::unique_ptr<VCardCustomerSource>> open(const QString& path, TextEncoding encoding = TextEncoding::Auto);
    explicit VCardCustomerSource(VCardParseResult parsed);

    QStringList headers() const override;
    Result<bool> next(CustomerRow& row) override;
    qint64 done() const override { return m_next; }
    qint64 total() const override { return m_parsed.contacts.size(); }
    QString encodingName() const override;
    QStringList notices() const override;
    qint64 noticeCount() const override { return m_parsed.issues.size(); }

    static CustomerRow rowFor(const VCardContact& contact, qint64 number);
    // The fields a card fills, in the column order of headers().
    static QList<CustomerField> columns();

private:
    VCardParseResult m_parsed;
    qsizetype m_next = 0;
};

// A vCard file (by its first line, else its extension) or CSV.
bool looksLikeVCard(const QString& path);
Result<std::unique_ptr<CustomerSource>> openCustomerSource(const QString& path, const SourceOptions& options = {});

} // namespace rapport
