#include "Money.h"

#include <QStringList>

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

int currencyDecimals(const QString& currency)
{
    static const QStringList zero = {QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"),
                                     QStringLiteral("CLP"), QStringLiteral("ISK"), QStringLiteral("XOF"),
                                     QStringLiteral("XAF"), QStringLiteral("UGX"), QStringLiteral("PYG")};
    static const QStringList three = {QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"),
                                      QStringLiteral("JOD"), QStringLiteral("TND"), QStringLiteral("IQD"),
                                      QStringLiteral("LYD")};
    const QString code = currency.toUpper();
    if (zero.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

QString formatMoney(qint64 minor, const QString& currency, const QLocale& locale)
{
    const int decimals = currencyDecimals(currency);
    // Whole units and the fraction are formatted separately so large amounts never lose a cent.
    const qint64 scale = powerOfTen(decimals);
    const bool negative = minor < 0;
    const qint64 absolute = negative ? -minor : minor;
    QString symbol = currency.toUpper();
    // Use the locale's symbol where the currency is the locale's own; otherwise the ISO code is clearest,
    // except for a few symbols everyone reads the same way.
    if (symbol == locale.currencySymbol(QLocale::CurrencyIsoCode))
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    else if (symbol == QStringLiteral("USD") && locale.language() == QLocale::English)
        symbol = QStringLiteral("$");
    else if (symbol == QStringLiteral("EUR"))
        symbol = QStringLiteral("€");
    else if (symbol == QStringLiteral("GBP"))
        symbol = QStringLiteral("£");
    else if (symbol == QStringLiteral("CNY"))
        symbol = QStringLiteral("¥");
    QString number = locale.toString(absolute / scale);
    if (decimals > 0) {
        number += locale.decimalPoint();
        number += QStringLiteral("%1").arg(absolute % scale, decimals, 10, QLatin1Char('0'));
    }
    const bool alpha = symbol.size() == 3 && symbol.at(0).isLetter();
    QString text = alpha ? symbol + QChar(0x00A0) + number : symbol + number;
    return negative ? locale.negativeSign() + text : text;
}

double majorUnits(qint64 minor, const QString& currency)
{
    return static_cast<double>(minor) / static_cast<double>(powerOfTen(currencyDecimals(currency)));
}

} // namespace rapport
