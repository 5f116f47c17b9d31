#include "IoTestUtil.h"

#include "io/Normalize.h"

using namespace rapport;

TEST_CASE("Emails compare lower case, trimmed and without decoration", "[io][normalize]")
{
    CHECK(Normalize::email(u"  Zhang.San@Example.COM ") == u"zhang.san@example.com");
    CHECK(Normalize::email(u"mailto:ada@example.com") == u"ada@example.com");
    CHECK(Normalize::email(u"Ada Lovelace <Ada@Example.com>") == u"ada@example.com");
    CHECK(Normalize::email(u"ｚｈａｎｇ＠ｑｑ．ｃｏｍ") == u"zhang@qq.com"); // full-width input
    CHECK(Normalize::email(u"\"bob@example.com\";") == u"bob@example.com");
    CHECK(Normalize::email(u"   ").isEmpty());

    CHECK(Normalize::isPlausibleEmail(u"ada@example.com"));
    CHECK(Normalize::isPlausibleEmail(u"a.b+tag@sub.example.co.uk"));
    CHECK_FALSE(Normalize::isPlausibleEmail(u"ada.example.com"));
    CHECK_FALSE(Normalize::isPlausibleEmail(u"ada@localhost"));
    CHECK_FALSE(Normalize::isPlausibleEmail(u"a@b@example.com"));
    CHECK_FALSE(Normalize::isPlausibleEmail(u"ada @example.com"));
    CHECK_FALSE(Normalize::isPlausibleEmail(u"@example.com"));
    CHECK_FALSE(Normalize::isPlausibleEmail(u"ada@example..com"));
    CHECK_FALSE(Normalize::isPlausibleEmail(u"a@b.com, c@d.com"));
}

TEST_CASE("Phones compare as digits, country prefix aware", "[io][normalize]")
{
    const QString cn = Normalize::phone(u"+86 138-0013-8000");
    CHECK(cn == u"+8613800138000");
    CHECK(Normalize::phone(u"13800138000", u"86") == cn);
    CHECK(Normalize::phone(u"0086 138 0013 8000") == cn);
    CHECK(Normalize::phone(u"8613800138000", u"+86") == cn);
    CHECK(Normalize::phone(u"(+86) 138 0013 8000") == cn);
    CHECK(Normalize::phone(u"１３８００１３８０００", u"86") == cn); // full-width digits
    CHECK(Normalize::phone(u"tel:+86-138-0013-8000") == cn);
    CHECK(Normalize::phone(u"13800138000") == u"13800138000"); // no country known: digits only

    // Landlines: the national trunk 0 goes when the country code comes.
    CHECK(Normalize::phone(u"010-1234 5678", u"86") == u"+861012345678");
    CHECK(Normalize::phone(u"+86 10 1234 5678") == u"+861012345678");
    CHECK(Normalize::phone(u"+44 (0)20 7946 0018") == u"+442079460018");
    CHECK(Normalize::phone(u"020 7946 0018", u"44") == u"+442079460018");

    // North America: 1 is the country code.
    CHECK(Normalize::phone(u"(703) 555-0100", u"1") == u"+17035550100");
    CHECK(Normalize::phone(u"1-703-555-0100", u"1") == u"+17035550100");

    // Extensions do not make a different number.
    CHECK(Normalize::phone(u"+1 703 555 0100 ext. 12") == u"+17035550100");
    CHECK(Normalize::phone(u"+1 703 555 0100 x12") == u"+17035550100");
    CHECK(Normalize::phone(u"010-12345678转801", u"86") == u"+861012345678");

    CHECK(Normalize::phone(u"n/a").isEmpty());
    CHECK(Normalize::phone(u"").isEmpty());
}

TEST_CASE("Name keys match spacing and case variants, Chinese names with or without spaces", "[io][normalize]")
{
    CHECK(Normalize::nameKey(u"张 三") == Normalize::nameKey(u"张三"));
    CHECK(Normalize::nameKey(u" 张三 ") == u"张三");
    CHECK(Normalize::nameKey(u"Zhang  San") == u"zhang san");
    CHECK(Normalize::nameKey(u"ZHANG san") == Normalize::nameKey(u"zhang San"));
    CHECK(Normalize::nameKey(u"O'Neil") == Normalize::nameKey(u"ONeil"));
    CHECK(Normalize::nameKey(u"ＡＤＡ") == u"ada");
    CHECK(Normalize::nameKey(u"José") == Normalize::nameKey(u"JOSÉ"));
    CHECK(Normalize::nameKey(u"Zhang San") != Normalize::nameKey(u"ZhangSan")); // Latin word breaks matter
}
