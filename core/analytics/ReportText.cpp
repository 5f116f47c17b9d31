#include "analytics/ReportText.h"

#include "Money.h"

namespace rapport {

QString ReportText::money(qint64 minor) const
{
    return formatMoney(minor, m_currency, m_locale);
}

QString ReportText::percent(const Ratio& ratio) const
{
    return ratio.defined() ? percent(ratio.value()) : dash();
}

QString ReportText::percent(double fraction) const
{
    return m_locale.toString(fraction * 100.0, 'f', 1) + m_locale.percent();
}

QString ReportText::days(std::optional<double> days) const
{
    return days ? m_locale.toString(*days, 'f', 1) : dash();
}

QString ReportText::month(const QString& key) const
{
    const QDate first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    //: Month labels in reports, a QDate format: "Jan 2024"; Chinese "yyyy年M月".
    return m_locale.toString(first, tr("MMM yyyy"));
}

QString ReportText::shortMonth(const QString& key) const
{
    const QDate first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    //: Month labels under chart bars, a QDate format: "Jan 24"; Chinese "yy年M月".
    return m_locale.toString(first, tr("MMM yy"));
}

QString ReportText::date(const QDate& date) const
{
    return m_locale.toString(date, QLocale::ShortFormat);
}

QString ReportText::longDate(const QDate& date) const
{
    //: Dates in report titles, a QDate format: "1 Jan 2024"; Chinese "yyyy年M月d日".
    return m_locale.toString(date, tr("d MMM yyyy"));
}

QString ReportText::stageName(const QString& stored)
{
    if (stored == QStringLiteral("Initial contact"))
        return tr("Initial contact");
    if (stored == QStringLiteral("Needs analysis"))
        return tr("Needs analysis");
    if (stored == QStringLiteral("Proposal"))
        return tr("Proposal");
    if (stored == QStringLiteral("Negotiation"))
        return tr("Negotiation");
    if (stored == QStringLiteral("Won"))
        return tr("Won");
    if (stored == QStringLiteral("Lost"))
        return tr("Lost");
    return stored;
}

} // namespace rapport
