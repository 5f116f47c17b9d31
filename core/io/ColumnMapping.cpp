#include "ColumnMapping.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::ColumnMapping", text);
}

struct Rule
{
    CustomerField field = CustomerField::None;
    int score = 0;
    CustomerField second = CustomerField::None; // where the column goes if the first field is taken
    int secondScore = 0;
};

// Normalised header words (see normalizeHeader) and what they mean. Scores rank competing columns:
// "Job Title" (100) beats Outlook's "Title" (Mr./Ms., 40) for the job title.
const QHash<QString, Rule>& rules()
{
    static const QHash<QString, Rule> table = [] {
        QHash<QString, Rule> t;
        auto add = [&t](std::initializer_list<const char16_t*> keys, Rule rule) {
            for (const char16_t* key : keys)
                t.insert(QString::fromUtf16(key), rule);
        };
        using F = CustomerField;
        add({u"fullname", u"customername", u"clientname", u"姓名", u"客户名称", u"客户姓名", u"联系人姓名"},
            {F::Name, 100});
        add({u"name", u"displayname", u"contactname", u"名字", u"联系人"}, {F::Name, 90});
        add({u"customer", u"client", u"contact", u"客户", u"名称"}, {F::Name, 60});
        add({u"firstname", u"givenname", u"forename", u"名"}, {F::FirstName, 100});
        add({u"first"}, {F::FirstName, 80});
        add({u"lastname", u"familyname", u"surname", u"姓", u"姓氏"}, {F::LastName, 100});
        add({u"last"}, {F::LastName, 80});
        add({u"company", u"companyname", u"organizationname", u"organisationname", u"businessname", u"公司",
             u"公司名称", u"单位", u"单位名称", u"企业名称", u"工作单位", u"所属公司"},
            {F::Company, 100});
        add({u"organization", u"organisation", u"employer", u"firm", u"account", u"accountname", u"企业", u"组织",
             u"机构"},
            {F::Company, 85});
        add({u"jobtitle", u"organizationtitle", u"organisationtitle", u"position", u"职位", u"职务", u"岗位",
             u"头衔"},
            {F::JobTitle, 100});
        add({u"role"}, {F::JobTitle, 70});
        add({u"title"}, {F::JobTitle, 40}); // Outlook's "Title" is Mr./Ms.; "Job Title" wins when present
        add({u"email", u"mail", u"emailaddress", u"mailaddress", u"邮箱", u"电子邮件", u"电子邮箱", u"邮件",
             u"邮箱地址", u"电子邮件地址", u"email地址"},
            {F::Email, 90});
        add({u"phone", u"telephone", u"tel", u"phonenumber", u"telephonenumber", u"电话", u"电话号码", u"联系电话",
             u"座机", u"固话", u"办公电话", u"联系方式"},
            {F::Phone, 90, F::Mobile, 55}); // a second phone column lands in mobile rather than nowhere
        add({u"companymainphone"}, {F::Phone, 70, F::Mobile, 35});
        add({u"mobile", u"mobilephone", u"cell", u"cellphone", u"cellular", u"mobilenumber", u"handy", u"手机",
             u"手机号", u"手机号码", u"移动电话"},
            {F::Mobile, 100, F::Phone, 50});
        add({u"website", u"web", u"webpage", u"webaddress", u"url", u"homepage", u"site", u"网址", u"网站", u"主页",
             u"官网"},
            {F::Website, 90});
        add({u"street", u"streetaddress", u"addressline", u"详细地址", u"街道地址"}, {F::Street, 95});
        add({u"address", u"地址", u"街道", u"通讯地址", u"联系地址", u"住址", u"公司地址"}, {F::Street, 80});
        add({u"addressformatted", u"formattedaddress"}, {F::Street, 50});
        add({u"city", u"town", u"locality", u"城市", u"市", u"所在城市"}, {F::City, 95});
        add({u"region", u"state", u"province", u"county", u"stateprovince", u"stateorprovince", u"省份", u"省",
             u"所在省份", u"地区"},
            {F::Region, 90});
        add({u"postalcode", u"postcode", u"zip", u"zipcode", u"postal", u"邮编", u"邮政编码"}, {F::PostalCode, 95});
        add({u"country", u"countryregion", u"nation", u"国家", u"国家地区", u"国家或地区"}, {F::Country, 95});
        add({u"birthday", u"birthdate", u"dateofbirth", u"dob", u"bday", u"生日", u"出生日期", u"出生年月",
             u"出生年月日"},
            {F::Birthday, 100});
        add({u"source", u"leadsource", u"referral", u"referredby", u"channel", u"来源", u"客户来源", u"渠道",
             u"获客渠道"},
            {F::Source, 90});
        add({u"notes", u"note", u"comments", u"comment", u"remarks", u"remark", u"description", u"memo", u"备注",
             u"说明", u"描述", u"附注", u"备注信息"},
            {F::Notes, 90});
        add({u"tags", u"tag", u"labels", u"label", u"categories", u"category", u"groups", u"group",
             u"groupmembership", u"标签", u"分类", u"分组", u"类别", u"客户标签"},
            {F::Tags, 90});
        add({u"kind", u"type", u"customertype", u"contacttype", u"clienttype", u"类型", u"客户类型"}, {F::Kind, 80});
        return t;
    }();
    return table;
}

