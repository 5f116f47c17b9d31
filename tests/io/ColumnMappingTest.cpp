#include "IoTestUtil.h"

#include "io/ColumnMapping.h"
#include "io/ContactLabels.h"
#include "io/CustomerSource.h"
#include "io/CsvReader.h"

using namespace rapport;
using rapport::test::readData;
using rapport::test::strings;

namespace {

using F = CustomerField;

// Header of the column that feeds each field, "" when none.
QString headerFor(const ColumnMapping& mapping, const QStringList& headers, CustomerField field)
{
    const int column = mapping.column(field);
    return column < 0 ? QString() : headers[column];
}

QList<QStringList> rowsOf(const QString& file)
{
    const auto all = CsvReader::readAll(readData(file));
    REQUIRE(all.ok());
    return all.value();
}

} // namespace

TEST_CASE("Google Contacts export, old format", "[io][mapping]")
{
    const QList<QStringList> rows = rowsOf(QStringLiteral("import/google_contacts_old.csv"));
    const QStringList& h = rows[0];
    const ColumnMapping m = ColumnMapping::guess(h);
    CHECK(headerFor(m, h, F::Name) == u"Name");
    CHECK(headerFor(m, h, F::FirstName) == u"Given Name");
    CHECK(headerFor(m, h, F::LastName) == u"Family Name");
    CHECK(headerFor(m, h, F::Email) == u"E-mail 1 - Value");
    CHECK(headerFor(m, h, F::Email2) == u"E-mail 2 - Value");
    CHECK(headerFor(m, h, F::Phone) == u"Phone 1 - Value");
    CHECK(headerFor(m, h, F::Mobile) == u"Phone 2 - Value");
    CHECK(headerFor(m, h, F::Company) == u"Organization 1 - Name");
    CHECK(headerFor(m, h, F::JobTitle) == u"Organization 1 - Title");
    CHECK(headerFor(m, h, F::Street) == u"Address 1 - Street"); // not the multi-line "Formatted"
    CHECK(headerFor(m, h, F::City) == u"Address 1 - City");
    CHECK(headerFor(m, h, F::Region) == u"Address 1 - Region");
    CHECK(headerFor(m, h, F::PostalCode) == u"Address 1 - Postal Code");
    CHECK(headerFor(m, h, F::Country) == u"Address 1 - Country");
    CHECK(headerFor(m, h, F::Birthday) == u"Birthday");
    CHECK(headerFor(m, h, F::Notes) == u"Notes");
    CHECK(headerFor(m, h, F::Tags) == u"Group Membership");
    CHECK(headerFor(m, h, F::Website) == u"Website 1 - Value");
    // Type columns, Yomi names and the like stay unmapped.
    for (const char16_t* unmapped : {u"E-mail 1 - Type", u"Phone 1 - Type", u"Address 1 - Type", u"Given Name Yomi",
                                     u"Organization 1 - Type", u"Address 1 - PO Box", u"Nickname", u"Location"})
        CHECK(m.field(int(h.indexOf(QString::fromUtf16(unmapped)))) == F::None);

    const QStringList& ada = rows[1];
    CHECK(m.value(ada, F::Email) == u"ada@example.com");
    CHECK(m.value(ada, F::Company) == u"Engines Ltd");
    CHECK(m.value(ada, F::Street) == u"12 Analytical Row");
}

TEST_CASE("Google Contacts export, current format", "[io][mapping]")
{
    const QList<QStringList> rows = rowsOf(QStringLiteral("import/google_contacts_new.csv"));
    const QStringList& h = rows[0];
    const ColumnMapping m = ColumnMapping::guess(h);
    CHECK_FALSE(m.isMapped(F::Name));
    CHECK(headerFor(m, h, F::FirstName) == u"First Name");
    CHECK(headerFor(m, h, F::LastName) == u"Last Name");
    CHECK(headerFor(m, h, F::Company) == u"Organization Name");
    CHECK(headerFor(m, h, F::JobTitle) == u"Organization Title");
    CHECK(headerFor(m, h, F::Email) == u"E-mail 1 - Value");
    CHECK(headerFor(m, h, F::Phone) == u"Phone 1 - Value");
    CHECK(headerFor(m, h, F::Tags) == u"Labels");
    CHECK(m.field(int(h.indexOf(QStringLiteral("E-mail 1 - Label")))) == F::None);
    CHECK(m.field(int(h.indexOf(QStringLiteral("Middle Name")))) == F::None);
    CHECK(m.field(int(h.indexOf(QStringLiteral("Phonetic First Name")))) == F::None);
    CHECK(m.value(rows[1], F::LastName) == u"张");
    CHECK(m.value(rows[1], F::City) == u"北京");
}

