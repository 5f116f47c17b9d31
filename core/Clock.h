#pragma once

#include <QDateTime>

#include <functional>

namespace rapport {

// The one source of "now" in core, so tests can move time without sleeping.
class Clock
{
public:
    static QDateTime nowUtc();
    static QDate todayLocal();
    // Pass an empty function to return to the system clock.
    static void setOverride(std::function<QDateTime()> now);
};

// Instants are stored as UTC text `YYYY-MM-DDTHH:MM:SSZ`, dates as `YYYY-MM-DD`.
QString toStoredInstant(const QDateTime& instant);
QDateTime fromStoredInstant(const QString& text);
QString toStoredDate(const QDate& date);
QDate fromStoredDate(const QString& text);

} // namespace rapport