// "Business Phone", "Home City", "Address 1 - City", "Contact Email": a qualifier before a field word.
struct Prefix
{
    const char16_t* word;
    int penalty;
};
constexpr Prefix kPrefixes[] = {
    {u"primary", 0}, {u"business", 0},  {u"work", 0},     {u"office", 0},   {u"company", 0},  {u"main", 0},
    {u"address", 0}, {u"contact", 0},   {u"customer", 0}, {u"client", 0},   {u"mailing", 0},  {u"postal", 0},
    {u"billing", 5}, {u"home", 10},     {u"personal", 10}, {u"private", 10}, {u"other", 20},   {u"shipping", 20},
    {u"alternate", 20}, {u"secondary", 20},
};

bool takesPrefix(CustomerField f)
{
    using F = CustomerField;
    return f == F::Email || f == F::Phone || f == F::Mobile || f == F::Website || f == F::Street || f == F::City ||
           f == F::Region || f == F::PostalCode || f == F::Country;
}

} // namespace

ColumnMapping::ColumnMapping(int columnCount) : m_fields(qMax(0, columnCount), CustomerField::None) {}

QString ColumnMapping::normalizeHeader(QStringView header)
{
    const QString s = header.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

QList<ColumnMapping::Candidate> ColumnMapping::candidatesForHeader(QStringView header)
{
    QString key = normalizeHeader(header);
    // The first number is an ordinal: "E-mail 2 Address", "Phone 1 - Value", "Business Street 2".
    int number = 0;
    const auto digit = std::find_if(key.cbegin(), key.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (digit != key.cend()) {
        const qsizetype from = digit - key.cbegin();
        qsizetype to = from;
        while (to < key.size() && key[to] >= u'0' && key[to] <= u'9')
            ++to;
        number = key.mid(from, to - from).left(4).toInt();
        key.remove(from, to - from);
    }
    if (key.size() > 5 && key.endsWith(u"value")) // Google: "E-mail 1 - Value"
        key.chop(5);

    const auto& table = rules();
    Rule rule = table.value(key);
    if (rule.field == CustomerField::None) {
        for (const Prefix& prefix : kPrefixes) {
            const QString word = QString::fromUtf16(prefix.word);
            if (key.size() <= word.size() || !key.startsWith(word))
                continue;
            const Rule base = table.value(key.mid(word.size()));
            if (takesPrefix(base.field)) {
                rule = base;
                rule.score -= prefix.penalty;
                rule.secondScore -= prefix.penalty;
                break;
            }
        }
    }
    QList<Candidate> out;
    if (rule.field == CustomerField::Email) {
        // E-mail 1 is the main address, E-mail 2 the second; later ones only if nothing better.
        if (number <= 1)
            out = {{CustomerField::Email, rule.score}, {CustomerField::Email2, rule.score - 40}};
        else if (number == 2)
            out = {{CustomerField::Email2, rule.score}, {CustomerField::Email, rule.score - 50}};
        else
            out = {{CustomerField::Email2, rule.score - 60}};
    } else if (rule.field != CustomerField::None) {
        const int penalty = 20 * qMax(0, number - 1);
        out = {{rule.field, rule.score - penalty}};
        if (rule.second != CustomerField::None)
            out.append({rule.second, rule.secondScore - penalty});
    }
    out.removeIf([](const Candidate& c) { return c.score < 30; });
    return out;
}

ColumnMapping ColumnMapping::guess(const QStringList& headers)
{
    ColumnMapping mapping(int(headers.size()));
    struct Option
    {
        int column;
        Candidate candidate;
    };
    QList<Option> options;
    for (int column = 0; column < headers.size(); ++column) {
        for (const Candidate& c : candidatesForHeader(headers[column]))
            options.append({column, c});
    }
    // Strongest claims first; among equals the leftmost column, as owners put the main one first.
    std::stable_sort(options.begin(), options.end(), [](const Option& a, const Option& b) {
        return a.candidate.score > b.candidate.score;
    });
    for (const Option& o : std::as_const(options)) {
        if (mapping.m_fields[o.column] == CustomerField::None && !mapping.isMapped(o.candidate.field))
            mapping.m_fields[o.column] = o.candidate.field;
    }
    // "Phone 1 - Label" next to "Phone 1 - Value" (normalised: "phone1label", "phone1value").
    mapping.m_labelOf = QList<int>(headers.size(), -1);
    QHash<QString, int> valueColumns;
    for (int column = 0; column < headers.size(); ++column) {
        const QString key = normalizeHeader(headers[column]);
        if (key.size() > 5 && key.endsWith(u"value"))
            valueColumns.insert(key.chopped(5), column);
    }
    for (int column = 0; column < headers.size(); ++column) {
        const QString key = normalizeHeader(headers[column]);
        if (key.size() > 5 && key.endsWith(u"label") && valueColumns.contains(key.chopped(5)))
            mapping.m_labelOf[valueColumns.value(key.chopped(5))] = column;
    }
    mapping.m_extraOf = QList<CustomerField>(headers.size(), CustomerField::None);
    for (int column = 0; column < headers.size(); ++column) {
        if (mapping.m_labelOf[column] < 0 || mapping.m_fields[column] != CustomerField::None)
            continue;
        // What the header names, whatever its ordinal: "Phone 7 - Value" is a phone too.
        QString key = normalizeHeader(headers[column]).chopped(5);
        key.removeIf([](QChar c) { return c.isDigit(); });
        const CustomerField f = rules().value(key).field;
        if (f == CustomerField::Phone || f == CustomerField::Mobile)
            mapping.m_extraOf[column] = CustomerField::Phone;
        else if (f == CustomerField::Email || f == CustomerField::Email2)
            mapping.m_extraOf[column] = CustomerField::Email;
    }
    return mapping;
}

int ColumnMapping::labelColumn(int valueColumn) const
{
    return m_labelOf.value(valueColumn, -1);
}

CustomerField ColumnMapping::extraOf(int column) const
{
    return m_extraOf.value(column, CustomerField::None);
}

CustomerField ColumnMapping::field(int column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields[column] : CustomerField::None;
}

int ColumnMapping::column(CustomerField field) const
{
    if (field == CustomerField::None)
        return -1;
    return int(m_fields.indexOf(field));
}

void ColumnMapping::set(int column, CustomerField field)
{
    if (column < 0)
        return;
    if (column >= m_fields.size())
        m_fields.resize(column + 1, CustomerField::None);
    if (field != CustomerField::None) {
        for (CustomerField& f : m_fields) {
            if (f == field)
                f = CustomerField::None;
        }
    }
    m_fields[column] = field;
    if (column < m_extraOf.size())
        m_extraOf[column] = CustomerField::None; // the owner decided about this column
}

QList<int> ColumnMapping::unmappedColumns() const
{
    QList<int> columns;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i] == CustomerField::None)
            columns.append(i);
    }
    return columns;
}

