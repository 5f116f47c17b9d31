#include "DateParser.h"

#include <QRegularExpression>

namespace rapport {
namespace {

struct Tokens
{
    QList<std::pair<int, int>> numbers; // value, digit count
    int month = 0;                      // from a month name, 0 when none
    bool ok = true;                     // false when a word is neither a month nor filler
};

int monthFromName(const QString& word)
{
    static const char* const names[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (QLatin1StringView(names[i]).startsWith(word))
            return i + 1;
    }
    return word == u"sept" ? 9 : 0;
}

bool isFiller(const QString& word)
{
    static const QStringList filler{QStringLiteral("st"),  QStringLiteral("nd"),  QStringLiteral("rd"),
                                    QStringLiteral("th"),  QStringLiteral("of"),  QStringLiteral("mon"),
                                    QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                                    QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return filler.contains(word.left(3)) || filler.contains(word);
}

Tokens tokenize(QStringView s)
{
    Tokens t;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype from = i;
        if (s[i].isDigit()) {
            while (i < s.size() && s[i].isDigit())
                ++i;
            if (i - from > 4) {
                t.ok = false;
                return t;
            }
            t.numbers.append({s.sliced(from, i - from).toInt(), int(i - from)});
        } else if (s[i].isLetter()) {
            while (i < s.size() && s[i].isLetter())
                ++i;
            const QString word = s.sliced(from, i - from).toString().toLower();
            if (const int m = monthFromName(word); m > 0 && t.month == 0)
                t.month = m;
            else if (!isFiller(word))
                t.ok = false;
        } else {
            ++i;
        }
    }
    return t;
}

int fullYear(int year, int digits)
{
    if (digits > 2)
        return year;
    // Two-digit years: up to this year means this century, the rest the last one (birthdays look back).
    const int now = QDate::currentDate().year();
    const int century = now - now % 100;
    return year <= now % 100 ? century + year : century - 100 + year;
}

std::optional<QDate> make(int y, int m, int d)
{
    const QDate date(y, m, d);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// Which of two small numbers is the day: decided by the order, or by a value that cannot be a month.
std::optional<bool> dayFirst(int a, int b, DateOrder order)
{
    if (order == DateOrder::DayMonthYear)
        return true;
    if (order == DateOrder::MonthDayYear || order == DateOrder::YearMonthDay)
        return false;
    if (a > 12 && b <= 12)
        return true;
    if (b > 12 && a <= 12)
        return false;
    if (a == b)
        return true;
    return std::nullopt;
}

QString cutTime(QString s)
{
    // 1985-04-12T10:00:00Z, 4/12/1985 10:30, 1985-04-12 10:30:00
    static const QRegularExpression isoTime(QStringLiteral(R"((\d)T\d.*$)"));
    s.replace(isoTime, QStringLiteral("\\1"));
    if (const qsizetype colon = s.indexOf(u':'); colon > 0) {
        const qsizetype space = s.lastIndexOf(u' ', colon);
        s = space > 0 ? s.left(space) : QString();
    }
    return s.trimmed();
}

} // namespace

std::optional<QDate> DateParser::parse(QStringView text, DateOrder order, bool* hasYear)
{
    if (hasYear)
        *hasYear = true;
    const QString s = cutTime(text.toString().normalized(QString::NormalizationForm_KC).trimmed());
    if (s.isEmpty())
        return std::nullopt;

    // Excel stores dates as days since 1899-12-30; a CSV of unformatted cells shows that number.
    static const QRegularExpression serial(QStringLiteral(R"(^(\d{5})(?:\.\d+)?$)"));
    if (const auto m = serial.match(s); m.hasMatch())
        return QDate(1899, 12, 30).addDays(m.captured(1).toInt());

    static const QRegularExpression chinese(QStringLiteral(R"(^(?:(\d{2,4})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$)"));
    if (const auto m = chinese.match(s); m.hasMatch()) {
        const bool withYear = !m.captured(1).isEmpty();
        if (hasYear)
            *hasYear = withYear;
        const int year = withYear ? fullYear(m.captured(1).toInt(), int(m.capturedLength(1))) : kNoYear;
        return make(year, m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (s.startsWith(u"--")) { // --04-12 and --0412 (vCard, Google Contacts): no year
        QString digits = s.mid(2);
        digits.remove(u'-');
        if (digits.size() != 4 || !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); }))
            return std::nullopt;
        if (hasYear)
            *hasYear = false;
        return make(kNoYear, digits.left(2).toInt(), digits.mid(2).toInt());
    }
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    if (const auto m = compact.match(s); m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    const Tokens t = tokenize(s);
    if (!t.ok)
        return std::nullopt;
    const auto& n = t.numbers;
    if (t.month > 0) {
        if (n.size() == 1 && n[0].second <= 2) {
            if (hasYear)
                *hasYear = false;
            return make(kNoYear, t.month, n[0].first);
        }
        if (n.size() != 2)
            return std::nullopt;
        // 12 Apr 1985, April 12, 1985, 1985 Apr 12, 12-Apr-85
        const bool firstIsYear = n[0].second >= 3 || n[0].first > 31;
        const auto& year = firstIsYear ? n[0] : n[1];
        const auto& day = firstIsYear ? n[1] : n[0];
        return make(fullYear(year.first, year.second), t.month, day.first);
    }
    if (n.size() == 3) {
        if (n[0].second >= 3) // 1985-04-12, 1985/4/12, 1985.04.12
            return make(n[0].first, n[1].first, n[2].first);
        if (n[2].second != 2 && n[2].second != 4)
            return std::nullopt;
        const auto first = dayFirst(n[0].first, n[1].first, order);
        if (!first)
            return std::nullopt;
        const int year = fullYear(n[2].first, n[2].second);
        return *first ? make(year, n[1].first, n[0].first) : make(year, n[0].first, n[1].first);
    }
    if (n.size() == 2 && n[0].second <= 2 && n[1].second <= 2) { // 12/04 without a year
        const auto first = dayFirst(n[0].first, n[1].first, order);
        if (!first)
            return std::nullopt;
        if (hasYear)
            *hasYear = false;
        return *first ? make(kNoYear, n[1].first, n[0].first) : make(kNoYear, n[0].first, n[1].first);
    }
    return std::nullopt;
}

DateOrder DateParser::detectOrder(const QStringList& samples, DateOrder hint)
{
    int dayFirstVotes = 0;
    int monthFirstVotes = 0;
    for (const QString& sample : samples) {
        const Tokens t = tokenize(cutTime(sample.normalized(QString::NormalizationForm_KC)));
        if (!t.ok || t.month > 0 || t.numbers.size() < 2 || t.numbers.size() > 3 || t.numbers[0].second > 2)
            continue;
        const int a = t.numbers[0].first;
        const int b = t.numbers[1].first;
        dayFirstVotes += a > 12 && b <= 12;
        monthFirstVotes += b > 12 && a <= 12;
    }
    if (dayFirstVotes == 0 && monthFirstVotes == 0)
        return hint;
    return dayFirstVotes >= monthFirstVotes ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
}

DateOrder DateParser::orderForLocale(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype d = format.indexOf(u'd');
    const qsizetype m = format.indexOf(u'M');
    const qsizetype y = format.indexOf(u'y');
    if (d < 0 || m < 0 || y < 0)
        return DateOrder::Unknown;
    if (y < m && y < d)
        return DateOrder::YearMonthDay;
    return d < m ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
}

} // namespace rapport
