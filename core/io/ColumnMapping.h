#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace rapport {

// What an imported column can become on a customer.
enum class CustomerField
{
    None,
    Name,
    FirstName,
    LastName,
    Company,
    JobTitle,
    Email,
    Email2,
    Phone,
    Mobile,
    Website,
    Street,
    City,
    Region,
    PostalCode,
    Country,
    Birthday,
    Source,
    Notes,
    Tags,
    Kind,
};

// Which column feeds which customer field. guess() recognises the headers of Google Contacts (old and
// new), Outlook, Apple and hand-made sheets in English or Chinese; the owner can then change it with
// set(). Each field is fed by at most one column.
class ColumnMapping
{
public:
    struct Candidate
    {
        CustomerField field = CustomerField::None;
        int score = 0; // 100: unmistakable; below 30 is not used
    };

    ColumnMapping() = default;
    explicit ColumnMapping(int columnCount);
    static ColumnMapping guess(const QStringList& headers);

    int columnCount() const { return int(m_fields.size()); }
    CustomerField field(int column) const;
    int column(CustomerField field) const; // -1 when no column feeds it
    bool isMapped(CustomerField field) const { return column(field) >= 0; }
    // Maps a column (None unmaps it); a field already fed by another column is taken from it.
    void set(int column, CustomerField field);
    QList<int> unmappedColumns() const;
    // Google Contacts pairs "Phone 1 - Value" with "Phone 1 - Label" ("Mobile", "* Work", "手机"): the column
    // holding the label of a value column, -1 when there is none. guess() finds the pairs.
    int labelColumn(int valueColumn) const;
    // A labelled column guess() left unmapped because its field was taken ("Phone 3 - Value"): Phone or Email
    // when its values should still be sorted in by their labels, None otherwise. Mapping it with set() ends that.
    CustomerField extraOf(int column) const;
    // The trimmed value of `field` in a record; empty when unmapped or the row is short.
    QString value(const QStringList& record, CustomerField field) const;

    // "first_name", the stable name used by the CLI (--map) and saved mappings.
    static QString key(CustomerField field);
    static std::optional<CustomerField> fieldForKey(QStringView key);
    static QString label(CustomerField field); // for people, translated
    static QList<CustomerField> allFields();   // without None

    // Lower case letters and digits only: "E-mail 1 - Value" -> "email1value", "电子 邮件" -> "电子邮件".
    static QString normalizeHeader(QStringView header);
    // Fields a header may mean, best first.
    static QList<Candidate> candidatesForHeader(QStringView header);

private:
    QList<CustomerField> m_fields;
    QList<int> m_labelOf;           // value column -> label column, -1 for none
    QList<CustomerField> m_extraOf; // see extraOf()
};

} // namespace rapport