QString ColumnMapping::value(const QStringList& record, CustomerField field) const
{
    const int c = column(field);
    return c >= 0 && c < record.size() ? record[c].trimmed() : QString();
}

QList<CustomerField> ColumnMapping::allFields()
{
    QList<CustomerField> fields;
    for (int f = int(CustomerField::Name); f <= int(CustomerField::Kind); ++f)
        fields.append(CustomerField(f));
    return fields;
}

QString ColumnMapping::key(CustomerField field)
{
    switch (field) {
    case CustomerField::None: return QString();
    case CustomerField::Name: return QStringLiteral("name");
    case CustomerField::FirstName: return QStringLiteral("first_name");
    case CustomerField::LastName: return QStringLiteral("last_name");
    case CustomerField::Company: return QStringLiteral("company");
    case CustomerField::JobTitle: return QStringLiteral("job_title");
    case CustomerField::Email: return QStringLiteral("email");
    case CustomerField::Email2: return QStringLiteral("email2");
    case CustomerField::Phone: return QStringLiteral("phone");
    case CustomerField::Mobile: return QStringLiteral("mobile");
    case CustomerField::Website: return QStringLiteral("website");
    case CustomerField::Street: return QStringLiteral("street");
    case CustomerField::City: return QStringLiteral("city");
    case CustomerField::Region: return QStringLiteral("region");
    case CustomerField::PostalCode: return QStringLiteral("postal_code");
    case CustomerField::Country: return QStringLiteral("country");
    case CustomerField::Birthday: return QStringLiteral("birthday");
    case CustomerField::Source: return QStringLiteral("source");
    case CustomerField::Notes: return QStringLiteral("notes");
    case CustomerField::Tags: return QStringLiteral("tags");
    case CustomerField::Kind: return QStringLiteral("kind");
    }
    return QString();
}

