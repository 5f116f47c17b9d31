#pragma once

#include <QList>
#include <QStringList>

namespace rapport {

// A report laid out for people: what the Reports screen shows, the PDF prints and the CLI writes as text.
// Plain data (translated, locale-formatted strings and chart numbers) so every output draws the same thing.
enum class ChartKind {
    None,
    Funnel,      // horizontal bars narrowing by stage, one series, a label per bar
    Bars,        // grouped vertical bars; series marked `line` are drawn as lines over them
    StackedBars, // stacked vertical bars
    Lines,       // one line per series
    Pie          // one series; categories are the slices
};

enum class ChartUnit { Count, Money, Percent, Days };

struct ChartSeries
{
    ChartSeries() = default;
    explicit ChartSeries(const QString& seriesName, bool asLine = false) : name(seriesName), line(asLine) {}
    QString name;
    QList<double> values; // one per category; money in major units
    bool line = false;    // in Bars charts: drawn as a line (e.g. a target)
};

struct ReportChart
{
    ChartKind kind = ChartKind::None;
    ChartUnit unit = ChartUnit::Count;
    QString currency;      // for Money
    QStringList categories;
    QList<ChartSeries> series;
    QStringList labels;    // optional text per category (funnel conversion, pie shares)
    bool isEmpty() const;
};

struct ReportTable
{
    QStringList headers;
    QList<QStringList> rows;
    QList<bool> numeric;       // per column: right-aligned
    QList<QList<double>> heat; // optional, per row and column: 0..1 shading, negative for none
    bool isEmpty() const { return rows.isEmpty(); }
};

struct ReportSection
{
    QString title;
    ReportChart chart;
    ReportTable table;
    QString emptyText; // shown instead when the table has no rows
};

struct ReportDocument
{
    QString key;        // "funnel", "winrate", ...
    QString title;
    QString period;     // "1 Jan 2024 – 30 Jun 2024"
    QStringList highlights; // the headline figures, "Win rate: 75.0%"
    QString definition;
    QList<ReportSection> sections;
};

} // namespace rapport
