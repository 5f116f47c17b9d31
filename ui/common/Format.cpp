#include "Format.h"

#include "Clock.h"
#include "Money.h"
#include "analytics/ReportText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdlib>

namespace rapport {
namespace {

qint64 powerOfTen(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

} // namespace

int Format::currencyDecimals(const QString& currency)
{
    return rapport::currencyDecimals(currency);
}

QString Format::money(qint64 minor, const QString& currency, const QLocale& locale)
{
    return formatMoney(minor, currency, locale);
}

bool Format::parseMoney(const QString& text, const QString& currency, qint64* minor, const QLocale& locale)
{
    QString cleaned = text.trimmed();
    cleaned.remove(locale.groupSeparator());
    cleaned.remove(QLatin1Char(' '));
    cleaned.remove(QChar(0x00A0));
    if (cleaned.isEmpty()) {
        *minor = 0;
        return true;
    }
    const int decimals = currencyDecimals(currency);
    const QString point = locale.decimalPoint();
    QString whole = cleaned;
    QString fraction;
    const auto at = cleaned.indexOf(point);
    if (at >= 0) {
        whole = cleaned.left(at);
        fraction = cleaned.mid(at + point.size());
    }
    if (fraction.size() > decimals)
        return false;
    bool ok = true;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok || units < 0 || units > 100'000'000'000LL)
        return false;
    qint64 part = 0;
    if (!fraction.isEmpty()) {
        for (const QChar c : fraction) {
            if (!c.isDigit())
                return false;
        }
        part = fraction.toLongLong(&ok) * powerOfTen(decimals - static_cast<int>(fraction.size()));
    }
    *minor = units * powerOfTen(decimals) + part;
    return ok;
}

QString Format::date(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString Format::time(const QTime& time, const QLocale& locale)
{
    // The locale's short time without seconds (some locales' short format still has them).
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return time.isValid() ? locale.toString(time, format) : QString();
}

QString Format::dateTime(const QDateTime& utc, const QLocale& locale)
{
    if (!utc.isValid())
        return QString();
    const QDateTime local = utc.toLocalTime();
    return date(local.date(), locale) + QLatin1Char(' ') + time(local.time(), locale);
}

QString Format::relative(const QDateTime& utc)
{
    return relative(utc, Clock::nowUtc());
}

QString Format::relative(const QDateTime& utc, const QDateTime& nowUtc)
{
    if (!utc.isValid())
        return QString();
    const qint64 seconds = utc.secsTo(nowUtc);
    const qint64 absolute = std::llabs(seconds);
    const bool past = seconds >= 0;
    if (absolute < 60)
        return tr("just now");
    if (absolute < 3600) {
        const int m = static_cast<int>(absolute / 60);
        return past ? tr("%n minute(s) ago", nullptr, m) : tr("in %n minute(s)", nullptr, m);
    }
    const QDate day = utc.toLocalTime().date();
    const QDate today = nowUtc.toLocalTime().date();
    const qint64 days = day.daysTo(today);
    if (absolute < 6 * 3600 || days == 0) {
        const int h = static_cast<int>(absolute / 3600);
        return past ? tr("%n hour(s) ago", nullptr, h) : tr("in %n hour(s)", nullptr, h);
    }
    if (days == 1)
        return tr("yesterday");
    if (days == -1)
        return tr("tomorrow");
    if (days > 1 && days < 30)
        return tr("%n day(s) ago", nullptr, static_cast<int>(days));
    if (days < -1 && days > -30)
        return tr("in %n day(s)", nullptr, static_cast<int>(-days));
    return date(day);
}

QString Format::duration(int minutes)
{
    if (minutes <= 0)
        return QString();
    if (minutes < 60)
        return tr("%n min", nullptr, minutes);
    const int h = minutes / 60;
    const int m = minutes % 60;
    return m == 0 ? tr("%n h", nullptr, h) : tr("%1 h %2 min").arg(h).arg(m);
}

QString Format::activityKind(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call: return tr("Call");
    case ActivityKind::Email: return tr("Email");
    case ActivityKind::Meeting: return tr("Meeting");
    case ActivityKind::Note: return tr("Note");
    case ActivityKind::Message: return tr("Message");
    }
    return QString();
}

QString Format::ticketStatus(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New: return tr("New");
    case TicketStatus::Open: return tr("Open");
    case TicketStatus::Pending: return tr("Pending");
    case TicketStatus::Resolved: return tr("Resolved");
    case TicketStatus::Closed: return tr("Closed");
    }
    return QString();
}

QString Format::ticketPriority(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Low: return tr("Low");
    case TicketPriority::Normal: return tr("Normal");
    case TicketPriority::High: return tr("High");
    case TicketPriority::Urgent: return tr("Urgent");
    }
    return QString();
}

QString Format::taskPriority(TaskPriority priority)
{
    switch (priority) {
    case TaskPriority::Low: return tr("Low");
    case TaskPriority::Normal: return tr("Normal");
    case TaskPriority::High: return tr("High");
    }
    return QString();
}

QString Format::stageName(const QString& stored)
{
    // The default stages' names are translated once, with the reports.
    return ReportText::stageName(stored);
}

QStringList Format::commonCurrencies()
{
    return {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("CNY"),
            QStringLiteral("JPY"), QStringLiteral("HKD"), QStringLiteral("TWD"), QStringLiteral("SGD"),
            QStringLiteral("AUD"), QStringLiteral("CAD"), QStringLiteral("CHF"), QStringLiteral("SEK"),
            QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN"), QStringLiteral("CZK"),
            QStringLiteral("INR"), QStringLiteral("KRW"), QStringLiteral("BRL"), QStringLiteral("MXN"),
            QStringLiteral("ZAR"), QStringLiteral("NZD")};
}

} // namespace rapport
