#pragma once

#include <QLocale>
#include <QString>

namespace rapport {

// Digits after the decimal point of an ISO 4217 currency (JPY 0, KWD 3, most 2).
int currencyDecimals(const QString& currency);
// 1234567 minor units of "USD" -> "$12,345.67" (en) / "US$12,345.67" (zh). Shared by the GUI and the reports.
QString formatMoney(qint64 minor, const QString& currency, const QLocale& locale = QLocale());
// Minor units as a plain number of major units, for charts (never for sums).
double majorUnits(qint64 minor, const QString& currency);

} // namespace rapport