std::optional<CustomerField> ColumnMapping::fieldForKey(QStringView key)
{
    if (key.isEmpty() || key == u"none" || key == u"skip")
        return CustomerField::None;
    for (CustomerField f : allFields()) {
        if (ColumnMapping::key(f) == key)
            return f;
    }
    return std::nullopt;
}

QString ColumnMapping::label(CustomerField field)
{
    switch (field) {
    case CustomerField::None: return tr("Do not import");
    case CustomerField::Name: return tr("Name");
    case CustomerField::FirstName: return tr("First name");
    case CustomerField::LastName: return tr("Last name");
    case CustomerField::Company: return tr("Company");
    case CustomerField::JobTitle: return tr("Job title");
    case CustomerField::Email: return tr("Email");
    case CustomerField::Email2: return tr("Second email");
    case CustomerField::Phone: return tr("Phone");
    case CustomerField::Mobile: return tr("Mobile");
    case CustomerField::Website: return tr("Website");
    case CustomerField::Street: return tr("Street");
    case CustomerField::City: return tr("City");
    case CustomerField::Region: return tr("State or province");
    case CustomerField::PostalCode: return tr("Postal code");
    case CustomerField::Country: return tr("Country");
    case CustomerField::Birthday: return tr("Birthday");
    case CustomerField::Source: return tr("Source");
    case CustomerField::Notes: return tr("Notes");
    case CustomerField::Tags: return tr("Tags");
    case CustomerField::Kind: return tr("Person or company");
    }
    return QString();
}

} // namespace rapport
