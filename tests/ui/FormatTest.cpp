#include "catch.h"

#include "common/Format.h"

#include <QLocale>

using rapport::Format;

TEST_CASE("Money is shown from integer minor units without losing a cent", "[ui][format]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(Format::money(123456789, QStringLiteral("USD"), en) == QStringLiteral("$1,234,567.89"));
    CHECK(Format::money(5, QStringLiteral("USD"), en) == QStringLiteral("$0.05"));
    CHECK(Format::money(1500, QStringLiteral("JPY"), en) == QStringLiteral("JPY\u00a01,500"));
    CHECK(Format::money(-250, QStringLiteral("EUR"), en) == QStringLiteral("-€2.50"));
    const QLocale zh(QLocale::Chinese, QLocale::China);
    CHECK(Format::money(1234500, QStringLiteral("CNY"), zh) == QStringLiteral("¥12,345.00"));
    CHECK(Format::money(900719925474099100LL, QStringLiteral("USD"), en) == QStringLiteral("$9,007,199,254,740,991.00"));
}

TEST_CASE("Amounts typed by the owner become minor units", "[ui][format]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    qint64 minor = -1;
    CHECK(Format::parseMoney(QStringLiteral("1,250.5"), QStringLiteral("USD"), &minor, en));
    CHECK(minor == 125050);
    CHECK(Format::parseMoney(QStringLiteral("  "), QStringLiteral("USD"), &minor, en));
    CHECK(minor == 0);
    CHECK(Format::parseMoney(QStringLiteral("1500"), QStringLiteral("JPY"), &minor, en));
    CHECK(minor == 1500);
    CHECK_FALSE(Format::parseMoney(QStringLiteral("12.345"), QStringLiteral("USD"), &minor, en));
    CHECK_FALSE(Format::parseMoney(QStringLiteral("abc"), QStringLiteral("USD"), &minor, en));
    CHECK_FALSE(Format::parseMoney(QStringLiteral("-5"), QStringLiteral("USD"), &minor, en));
}

TEST_CASE("Relative times read naturally", "[ui][format]")
{
    const QDateTime now = QDateTime(QDate(2025, 6, 10), QTime(12, 0), Qt::UTC);
    CHECK(Format::relative(now.addSecs(-30), now) == QStringLiteral("just now"));
    CHECK(Format::relative(now.addSecs(-5 * 60), now).contains(QStringLiteral("5 minute")));
    CHECK(Format::relative(now.addDays(-3), now).contains(QStringLiteral("3 day")));
    CHECK(Format::relative(now.addDays(2), now).contains(QStringLiteral("2 day")));
    CHECK(Format::relative(now.addDays(-1), now) == QStringLiteral("yesterday"));
    CHECK(Format::relative(QDateTime(), now).isEmpty());
}