TEST_CASE("Outlook export", "[io][mapping]")
{
    const QList<QStringList> rows = rowsOf(QStringLiteral("import/outlook_contacts.csv"));
    const QStringList& h = rows[0];
    const ColumnMapping m = ColumnMapping::guess(h);
    CHECK(headerFor(m, h, F::FirstName) == u"First Name");
    CHECK(headerFor(m, h, F::LastName) == u"Last Name");
    CHECK(headerFor(m, h, F::Company) == u"Company");
    CHECK(headerFor(m, h, F::JobTitle) == u"Job Title"); // not "Title" (Mr./Ms.)
    CHECK(headerFor(m, h, F::Email) == u"E-mail Address");
    CHECK(headerFor(m, h, F::Email2) == u"E-mail 2 Address");
    CHECK(headerFor(m, h, F::Phone) == u"Business Phone");
    CHECK(headerFor(m, h, F::Mobile) == u"Mobile Phone");
    CHECK(headerFor(m, h, F::Street) == u"Business Street");
    CHECK(headerFor(m, h, F::City) == u"Business City");
    CHECK(headerFor(m, h, F::Region) == u"Business State");
    CHECK(headerFor(m, h, F::PostalCode) == u"Business Postal Code");
    CHECK(headerFor(m, h, F::Country) == u"Business Country/Region");
    CHECK(headerFor(m, h, F::Birthday) == u"Birthday");
    CHECK(headerFor(m, h, F::Tags) == u"Categories");
    CHECK(headerFor(m, h, F::Source) == u"Referred By");
    CHECK(headerFor(m, h, F::Notes) == u"Notes");
    CHECK(headerFor(m, h, F::Website) == u"Web Page");
    for (const char16_t* unmapped : {u"Title", u"Business Fax", u"Car Phone", u"E-mail Display Name", u"E-mail Type",
                                     u"Assistant's Phone", u"Account", u"Business Street 2"})
        CHECK(m.field(int(h.indexOf(QString::fromUtf16(unmapped)))) == F::None);
    CHECK(m.value(rows[1], F::Mobile) == u"703-555-0199");
}

TEST_CASE("Chinese spreadsheet headers", "[io][mapping]")
{
    const QStringList h = strings({u"姓名", u"公司", u"职位", u"电话", u"手机", u"邮箱", u"地址", u"城市", u"省份",
                                   u"生日", u"备注", u"网址", u"标签", u"来源", u"邮编"});
    const ColumnMapping m = ColumnMapping::guess(h);
    const QList<F> expected{F::Name,  F::Company,  F::JobTitle, F::Phone, F::Mobile,
                            F::Email, F::Street,   F::City,     F::Region, F::Birthday,
                            F::Notes, F::Website,  F::Tags,     F::Source, F::PostalCode};
    for (int i = 0; i < h.size(); ++i) {
        INFO(h[i].toStdString());
        CHECK(m.field(i) == expected[i]);
    }
    CHECK(ColumnMapping::guess(strings({u"客户名称", u"单位", u"手机号", u"电子邮件"})).column(F::Email) == 3);
    CHECK(ColumnMapping::guess(strings({u"名字", u"公司名称", u"联系电话"})).column(F::Phone) == 2);
    CHECK(ColumnMapping::guess(strings({u"联系人", u"单位名称"})).column(F::Name) == 0);

    // The Excel sample read end to end.
    const QList<QStringList> rows = rowsOf(QStringLiteral("import/excel_chinese_gbk.csv"));
    const ColumnMapping sheet = ColumnMapping::guess(rows[0]);
    CHECK(sheet.value(rows[1], F::Name) == u"张三");
    CHECK(sheet.value(rows[1], F::Company) == u"北京星辰科技有限公司");
    CHECK(sheet.value(rows[1], F::Phone) == u"138-0013-8000");
    CHECK(sheet.value(rows[1], F::Email) == u"zhangsan@example.com");
    CHECK(sheet.value(rows[1], F::Birthday) == u"1985年4月12日");
}

TEST_CASE("Generic headers: case, spaces and punctuation do not matter", "[io][mapping]")
{
    CHECK(ColumnMapping::normalizeHeader(u"  E-Mail_Address ") == u"emailaddress");
    CHECK(ColumnMapping::normalizeHeader(u"ＥＭＡＩＬ") == u"email");
    CHECK(ColumnMapping::normalizeHeader(u"电子 邮件：") == u"电子邮件");
    const QStringList h = strings({u"FIRST_NAME", u"last-name", u"e.mail", u"Phone Number", u"Zip Code", u"Company Name",
                                   u"STATE", u"Tags", u"Type", u"Email"});
    const ColumnMapping m = ColumnMapping::guess(h);
    CHECK(m.field(0) == F::FirstName);
    CHECK(m.field(1) == F::LastName);
    CHECK(m.field(2) == F::Email);
    CHECK(m.field(3) == F::Phone);
    CHECK(m.field(4) == F::PostalCode);
    CHECK(m.field(5) == F::Company);
    CHECK(m.field(6) == F::Region);
    CHECK(m.field(7) == F::Tags);
    CHECK(m.field(8) == F::Kind);
    CHECK(m.field(9) == F::Email2); // a second email column becomes the second email
    CHECK(ColumnMapping::guess(strings({u"Colour", u"Shoe size"})).unmappedColumns() == QList<int>{0, 1});
}

