#pragma once
// How each report is laid out as a ReportDocument (used by ReportBuilder only).

#include "analytics/Forecast.h"
#include "analytics/Kpis.h"
#include "analytics/ReportDocument.h"
#include "analytics/ReportText.h"
#include "analytics/Retention.h"
#include "analytics/SalesFunnel.h"
#include "analytics/ServiceReport.h"
#include "analytics/ValueTiers.h"
#include "analytics/WinRate.h"

namespace rapport {

class ReportLayouts
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ReportLayouts)

public:
    static void funnel(ReportDocument& doc, const FunnelReport& r, const ReportText& text);
    static void winRate(ReportDocument& doc, const WinRateReport& r, const ReportText& text);
    static void forecast(ReportDocument& doc, const ForecastReport& r, const ReportText& text);
    static void retention(ReportDocument& doc, const RetentionReport& r, const ReportText& text);
    static void segments(ReportDocument& doc, const ValueTierReport& r, const ReportText& text);
    static void service(ReportDocument& doc, const ServiceSummary& r, const ReportText& text);
    static void kpis(ReportDocument& doc, const KpiReport& r, const ReportText& text);
};

} // namespace rapport
