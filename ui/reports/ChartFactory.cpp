#include "ChartFactory.h"

#include "ChartPainter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGuiApplication>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace rapport {
namespace {

void tidy(QChart* chart)
{
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop);
}

QValueAxis* valueAxis(const ReportChart& spec, double max, const QLocale& locale)
{
    auto* axis = new QValueAxis;
    axis->setMin(0);
    axis->setMax(spec.unit == ChartUnit::Percent ? 100.0 : qMax(1.0, max * 1.1));
    axis->applyNiceNumbers();
    axis->setLabelFormat(spec.unit == ChartUnit::Percent ? QStringLiteral("%.0f%%") : QStringLiteral("%.0f"));
    Q_UNUSED(locale)
    return axis;
}

// Qt Charts draws with its light theme whatever the window's palette; axes, legend and labels take the
// palette's text and grid colours so they stay readable in dark mode.
void followPalette(QChart* chart)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = palette.color(QPalette::Mid);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    chart->legend()->setLabelColor(text);
    chart->setTitleBrush(text);
}

} // namespace

QChart* ChartFactory::create(const ReportChart& spec, const QLocale& locale)
{
    auto* chart = new QChart;
    tidy(chart);
    double max = 0;
    for (const auto& s : spec.series) {
        for (double v : s.values)
            max = qMax(max, v);
    }
    switch (spec.kind) {
    case ChartKind::None: break;
    case ChartKind::Funnel: {
        // Bars centred on a transparent spacer so they narrow stage by stage like a funnel; the first stage on top.
        auto* series = new QHorizontalStackedBarSeries;
        auto* spacer = new QBarSet(QString());
        spacer->setColor(Qt::transparent);
        spacer->setBorderColor(Qt::transparent);
        auto* set = new QBarSet(spec.series.value(0).name);
        set->setColor(ChartPainter::seriesColor(0));
        QStringList categories;
        const auto& values = spec.series.value(0).values;
        for (qsizetype i = values.size() - 1; i >= 0; --i) {
            *spacer << (max - values[i]) / 2;
            *set << values[i];
            categories << spec.categories.value(i) + QLatin1Char('\n') + spec.labels.value(i);
        }
        series->append(spacer);
        series->append(set);
        series->setBarWidth(0.8);
        chart->addSeries(series);
        auto* axisY = new QBarCategoryAxis;
        axisY->append(categories);
        axisY->setGridLineVisible(false);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto* axisX = new QValueAxis;
        axisX->setRange(0, qMax(1.0, max));
        axisX->setVisible(false);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        chart->legend()->hide();
        break;
    }
    case ChartKind::Pie: {
        auto* series = new QPieSeries;
        const auto& values = spec.series.value(0).values;
        for (qsizetype i = 0; i < values.size(); ++i) {
            auto* slice = series->append(spec.labels.value(i, spec.categories.value(i)), values[i]);
            slice->setColor(ChartPainter::seriesColor(static_cast<int>(i)));
        }
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
        break;
    }
    case ChartKind::Bars:
    case ChartKind::StackedBars:
    case ChartKind::Lines: {
        auto* axisX = new QBarCategoryAxis;
        axisX->append(spec.categories);
        chart->addAxis(axisX, Qt::AlignBottom);
        QAbstractBarSeries* bars = nullptr;
        if (spec.kind == ChartKind::StackedBars)
            bars = new QStackedBarSeries;
        else if (spec.kind == ChartKind::Bars)
            bars = new QBarSeries;
        double stackedMax = 0;
        for (qsizetype i = 0; i < spec.series.size(); ++i) {
            const auto& s = spec.series[i];
            if (bars && !s.line) {
                auto* set = new QBarSet(s.name);
                set->setColor(ChartPainter::seriesColor(static_cast<int>(i)));
                for (double v : s.values)
                    *set << v;
                bars->append(set);
            }
        }
        if (spec.kind == ChartKind::StackedBars) {
            for (qsizetype c = 0; c < spec.categories.size(); ++c) {
                double sum = 0;
                for (const auto& s : spec.series)
                    sum += s.line ? 0 : s.values.value(c);
                stackedMax = qMax(stackedMax, sum);
            }
        }
        auto* axisY = valueAxis(spec, qMax(max, stackedMax), locale);
        chart->addAxis(axisY, Qt::AlignLeft);
        if (bars) {
            chart->addSeries(bars);
            bars->attachAxis(axisX);
            bars->attachAxis(axisY);
        }
        for (qsizetype i = 0; i < spec.series.size(); ++i) {
            const auto& s = spec.series[i];
            if (bars && !s.line)
                continue;
            auto* line = new QLineSeries;
            line->setName(s.name);
            QPen pen(ChartPainter::seriesColor(static_cast<int>(i)), 2, s.line && bars ? Qt::DashLine : Qt::SolidLine);
            line->setPen(pen);
            for (qsizetype c = 0; c < s.values.size(); ++c)
                line->append(static_cast<double>(c), s.values[c]);
            chart->addSeries(line);
            // Lines over category bars: x runs 0..n-1 under the same categories.
            auto* hiddenX = new QValueAxis;
            hiddenX->setRange(-0.5, spec.categories.size() - 0.5);
            hiddenX->setVisible(false);
            chart->addAxis(hiddenX, Qt::AlignBottom);
            line->attachAxis(hiddenX);
            line->attachAxis(axisY);
        }
        // Qt Charts elides a label wider than its bar group: twelve months stand upright, weekly charts leave
        // the dates to the table beside them.
        if (spec.categories.size() > 14)
            axisX->setLabelsVisible(false);
        else if (spec.categories.size() > 6)
            axisX->setLabelsAngle(-90);
        break;
    }
    }
    followPalette(chart);
    return chart;
}

} // namespace rapport
