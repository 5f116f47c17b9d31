#pragma once

#include <QDate>
#include <QLocale>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace rapport {

// How a column writes dates whose year comes last: 04/05/1985 is 4 May or April 5.
enum class DateOrder
{
    Unknown,
    DayMonthYear,
    MonthDayYear,
    YearMonthDay,
};

// Reads the dates found in spreadsheets and exports: ISO (1985-04-12, 1985/4/12, 19850412, with or
// without a time), d/m/y and m/d/y (two- or four-digit years), month names (12 Apr 1985, April 12, 1985),
// Chinese (1985年4月12日, 4月12日), yearless --04-12, and Excel serial day numbers (31149).
class DateParser
{
public:
    // Year given to dates that have none (a birthday without year), as Apple Contacts does.
    static constexpr int kNoYear = 1604;

    // Parses one value. Ambiguous day/month values (04/05/1985) need `order`; with Unknown they fail
    // rather than silently swap months. YearMonthDay reads year-last values as month first, Excel's
    // default outside day-first locales.
    static std::optional<QDate> parse(QStringView text, DateOrder order = DateOrder::Unknown,
                                      bool* hasYear = nullptr);

    // Decides a column's order: a value like 25/12/1985 proves day-first, 12/25/1985 month-first;
    // if nothing decides, `hint` (usually orderForLocale()).
    static DateOrder detectOrder(const QStringList& samples, DateOrder hint = DateOrder::Unknown);
    static DateOrder orderForLocale(const QLocale& locale);
};

} // namespace rapport
