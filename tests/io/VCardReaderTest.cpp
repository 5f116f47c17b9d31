#include "IoTestUtil.h"

#include "io/VCardLine.h"
#include "io/VCardReader.h"

using namespace rapport;
using rapport::test::dataPath;
using rapport::test::readData;
using rapport::test::strings;

TEST_CASE("vCard 2.1 from an Android phone: quoted-printable UTF-8, soft breaks, bare types", "[io][vcard]")
{
    const VCardParseResult r = VCardReader::parse(readData(QStringLiteral("import/vcard21_android.vcf")));
    CHECK(r.issues.isEmpty());
    REQUIRE(r.contacts.size() == 2);

    const VCardContact& zhang = r.contacts[0];
    CHECK(zhang.version == u"2.1");
    CHECK(zhang.line == 1);
    CHECK(zhang.complete);
    CHECK(zhang.familyName == u"张");
    CHECK(zhang.givenName == u"三");
    CHECK(zhang.formattedName == u"张三");
    CHECK(zhang.displayName() == u"张三");
    REQUIRE(zhang.phones.size() == 2);
    CHECK(zhang.phones[0].value == u"138-0013-8000");
    CHECK(zhang.phones[0].types == strings({u"cell"}));
    CHECK(zhang.phones[0].preferred);
    CHECK(zhang.phones[1].value == u"010-12345678");
    CHECK(zhang.phones[1].types == strings({u"work", u"voice"}));
    REQUIRE(zhang.emails.size() == 1);
    CHECK(zhang.emails[0].value == u"zhangsan@example.com");
    CHECK(zhang.emails[0].types == strings({u"home"}));
    CHECK(zhang.organization == u"星辰科技");
    CHECK(zhang.orgUnits == strings({u"销售部"}));
    CHECK(zhang.note == u"第一行备注第二行"); // the soft line break joins without a newline
    REQUIRE(zhang.addresses.size() == 1);
    CHECK(zhang.addresses[0].street == u"建国路88号");
    CHECK(zhang.addresses[0].locality == u"北京");
    CHECK(zhang.addresses[0].postalCode == u"100022");
    CHECK(zhang.addresses[0].country == u"中国");
    CHECK(zhang.addresses[0].types == strings({u"work"}));
    CHECK(zhang.birthday == QDate(1985, 4, 12));
    CHECK(zhang.birthdayHasYear);

    const VCardContact& john = r.contacts[1];
    CHECK(john.displayName() == u"John Smith");
    CHECK(john.honorificPrefixes == u"Mr.");
    REQUIRE(john.phones.size() == 1);
    CHECK(john.phones[0].types == strings({u"home", u"fax"}));
    REQUIRE(john.emails.size() == 1);
    CHECK(john.emails[0].value == u"JOHN@EXAMPLE.COM");
    CHECK(john.emails[0].types == strings({u"work"})); // "internet" says nothing
    CHECK(john.note == u"Café owner, likes = signs");
}

TEST_CASE("vCard 2.1 from an old Chinese phone: CHARSET=GB2312 raw bytes and GBK quoted-printable", "[io][vcard]")
{
    const VCardParseResult r = VCardReader::parse(readData(QStringLiteral("import/vcard21_gbk.vcf")));
    REQUIRE(r.contacts.size() == 1);
    CHECK(r.contacts[0].familyName == u"李");
    CHECK(r.contacts[0].givenName == u"四");
    CHECK(r.contacts[0].formattedName == u"李四");
    CHECK(r.contacts[0].phones.value(0).value == u"13900139000");
    CHECK(r.issues.isEmpty());
}

