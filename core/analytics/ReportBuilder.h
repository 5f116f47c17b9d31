#pragma once

#include "Result.h"
#include "analytics/ReportDocument.h"
#include "analytics/ReportRange.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace rapport {

enum class ReportKind { Funnel, WinRate, Forecast, Retention, Segments, Service, Kpi };

struct ReportOptions
{
    ReportRange range;
    bool strictFunnel = false;
    QDate today;     // the forecast looks ahead from here
    QDateTime now;   // decides tickets still waiting
    QLocale locale;  // numbers, money and dates
};

// Computes reports and lays them out: one entry point for the screen, the PDF and the CLI.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ReportBuilder)

public:
    static QList<ReportKind> allKinds();
    static QString key(ReportKind kind); // "funnel", "winrate", "forecast", "retention", "segments", "service", "kpi"
    static std::optional<ReportKind> fromKey(const QString& key);
    static QString title(ReportKind kind);
    static QString definition(ReportKind kind, bool strictFunnel = false);

    // Options for today: the default range, now and the default locale.
    static ReportOptions defaultOptions();

    static Result<ReportDocument> build(const QSqlDatabase& db, ReportKind kind, const ReportOptions& options);
    // The same report as machine-readable numbers (money in minor units, ratios as part/whole).
    static Result<QJsonObject> json(const QSqlDatabase& db, ReportKind kind, const ReportOptions& options);

    // "1 Jan 2024 – 30 Jun 2024" in the locale's words.
    static QString periodText(const ReportRange& range, const QLocale& locale);
};

} // namespace rapport
