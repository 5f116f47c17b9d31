#include "Clock.h"

#include <QTimeZone>

namespace rapport {
namespace {
std::function<QDateTime()>& overrideSlot()
{
    static std::function<QDateTime()> slot;
    return slot;
}
} // namespace

QDateTime Clock::nowUtc()
{
    const auto& now = overrideSlot();
    QDateTime t = now ? now() : QDateTime::currentDateTimeUtc();
    t = t.toUTC();
    // Storage has second precision; keep "now" comparable with what was stored.
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

QDate Clock::todayLocal()
{
    return nowUtc().toLocalTime().date();
}

void Clock::setOverride(std::function<QDateTime()> now)
{
    overrideSlot() = std::move(now);
}

QString toStoredInstant(const QDateTime& instant)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime fromStoredInstant(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() != Qt::UTC)
        t = t.toUTC();
    return t;
}

QString toStoredDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromStoredDate(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace rapport