TEST_CASE("The owner's changes: one column per field", "[io][mapping]")
{
    ColumnMapping m = ColumnMapping::guess(strings({u"Name", u"Mail", u"Other"}));
    CHECK(m.column(F::Email) == 1);
    m.set(2, F::Email); // moves the field
    CHECK(m.column(F::Email) == 2);
    CHECK(m.field(1) == F::None);
    m.set(0, F::None);
    CHECK_FALSE(m.isMapped(F::Name));
    m.set(5, F::Notes); // beyond the guessed width grows it
    CHECK(m.columnCount() == 6);
    CHECK(m.value(strings({u"a", u"b"}), F::Notes).isEmpty()); // short row: empty, no crash
    CHECK(m.value(strings({u"a", u"b", u"  x@y.z  "}), F::Email) == u"x@y.z");

    for (F f : ColumnMapping::allFields()) {
        CHECK(ColumnMapping::fieldForKey(ColumnMapping::key(f)) == f);
        CHECK_FALSE(ColumnMapping::label(f).isEmpty());
    }
    CHECK(ColumnMapping::key(F::PostalCode) == u"postal_code");
    CHECK(ColumnMapping::fieldForKey(u"none") == F::None);
    CHECK_FALSE(ColumnMapping::fieldForKey(u"shoe_size").has_value());
    CHECK(ColumnMapping::allFields().size() == 20);
}

TEST_CASE("Phone labels in English and Chinese", "[io][mapping]")
{
    for (const char16_t* mobile : {u"Mobile", u"* Mobile", u"cell", u"iPhone", u"手机", u"* 手机", u"移动电话"})
        CHECK(ContactLabels::phoneLabel(mobile) == PhoneLabel::Mobile);
    for (const char16_t* landline : {u"Work", u"* Home", u"Main", u"Other", u"工作", u"住宅", u"Shop"})
        CHECK(ContactLabels::phoneLabel(landline) == PhoneLabel::Landline);
    for (const char16_t* fax : {u"Work Fax", u"Home Fax", u"Pager", u"工作传真"})
        CHECK(ContactLabels::phoneLabel(fax) == PhoneLabel::Fax);
    CHECK(ContactLabels::phoneLabel(u"  ") == PhoneLabel::None);
    CHECK(ContactLabels::isPrimary(u"* Work"));
    CHECK_FALSE(ContactLabels::isPrimary(u"Work"));
}

TEST_CASE("Label columns are paired with their values; a column the owner maps is no longer sorted in", "[io][mapping]")
{
    const QStringList h = strings({u"Name", u"Phone 1 - Label", u"Phone 1 - Value", u"Phone 2 - Label", u"Phone 2 - Value",
                                   u"Phone 3 - Label", u"Phone 3 - Value", u"Labels"});
    ColumnMapping m = ColumnMapping::guess(h);
    CHECK(m.labelColumn(2) == 1);
    CHECK(m.labelColumn(4) == 3);
    CHECK(m.labelColumn(6) == 5);
    CHECK(m.labelColumn(0) == -1);
    CHECK(m.field(7) == F::Tags); // "Labels" is still Google's groups
    CHECK(m.field(6) == F::None);
    CHECK(m.extraOf(6) == F::Phone);

    const QStringList record = strings({u"Ann", u"Home", u"111 111", u"Work", u"222 222", u"Mobile", u"333 333", u""});
    CustomerRow row = CsvCustomerSource::rowFor(record, m);
    CHECK(row.value(F::Phone) == u"111 111 ::: 222 222");
    CHECK(row.value(F::Mobile) == u"333 333");

    m.set(6, F::Notes); // the owner wants the third number in the notes
    CHECK(m.extraOf(6) == F::None);
    row = CsvCustomerSource::rowFor(record, m);
    CHECK(row.value(F::Mobile).isEmpty());
    CHECK(row.value(F::Notes) == u"333 333");

    // Without labels in the row, the columns decide as they always did.
    row = CsvCustomerSource::rowFor(strings({u"Ann", u"", u"111 111", u"", u"222 222", u"", u"", u""}), m);
    CHECK(row.value(F::Phone) == u"111 111");
    CHECK(row.value(F::Mobile) == u"222 222");
}
