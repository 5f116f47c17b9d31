#include "CustomerSource.h"

#include "io/ContactLabels.h"
#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace rapport {
namespace {

constexpr int kFieldSlots = int(CustomerField::Kind) + 1;

bool isBlankRecord(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

void CustomerRow::set(CustomerField field, const QString& value)
{
    if (values.size() < kFieldSlots)
        values.resize(kFieldSlots);
    values[int(field)] = value.trimmed();
}

Result<std::unique_ptr<CsvCustomerSource>> CsvCustomerSource::open(const QString& path, const SourceOptions& options)
{
    std::unique_ptr<CsvCustomerSource> source(new CsvCustomerSource);
    source->m_file.setFileName(path);
    if (!source->m_file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("import.unreadable"),
                         QCoreApplication::translate("rapport::CustomerSource", "Cannot open %1: %2").arg(QFileInfo(path).fileName(), source->m_file.errorString()));
    CsvOptions csv;
    csv.encoding = options.encoding;
    csv.separator = options.separator;
    source->m_reader = std::make_unique<CsvReader>(&source->m_file, csv);

    CsvRecord header;
    const Result<bool> first = source->m_reader->next(header);
    if (!first)
        return first.error();
    if (!first.value())
        return makeError(QStringLiteral("import.empty"),
                         QCoreApplication::translate("rapport::CustomerSource", "%1 is empty: there is no header row and no data.").arg(QFileInfo(path).fileName()));
    source->m_headers = header.fields;
    source->m_mapping = options.mapping ? *options.mapping : ColumnMapping::guess(header.fields);

    // Read ahead: previews and the date order come from the first rows.
    for (int i = 0; i < kLookAhead; ++i) {
        CsvRecord record;
        const Result<bool> more = source->m_reader->next(record);
        if (!more) {
            if (source->m_ahead.empty())
                return more.error();
            break; // reported again when the import reaches it
        }
        if (!more.value())
            break;
        source->m_sample.append(record.fields);
        source->m_ahead.push_back(std::move(record));
    }
    QStringList dates;
    for (const QStringList& record : std::as_const(source->m_sample)) {
        const QString date = source->m_mapping.value(record, CustomerField::Birthday);
        if (!date.isEmpty())
            dates << date;
    }
    source->m_dateOrder = DateParser::detectOrder(dates, options.dateOrderHint);
    return source;
}

Result<bool> CsvCustomerSource::nextRecord(CsvRecord& record)
{
    if (!m_ahead.empty()) {
        record = std::move(m_ahead.front());
        m_ahead.pop_front();
        return true;
    }
    return m_reader->next(record);
}

Result<bool> CsvCustomerSource::next(CustomerRow& row)
{
    CsvRecord record;
    for (;;) {
        const Result<bool> more = nextRecord(record);
        if (!more || !more.value())
            return more;
        if (!isBlankRecord(record.fields))
            break;
    }
    row = rowFor(record.fields, m_mapping, record.row);
    return true;
}

CustomerRow CsvCustomerSource::rowFor(const QStringList& record, const ColumnMapping& mapping, qint64 number)
{
    CustomerRow row;
    row.row = number;
    row.values.fill(QString(), kFieldSlots);
    for (int column = 0; column < record.size(); ++column) {
        const CustomerField field = mapping.field(column);
        if (field != CustomerField::None)
            row.values[int(field)] = CsvWriter::restored(record.at(column).trimmed());
    }
    ContactLabels::apply(record, mapping, row);
    row.original = record;
    return row;
}

QString CsvCustomerSource::encodingName() const
{
    return TextDecoding::name(m_reader->encoding().encoding);
}

QStringList CsvCustomerSource::notices() const
{
    QStringList out;
    for (const CsvIssue& issue : m_reader->issues())
        out << QCoreApplication::translate("rapport::CustomerSource", "Row %1: %2").arg(issue.row).arg(issue.message);
    return out;
}

QList<QStringList> CsvCustomerSource::sample() const
{
    return m_sample;
}

Result<std::unique_ptr<VCardCustomerSource>> VCardCustomerSource::open(const QString& path, TextEncoding encoding)
{
    auto parsed = VCardReader::readFile(path, encoding);
    if (!parsed)
        return parsed.error();
    return std::make_unique<VCardCustomerSource>(parsed.take());
}

VCardCustomerSource::VCardCustomerSource(VCardParseResult parsed) : m_parsed(std::move(parsed)) {}

QList<CustomerField> VCardCustomerSource::columns()
{
    using F = CustomerField;
    return {F::Name,   F::FirstName, F::LastName,   F::Company, F::JobTitle, F::Email,    F::Email2,
            F::Phone,  F::Mobile,    F::Website,    F::Street,  F::City,     F::Region,   F::PostalCode,
            F::Country, F::Birthday, F::Notes,      F::Tags,    F::Kind};
}

QStringList VCardCustomerSource::headers() const
{
    QStringList names;
    for (CustomerField f : columns())
        names << ColumnMapping::key(f);
    return names;
}

CustomerRow VCardCustomerSource::rowFor(const VCardContact& c, qint64 number)
{
    using F = CustomerField;
    CustomerRow row;
    row.row = number;
    row.values.fill(QString(), kFieldSlots);
    // A company's card has only FN and ORG, the same (Apple and Rapport write it so, with KIND:org).
    const bool companyCard = c.givenName.trimmed().isEmpty() && c.familyName.trimmed().isEmpty() &&
                             c.formattedName.trimmed() == c.organization.trimmed();
    const bool hasPersonName = !companyCard && (!c.formattedName.trimmed().isEmpty() || !c.givenName.trimmed().isEmpty() ||
                                                !c.familyName.trimmed().isEmpty());
    if (hasPersonName) {
        row.set(F::Name, c.displayName());
        row.set(F::FirstName, c.givenName);
        row.set(F::LastName, c.familyName);
        row.set(F::Company, c.organization);
    } else {
        row.set(F::Name, c.organization);
        row.set(F::Kind, QStringLiteral("company"));
    }
    row.set(F::JobTitle, c.title);
    // Preferred values first; the first two emails are kept, a mobile goes to Mobile, another number to Phone.
    QList<VCardValue> emails = c.emails;
    std::stable_sort(emails.begin(), emails.end(),
                     [](const VCardValue& a, const VCardValue& b) { return a.preferred && !b.preferred; });
    row.set(F::Email, emails.value(0).value);
    row.set(F::Email2, emails.value(1).value);
    QList<VCardValue> phones = c.phones;
    std::stable_sort(phones.begin(), phones.end(),
                     [](const VCardValue& a, const VCardValue& b) { return a.preferred && !b.preferred; });
    for (const VCardValue& phone : std::as_const(phones)) {
        const bool mobile = phone.types.contains(QStringLiteral("cell")) || phone.types.contains(QStringLiteral("mobile")) ||
                            phone.types.contains(QStringLiteral("iphone"));
        const F slot = mobile && row.value(F::Mobile).isEmpty()  ? F::Mobile
                       : row.value(F::Phone).isEmpty()          ? F::Phone
                       : row.value(F::Mobile).isEmpty()         ? F::Mobile
                                                                 : F::None;
        if (slot != F::None)
            row.set(slot, phone.value);
    }
    row.set(F::Website, c.urls.value(0));
    if (!c.addresses.isEmpty()) {
        QList<VCardAddress> addresses = c.addresses;
        std::stable_sort(addresses.begin(), addresses.end(),
                         [](const VCardAddress& a, const VCardAddress& b) { return a.preferred && !b.preferred; });
        const VCardAddress& a = addresses.first();
        QStringList street;
        for (const QString& part : {a.street, a.extended, a.poBox}) {
            if (!part.trimmed().isEmpty())
                street << part.trimmed();
        }
        row.set(F::Street, street.join(QStringLiteral(", ")));
        row.set(F::City, a.locality);
        row.set(F::Region, a.region);
        row.set(F::PostalCode, a.postalCode);
        row.set(F::Country, a.country);
    }
    if (c.birthday.isValid()) {
        row.set(F::Birthday, c.birthdayHasYear ? c.birthday.toString(Qt::ISODate)
                                               : c.birthday.toString(QStringLiteral("--MM-dd")));
    }
    row.set(F::Notes, c.note);
    row.set(F::Source, c.source);
    // Each category ends with the group separator splitTags knows (Google's ":::"), so a category with a
    // comma in it ("VIP, gold", escaped in the file) stays one tag, even when it is the only one.
    QString categories;
    for (const QString& category : c.categories)
        categories += category + QStringLiteral(" ::: ");
    row.set(F::Tags, categories);
    for (CustomerField f : columns())
        row.original << row.value(f);
    return row;
}

Result<bool> VCardCustomerSource::next(CustomerRow& row)
{
    if (m_next >= m_parsed.contacts.size())
        return false;
    row = rowFor(m_parsed.contacts.at(m_next), m_next + 1);
    ++m_next;
    return true;
}

QString VCardCustomerSource::encodingName() const
{
    return TextDecoding::name(m_parsed.encoding.encoding);
}

QStringList VCardCustomerSource::notices() const
{
    QStringList out;
    for (const VCardIssue& issue : m_parsed.issues)
        out << QCoreApplication::translate("rapport::CustomerSource", "Line %1: %2").arg(issue.line).arg(issue.message);
    return out;
}

bool looksLikeVCard(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray head = file.read(4096);
        if (head.startsWith("\xEF\xBB\xBF"))
            head.remove(0, 3);
        if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
            head = TextDecoding::decodeAll(head).toUtf8();
        head.replace('\0', QByteArray());
        if (head.trimmed().toUpper().startsWith("BEGIN:VCARD"))
            return true;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QStringLiteral("vcf") || suffix == QStringLiteral("vcard");
}

Result<std::unique_ptr<CustomerSource>> openCustomerSource(const QString& path, const SourceOptions& options)
{
    if (!QFileInfo::exists(path))
        return makeError(QStringLiteral("import.missing"), QCoreApplication::translate("rapport::CustomerSource", "There is no file %1.").arg(path));
    if (looksLikeVCard(path)) {
        auto vcard = VCardCustomerSource::open(path, options.encoding);
        if (!vcard)
            return vcard.error();
        return std::unique_ptr<CustomerSource>(vcard.take().release());
    }
    auto csv = CsvCustomerSource::open(path, options);
    if (!csv)
        return csv.error();
    return std::unique_ptr<CustomerSource>(csv.take().release());
}

} // namespace rapport
