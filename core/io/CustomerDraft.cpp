#include "CustomerDraft.h"

#include "customers/CustomerRepository.h"
#include "io/ColumnMapping.h"
#include "io/CustomerSource.h"
#include "io/Normalize.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::CustomerDraft", text);
}

bool isCjk(const QString& s)
{
    for (const QChar c : s) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

bool meansCompany(const QString& kind)
{
    static const QStringList words = {QStringLiteral("company"), QStringLiteral("organization"),
                                      QStringLiteral("organisation"), QStringLiteral("business"),
                                      QStringLiteral("org"), QStringLiteral("公司"), QStringLiteral("企业"),
                                      QStringLiteral("单位"), QStringLiteral("机构"), QStringLiteral("组织")};
    return words.contains(kind.trimmed().toCaseFolded());
}

// Google Contacts writes several values into one cell separated by " ::: ".
QStringList multiValues(const QString& cell)
{
    QStringList out;
    for (const QString& part : cell.split(QStringLiteral(":::"))) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

// Phones are stored as written, with full-width digits and spaces folded.
QString tidyPhone(const QString& phone)
{
    return phone.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

QStringList CustomerDraft::splitTags(const QString& text)
{
    // Lists written with Google's group separator (Google Contacts, and Rapport's vCard categories) split
    // only there, so a tag with a comma in it stays whole; otherwise any common list separator splits.
    static const QRegularExpression groups(QStringLiteral("\\s*:::\\s*"));
    static const QRegularExpression separators(QStringLiteral("\\s*[,;，；、]\\s*"));
    QStringList tags;
    const QStringList parts = text.split(text.contains(QStringLiteral(":::")) ? groups : separators, Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString tag = raw.trimmed();
        // Google's system groups ("* myContacts", "* starred") are not the owner's tags.
        if (tag.isEmpty() || tag.startsWith(QStringLiteral("* ")) || tags.contains(tag, Qt::CaseInsensitive))
            continue;
        tags << tag.left(100);
    }
    return tags;
}

QString CustomerDraft::companyKey(const QString& companyName)
{
    return QStringLiteral("c:") + Normalize::nameKey(companyName);
}

Result<CustomerDraft> CustomerDraft::fromRow(const CustomerRow& row, DateOrder dateOrder)
{
    using F = CustomerField;
    CustomerDraft d;
    Customer& c = d.customer;

    c.name = row.value(F::Name);
    if (c.name.isEmpty()) {
        const QString first = row.value(F::FirstName);
        const QString last = row.value(F::LastName);
        c.name = isCjk(first) || isCjk(last) ? last + first : QStringList{first, last}.join(u' ').trimmed();
    }
    d.companyName = row.value(F::Company);
    c.kind = meansCompany(row.value(F::Kind)) ? CustomerKind::Company : CustomerKind::Person;
    if (c.name.isEmpty() && !d.companyName.isEmpty()) {
        c.kind = CustomerKind::Company; // a row with only a company is the company itself
        c.name = d.companyName;
    }
    if (c.kind == CustomerKind::Company)
        d.companyName.clear();
    if (c.name.isEmpty())
        return makeError(QStringLiteral("import.no_name"),
                         tr("No name: fill in a name, a first or last name, or a company."));

    const QStringList emails = multiValues(row.value(F::Email)) + multiValues(row.value(F::Email2));
    for (const QString& email : emails) {
        if (!Normalize::isPlausibleEmail(Normalize::email(email)))
            return makeError(QStringLiteral("import.bad_email"),
                             tr("\"%1\" is not an email address (expected something like name@example.com).")
                                 .arg(email));
    }
    c.email = Normalize::email(emails.value(0));
    c.email2 = Normalize::email(emails.value(1));

    QStringList phones = multiValues(row.value(F::Phone));
    QStringList mobiles = multiValues(row.value(F::Mobile));
    c.phone = tidyPhone(phones.value(0));
    c.mobile = tidyPhone(mobiles.value(0));
    if (c.mobile.isEmpty() && phones.size() > 1)
        c.mobile = tidyPhone(phones.value(1));
    if (c.phone.isEmpty() && mobiles.size() > 1)
        c.phone = tidyPhone(mobiles.value(1));

    c.jobTitle = row.value(F::JobTitle);
    c.website = multiValues(row.value(F::Website)).value(0);
    c.street = row.value(F::Street);
    c.city = row.value(F::City);
    c.region = row.value(F::Region);
    c.postalCode = row.value(F::PostalCode);
    c.country = row.value(F::Country);
    c.source = row.value(F::Source);
    c.notes = row.value(F::Notes);
    c.tags = splitTags(row.value(F::Tags));

    const QString birthday = row.value(F::Birthday);
    if (!birthday.isEmpty()) {
        const auto date = DateParser::parse(birthday, dateOrder);
        if (!date || !date->isValid())
            return makeError(QStringLiteral("import.bad_date"),
                             tr("\"%1\" is not a birthday Rapport can read (for example 1985-04-12).").arg(birthday));
        c.birthday = *date;
    }
    if (auto valid = CustomerRepository::validate(c); !valid)
        return makeError(QStringLiteral("import.invalid"), valid.error().message);
    return d;
}

QStringList CustomerDraft::emailKeys() const
{
    QStringList keys;
    for (const QString& email : {customer.email, customer.email2}) {
        if (!email.isEmpty())
            keys << QStringLiteral("e:") + email;
    }
    return keys;
}

QStringList CustomerDraft::matchKeys(const QString& defaultCountryCode) const
{
    QStringList keys = emailKeys();
    const QString kind = customer.kind == CustomerKind::Company ? QStringLiteral("c") : QStringLiteral("p");
    for (const QString& phone : {customer.phone, customer.mobile}) {
        const QString digits = Normalize::phone(phone, defaultCountryCode);
        if (digits.size() >= 6) // shorter is an extension or noise, not a way to tell people apart
            keys << QStringLiteral("p") + kind + u':' + digits;
    }
    if (customer.kind == CustomerKind::Company)
        keys << companyKey(customer.name);
    else
        keys << QStringLiteral("n:") + Normalize::nameKey(customer.name) + u'|' + Normalize::nameKey(companyName);
    return keys;
}

} // namespace rapport
