#pragma once

#include "activities/Activity.h"
#include "tasks/Task.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace rapport {

// How the UI shows values: money, local dates and times, "3 days ago", and names of domain values.
// Everything goes through QLocale and tr(), so it follows the owner's language.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(rapport::Format)

public:
    // Digits after the decimal point of an ISO 4217 currency (JPY 0, KWD 3, most 2).
    static int currencyDecimals(const QString& currency);
    // 1234567 minor units of "USD" -> "$12,345.67" (en) / "US$12,345.67" (zh).
    static QString money(qint64 minor, const QString& currency, const QLocale& locale = QLocale());
    // Parses what the owner typed ("1,200.50") into minor units; false if it is not an amount.
    static bool parseMoney(const QString& text, const QString& currency, qint64* minor,
                           const QLocale& locale = QLocale());
    static QString date(const QDate& date, const QLocale& locale = QLocale());
    static QString dateTime(const QDateTime& utc, const QLocale& locale = QLocale());
    static QString time(const QTime& time, const QLocale& locale = QLocale());
    // "just now", "5 minutes ago", "yesterday", "3 days ago", "in 2 hours", or a date when far away.
    static QString relative(const QDateTime& utc, const QDateTime& nowUtc);
    static QString relative(const QDateTime& utc);
    static QString duration(int minutes);

    static QString activityKind(ActivityKind kind);
    static QString ticketStatus(TicketStatus status);
    static QString ticketPriority(TicketPriority priority);
    static QString taskPriority(TaskPriority priority);
    // The default pipeline stages are stored in English; show them in the owner's language.
    static QString stageName(const QString& stored);
    // The common currencies offered in pickers, as ISO codes.
    static QStringList commonCurrencies();
};

} // namespace rapport