TEST_CASE("vCard 3.0 from Apple Contacts: groups and labels, escapes, folding, photo skipped", "[io][vcard]")
{
    const Result<VCardParseResult> read = VCardReader::readFile(dataPath(QStringLiteral("import/vcard30_apple.vcf")));
    REQUIRE(read.ok());
    const VCardParseResult& r = read.value();
    REQUIRE(r.contacts.size() == 1);
    const VCardContact& c = r.contacts[0];
    CHECK(c.version == u"3.0");
    CHECK(c.formattedName == u"Dr. Mary Ann O'Neil");
    CHECK(c.familyName == u"O'Neil");
    CHECK(c.givenName == u"Mary");
    CHECK(c.additionalNames == u"Ann");
    CHECK(c.honorificPrefixes == u"Dr.");
    CHECK(c.honorificSuffixes == u"PhD");
    CHECK(c.organization == u"Acme, Inc.");
    CHECK(c.orgUnits == strings({u"Research"}));
    CHECK(c.title == u"Head of R&D");
    REQUIRE(c.emails.size() == 2);
    CHECK(c.emails[0].value == u"mary@acme.example");
    CHECK(c.emails[0].types == strings({u"work"}));
    CHECK(c.emails[0].preferred);
    CHECK(c.emails[0].label == u"Work");
    CHECK(c.emails[1].label == u"Private");
    CHECK_FALSE(c.emails[1].preferred);
    REQUIRE(c.phones.size() == 1);
    CHECK(c.phones[0].value == u"+1 (555) 010-0199");
    CHECK(c.phones[0].types == strings({u"cell", u"voice"}));
    REQUIRE(c.addresses.size() == 1);
    CHECK(c.addresses[0].street == u"1 Infinite Loop\nBuilding 4");
    CHECK(c.addresses[0].locality == u"Cupertino");
    CHECK(c.addresses[0].region == u"CA");
    CHECK(c.addresses[0].postalCode == u"95014");
    CHECK(c.addresses[0].country == u"USA");
    CHECK(c.addresses[0].preferred);
    CHECK(c.note == u"Line one\nLine two, with comma; and semicolon\\backslash and a long note that is folded onto "
                    u"the next line");
    CHECK(c.urls == strings({u"https://acme.example/mary"}));
    CHECK(c.birthday == QDate(1970, 1, 31));
    CHECK(c.categories == strings({u"VIP", u"Clients, Europe"}));
}

TEST_CASE("vCard 4.0: tel: URIs, PREF, quoted TYPE lists, yearless birthday", "[io][vcard]")
{
    const VCardParseResult r = VCardReader::parse(readData(QStringLiteral("import/vcard40.vcf")));
    REQUIRE(r.contacts.size() == 1);
    const VCardContact& c = r.contacts[0];
    CHECK(c.version == u"4.0");
    CHECK(c.displayName() == u"王小明");
    CHECK(c.familyName == u"王");
    CHECK(c.organization == u"龙腾电子");
    CHECK(c.title == u"采购经理");
    REQUIRE(c.emails.size() == 1);
    CHECK(c.emails[0].preferred);
    CHECK(c.emails[0].types == strings({u"work"}));
    REQUIRE(c.phones.size() == 1);
    CHECK(c.phones[0].value == u"+86-138-0013-8000");
    CHECK(c.phones[0].types == strings({u"voice", u"cell"}));
    REQUIRE(c.addresses.size() == 1);
    CHECK(c.addresses[0].street == u"科技园路1号");
    CHECK(c.addresses[0].region == u"广东");
    CHECK(c.addresses[0].types == strings({u"home"}));
    CHECK(c.birthday == QDate(1604, 4, 12));
    CHECK_FALSE(c.birthdayHasYear);
    CHECK(c.categories == strings({u"供应商", u"深圳"}));
    CHECK(c.note == u"需要增值税专用发票");
}

TEST_CASE("A name is composed when FN is missing: family first for Chinese", "[io][vcard]")
{
    const VCardParseResult r = VCardReader::parse("BEGIN:VCARD\nVERSION:3.0\nN:张;伟;;;\nEND:VCARD\n"
                                                  "BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;;;\nEND:VCARD\n"
                                                  "BEGIN:VCARD\nVERSION:3.0\nORG:Only Company Ltd\nEND:VCARD\n");
    REQUIRE(r.contacts.size() == 3);
    CHECK(r.contacts[0].displayName() == u"张伟");
    CHECK(r.contacts[1].displayName() == u"Jane Doe");
    CHECK(r.contacts[2].displayName() == u"Only Company Ltd");
}

TEST_CASE("A card without END is reported with its line; the others still read", "[io][vcard]")
{
    const VCardParseResult r = VCardReader::parse(readData(QStringLiteral("malformed/vcard_missing_end.vcf")));
    REQUIRE(r.contacts.size() == 3);
    CHECK(r.contacts[0].formattedName == u"First Person");
    CHECK(r.contacts[0].emails.value(0).value == u"first@example.com");
    CHECK_FALSE(r.contacts[0].complete);
    CHECK(r.contacts[1].formattedName == u"Second Person");
    CHECK(r.contacts[1].complete);
    CHECK(r.contacts[2].formattedName == u"Third Person");
    CHECK_FALSE(r.contacts[2].complete);
    REQUIRE(r.issues.size() == 2);
    CHECK(r.issues[0].code == u"vcard.missing_end");
    CHECK(r.issues[0].line == 1);
    CHECK(r.issues[0].message.contains(u"line 1"));
    CHECK(r.issues[1].line == 9);
}

