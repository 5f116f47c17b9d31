#pragma once

#include "analytics/ReportRange.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace rapport {

// Numbers in words for report tables, in the report's locale.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ReportText)

public:
    explicit ReportText(const QLocale& locale, const QString& currency = {}) : m_locale(locale), m_currency(currency) {}

    QString count(qint64 n) const { return m_locale.toString(n); }
    QString money(qint64 minor) const;
    QString percent(const Ratio& ratio) const; // "75.0%", or a dash when there is nothing to divide by
    QString percent(double fraction) const;
    QString days(std::optional<double> days) const;
    QString number(double value, int decimals = 1) const { return m_locale.toString(value, 'f', decimals); }
    QString month(const QString& key) const; // "2024-01" -> "Jan 2024" / "2024年1月"
    // Under a chart's bars, where six or twelve months share the width: "Jan 24" / "24年1月".
    QString shortMonth(const QString& key) const;
    QString date(const QDate& date) const;
    QString longDate(const QDate& date) const; // "1 Jan 2024" / "2024年1月1日"
    QString dash() const { return QStringLiteral("—"); }
    // The stored names of the default stages, in the report's language.
    static QString stageName(const QString& stored);
    const QString& currency() const { return m_currency; }
    const QLocale& locale() const { return m_locale; }

private:
    QLocale m_locale;
    QString m_currency;
};

} // namespace rapport
