#include "IoTestUtil.h"

#include "io/DateParser.h"

using namespace rapport;
using rapport::test::strings;

TEST_CASE("ISO, compact and Chinese dates", "[io][dates]")
{
    const QDate d(1985, 4, 12);
    CHECK(DateParser::parse(u"1985-04-12") == d);
    CHECK(DateParser::parse(u"1985/4/12") == d);
    CHECK(DateParser::parse(u"1985.04.12") == d);
    CHECK(DateParser::parse(u"19850412") == d);
    CHECK(DateParser::parse(u"1985-04-12T08:30:00Z") == d);
    CHECK(DateParser::parse(u"1985-04-12 08:30") == d);
    CHECK(DateParser::parse(u"1985年4月12日") == d);
    CHECK(DateParser::parse(u"1985 年 04 月 12 日") == d);
    CHECK(DateParser::parse(u"１９８５年４月１２日") == d);
    CHECK(DateParser::parse(u"1985年4月12号") == d);
    bool hasYear = true;
    CHECK(DateParser::parse(u"4月12日", DateOrder::Unknown, &hasYear) == QDate(DateParser::kNoYear, 4, 12));
    CHECK_FALSE(hasYear);
    CHECK(DateParser::parse(u"--04-12", DateOrder::Unknown, &hasYear) == QDate(DateParser::kNoYear, 4, 12));
    CHECK_FALSE(hasYear);
}

TEST_CASE("Day/month order comes from the value, the column or the locale", "[io][dates]")
{
    const QDate d(1985, 4, 12);
    CHECK(DateParser::parse(u"12/04/1985", DateOrder::DayMonthYear) == d);
    CHECK(DateParser::parse(u"4/12/1985", DateOrder::MonthDayYear) == d);
    CHECK(DateParser::parse(u"12.04.1985", DateOrder::DayMonthYear) == d);
    CHECK(DateParser::parse(u"12/04/85", DateOrder::DayMonthYear) == d);
    // Unambiguous values need no order; ambiguous ones refuse to guess.
    CHECK(DateParser::parse(u"25/12/1985") == QDate(1985, 12, 25));
    CHECK(DateParser::parse(u"12/25/1985") == QDate(1985, 12, 25));
    CHECK(DateParser::parse(u"5/5/1985") == QDate(1985, 5, 5));
    CHECK_FALSE(DateParser::parse(u"04/05/1985").has_value());

    CHECK(DateParser::detectOrder(strings({u"01/02/1990", u"25/03/1990", u""}), DateOrder::MonthDayYear) ==
          DateOrder::DayMonthYear);
    CHECK(DateParser::detectOrder(strings({u"01/02/1990", u"3/25/1990"}), DateOrder::DayMonthYear) ==
          DateOrder::MonthDayYear);
    CHECK(DateParser::detectOrder(strings({u"01/02/1990", u"1990-03-25"}), DateOrder::DayMonthYear) ==
          DateOrder::DayMonthYear);

    CHECK(DateParser::orderForLocale(QLocale(QLocale::English, QLocale::UnitedStates)) == DateOrder::MonthDayYear);
    CHECK(DateParser::orderForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)) == DateOrder::DayMonthYear);
    CHECK(DateParser::orderForLocale(QLocale(QLocale::German, QLocale::Germany)) == DateOrder::DayMonthYear);
    CHECK(DateParser::orderForLocale(QLocale(QLocale::Chinese, QLocale::China)) == DateOrder::YearMonthDay);
    CHECK(DateParser::parse(u"4/12/1985", DateOrder::YearMonthDay) == d);
}

TEST_CASE("Month names and Excel serial numbers", "[io][dates]")
{
    const QDate d(1985, 4, 12);
    CHECK(DateParser::parse(u"12 Apr 1985") == d);
    CHECK(DateParser::parse(u"April 12, 1985") == d);
    CHECK(DateParser::parse(u"12-Apr-85") == d);
    CHECK(DateParser::parse(u"Friday, April 12th, 1985") == d);
    CHECK(DateParser::parse(u"1985 APRIL 12") == d);
    CHECK(DateParser::parse(u"Sept 1, 2020") == QDate(2020, 9, 1));
    // Excel counts days from 1899-12-30.
    CHECK(DateParser::parse(u"31149") == d);
    CHECK(DateParser::parse(u"45000") == QDate(2023, 3, 15));
    CHECK(DateParser::parse(u"31149.0") == d);
}

TEST_CASE("Rubbish is refused, not guessed", "[io][dates]")
{
    for (const char16_t* bad : {u"", u"   ", u"n/a", u"1985", u"1985-04", u"31/31/1985", u"1985-02-30",
                                u"Apr", u"12345678901", u"tomorrow", u"0000-00-00", u"1/2/3"})
        CHECK_FALSE(DateParser::parse(QStringView(bad), DateOrder::DayMonthYear).has_value());
}