TEST_CASE("Unreadable birthdays and stray lines are reported, not fatal", "[io][vcard]")
{
    const VCardParseResult r =
        VCardReader::parse("stray text\r\nBEGIN:VCARD\r\nFN:A\r\nBDAY:sometime in May\r\nEND:VCARD\r\n");
    REQUIRE(r.contacts.size() == 1);
    CHECK_FALSE(r.contacts[0].birthday.isValid());
    REQUIRE(r.issues.size() == 2);
    CHECK(r.issues[0].code == u"vcard.stray_line");
    CHECK(r.issues[0].line == 1);
    CHECK(r.issues[1].code == u"vcard.bad_birthday");
    CHECK(r.issues[1].line == 4);
}

TEST_CASE("vCard helpers: quoted-printable, escapes, dates", "[io][vcard]")
{
    CHECK(VCardLine::decodeQuotedPrintable("a=3Db=\r\nc=E5=BC=A0") == QByteArray("a=bc\xE5\xBC\xA0"));
    CHECK(VCardLine::decodeQuotedPrintable("100%=ZZ=") == QByteArray("100%=ZZ"));
    CHECK(VCardLine::unescape(u"a\\,b\\;c\\nd\\\\e\\Nf C:\\path") == u"a,b;c\nd\\e\nf C:\\path");
    CHECK(VCardLine::splitEscaped(u"a\\;b;c;;", u';') == strings({u"a;b", u"c", u"", u""}));

    bool hasYear = true;
    CHECK(VCardReader::parseDate(u"19850412") == QDate(1985, 4, 12));
    CHECK(VCardReader::parseDate(u"1985-04-12") == QDate(1985, 4, 12));
    CHECK(VCardReader::parseDate(u"1985-04-12T00:00:00Z") == QDate(1985, 4, 12));
    CHECK(VCardReader::parseDate(u"--0412", &hasYear) == QDate(1604, 4, 12));
    CHECK_FALSE(hasYear);
    CHECK(VCardReader::parseDate(u"--04-12", &hasYear) == QDate(1604, 4, 12));
    CHECK_FALSE(VCardReader::parseDate(u"1985-13-40").isValid());
    CHECK_FALSE(VCardReader::parseDate(u"soon").isValid());
}

TEST_CASE("readFile refuses files that hold no cards", "[io][vcard]")
{
    const auto garbage = VCardReader::readFile(dataPath(QStringLiteral("malformed/binary_garbage.csv")));
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().code == u"vcard.binary");
    const auto csv = VCardReader::readFile(dataPath(QStringLiteral("import/google_contacts_new.csv")));
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.error().code == u"vcard.empty");
    const auto missing = VCardReader::readFile(dataPath(QStringLiteral("import/nope.vcf")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == u"vcard.unreadable");
}

TEST_CASE("Content lines: groups, parameters in every form, colons inside quotes", "[io][vcard]")
{
    const VCardLine l = VCardLine::parse("item1.ADR;TYPE=\"work,pref\";LABEL=\"a:b;c\";x-y=1:;;Street", 7);
    CHECK(l.group == "ITEM1");
    CHECK(l.name == "ADR");
    CHECK(l.line == 7);
    CHECK(l.value == ";;Street");
    CHECK(l.param("LABEL") == "a:b;c");
    bool preferred = false;
    CHECK(l.types(&preferred) == strings({u"work"}));
    CHECK(preferred);

    const VCardLine bare = VCardLine::parse("TEL;WORK;VOICE;QUOTED-PRINTABLE;CHARSET=UTF-8:=31", 1);
    CHECK(bare.encoding() == u"QUOTED-PRINTABLE");
    CHECK(bare.param("CHARSET") == "UTF-8");
    CHECK(bare.types(&preferred) == strings({u"work", u"voice"}));
    CHECK_FALSE(preferred);
    CHECK(VCardLine::isQuotedPrintable("NOTE;ENCODING=QUOTED-PRINTABLE:a="));
    CHECK_FALSE(VCardLine::isQuotedPrintable("NOTE:QUOTED-PRINTABLE="));
}

TEST_CASE("Other charsets old phones write are decoded too", "[io][vcard]")
{
    // Shift_JIS for 山田 (Japanese phones), Big5 for 陳 (Taiwan, Hong Kong).
    const VCardParseResult r = VCardReader::parse("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                                  "FN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8E=52=93=63\r\n"
                                                  "ORG;CHARSET=Big5;ENCODING=QUOTED-PRINTABLE:=B3=AF\r\n"
                                                  "END:VCARD\r\n");
    REQUIRE(r.contacts.size() == 1);
    CHECK(r.contacts[0].formattedName == u"山田");
    CHECK(r.contacts[0].organization == u"陳");
}
