#include "ChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace rapport {
namespace {

constexpr double kLegendHeight = 16;
constexpr double kFontSize = 7.5;

// A round step for about `ticks` gridlines up to `max`.
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

void drawLegend(QPainter& p, const QRectF& rect, const QList<ChartSeries>& series)
{
    const QFontMetricsF fm(p.font(), p.device());
    double x = rect.left();
    for (int i = 0; i < series.size(); ++i) {
        const QColor color = ChartPainter::seriesColor(i);
        if (series[i].line) {
            p.setPen(QPen(color, 1.5));
            p.drawLine(QPointF(x, rect.top() + 6), QPointF(x + 10, rect.top() + 6));
        } else {
            p.fillRect(QRectF(x, rect.top() + 2, 8, 8), color);
        }
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(x + 13, rect.top() + 9.5), series[i].name);
        x += 13 + fm.horizontalAdvance(series[i].name) + 14;
    }
}

void paintFunnel(QPainter& p, const QRectF& rect, const ReportChart& chart)
{
    const QFontMetricsF fm(p.font(), p.device());
    const auto& values = chart.series.value(0).values;
    double max = 0;
    for (double v : values)
        max = qMax(max, v);
    const int n = static_cast<int>(chart.categories.size());
    if (n == 0)
        return;
    double nameWidth = 0;
    double labelWidth = 0;
    for (int i = 0; i < n; ++i) {
        nameWidth = qMax(nameWidth, fm.horizontalAdvance(chart.categories[i]));
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(chart.labels.value(i)));
    }
    nameWidth = qMin(nameWidth + 8, rect.width() * 0.3);
    labelWidth = qMin(labelWidth + 8, rect.width() * 0.35);
    const QRectF bars(rect.left() + nameWidth, rect.top(), rect.width() - nameWidth - labelWidth, rect.height());
    const double rowHeight = rect.height() / n;
    const double barHeight = qMin(rowHeight * 0.72, 26.0);
    for (int i = 0; i < n; ++i) {
        const double cy = rect.top() + rowHeight * (i + 0.5);
        const double width = max > 0 ? bars.width() * values.value(i) / max : 0;
        const QRectF bar(bars.center().x() - width / 2, cy - barHeight / 2, qMax(width, 0.5), barHeight);
        p.fillRect(bar, ChartPainter::seriesColor(i == n - 1 ? 2 : 0));
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QRectF(rect.left(), cy - rowHeight / 2, nameWidth - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(chart.categories[i], Qt::ElideRight, nameWidth - 6));
        p.drawText(QRectF(bars.right() + 6, cy - rowHeight / 2, labelWidth - 6, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   chart.labels.value(i));
    }
}

void paintPie(QPainter& p, const QRectF& rect, const ReportChart& chart)
{
    const auto& values = chart.series.value(0).values;
    double total = 0;
    for (double v : values)
        total += qMax(0.0, v);
    const double d = qMin(rect.height(), rect.width() * 0.45) - 4;
    const QRectF circle(rect.left() + 2, rect.top() + (rect.height() - d) / 2, d, d);
    int start = 90 * 16;
    for (int i = 0; i < values.size() && total > 0; ++i) {
        const int span = static_cast<int>(std::lround(-360.0 * 16 * qMax(0.0, values[i]) / total));
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(ChartPainter::seriesColor(i));
        p.drawPie(circle, start, span);
        start += span;
    }
    p.setBrush(Qt::NoBrush);
    const double x = circle.right() + 18;
    double y = rect.top() + (rect.height() - 16.0 * values.size()) / 2;
    for (int i = 0; i < chart.categories.size(); ++i, y += 16) {
        p.fillRect(QRectF(x, y + 2, 9, 9), ChartPainter::seriesColor(i));
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(x + 14, y + 10), chart.labels.value(i, chart.categories[i]));
    }
}

void paintAxes(QPainter& p, const QRectF& rect, const ReportChart& chart, const QLocale& locale)
{
    const QFontMetricsF fm(p.font(), p.device());
    const bool stacked = chart.kind == ChartKind::StackedBars;
    const int n = static_cast<int>(chart.categories.size());
    double max = 0;
    for (int c = 0; c < n; ++c) {
        double stack = 0;
        for (const auto& s : chart.series) {
            const double v = s.values.value(c);
            stack += stacked && !s.line ? v : 0;
            max = qMax(max, stacked && !s.line ? stack : v);
        }
    }
    if (chart.unit == ChartUnit::Percent)
        max = qMax(max, 100.0);
    const double step = niceStep(max, 4);
    const double top = qMax(step, std::ceil(max / step) * step);

    double axisWidth = 0;
    for (double v = 0; v <= top + step / 2; v += step)
        axisWidth = qMax(axisWidth, fm.horizontalAdvance(ChartPainter::axisLabel(v, chart.unit, locale)));
    const QRectF plot(rect.left() + axisWidth + 6, rect.top() + 4, rect.width() - axisWidth - 8,
                      rect.height() - fm.height() - 8);
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };

    for (double v = 0; v <= top + step / 2; v += step) {
        p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 0.5));
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(QRectF(rect.left(), yOf(v) - fm.height() / 2, axisWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   ChartPainter::axisLabel(v, chart.unit, locale));
    }
    if (n == 0)
        return;
    const double slot = plot.width() / n;
    // Category labels: as many as fit without overlapping, evenly spaced.
    double widest = 0;
    for (const QString& c : chart.categories)
        widest = qMax(widest, fm.horizontalAdvance(c));
    const int every = qMax(1, static_cast<int>(std::ceil((widest + 6) / slot)));
    p.setPen(QColor(0x44, 0x44, 0x44));
    for (int c = 0; c < n; c += every) {
        const double cx = plot.left() + slot * (c + 0.5);
        p.drawText(QRectF(cx - slot * every / 2, plot.bottom() + 3, slot * every, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   chart.categories[c]);
    }

    QList<int> barSeries;
    for (int i = 0; i < chart.series.size(); ++i) {
        if (chart.kind != ChartKind::Lines && !chart.series[i].line)
            barSeries << i;
    }
    const double groupWidth = slot * 0.7;
    for (int c = 0; c < n; ++c) {
        const double left = plot.left() + slot * c + (slot - groupWidth) / 2;
        double stackBase = 0;
        for (int b = 0; b < barSeries.size(); ++b) {
            const double v = chart.series[barSeries[b]].values.value(c);
            QRectF bar;
            if (stacked) {
                bar = QRectF(QPointF(left, yOf(stackBase + v)), QPointF(left + groupWidth, yOf(stackBase)));
                stackBase += v;
            } else {
                const double w = groupWidth / barSeries.size();
                bar = QRectF(QPointF(left + w * b, yOf(v)), QPointF(left + w * (b + 1) - 0.5, yOf(0)));
            }
            p.fillRect(bar, ChartPainter::seriesColor(barSeries[b]));
        }
    }
    for (int i = 0; i < chart.series.size(); ++i) {
        if (chart.kind != ChartKind::Lines && !chart.series[i].line)
            continue;
        QPainterPath path;
        for (int c = 0; c < n; ++c) {
            const QPointF point(plot.left() + slot * (c + 0.5), yOf(chart.series[i].values.value(c)));
            c == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        const QColor color = ChartPainter::seriesColor(i);
        p.setPen(QPen(color, 1.4, chart.series[i].line && chart.kind != ChartKind::Lines ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (n <= 24) {
            p.setBrush(color);
            p.setPen(Qt::NoPen);
            for (int c = 0; c < n; ++c)
                p.drawEllipse(QPointF(plot.left() + slot * (c + 0.5), yOf(chart.series[i].values.value(c))), 1.6, 1.6);
            p.setBrush(Qt::NoBrush);
        }
    }
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.7));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

} // namespace

QColor ChartPainter::seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x2F, 0x6F, 0xB3), QColor(0xE0, 0x8A, 0x2E), QColor(0x3D, 0x9A, 0x5B),
                                    QColor(0xC4, 0x4A, 0x4A), QColor(0x7E, 0x5B, 0xA8), QColor(0x6B, 0x8E, 0x9E)};
    return colors[index % 6];
}

QString ChartPainter::axisLabel(double value, ChartUnit unit, const QLocale& locale)
{
    if (unit == ChartUnit::Percent)
        return locale.toString(value, 'f', 0) + locale.percent();
    const double a = std::abs(value);
    if (a >= 1e6)
        return locale.toString(value / 1e6, 'g', 3) + QStringLiteral("M");
    if (a >= 1e3)
        return locale.toString(value / 1e3, 'g', 3) + QStringLiteral("k");
    return locale.toString(value, 'g', 3);
}

void ChartPainter::paint(QPainter& painter, const QRectF& rect, const ReportChart& chart, const QLocale& locale)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    // Sizes are points on a painter scaled to points; fonts resolve at the device's resolution.
    font.setPointSizeF(kFontSize * 72.0 / painter.device()->logicalDpiY());
    painter.setFont(font);
    switch (chart.kind) {
    case ChartKind::None: break;
    case ChartKind::Funnel: paintFunnel(painter, rect, chart); break;
    case ChartKind::Pie: paintPie(painter, rect, chart); break;
    case ChartKind::Bars:
    case ChartKind::StackedBars:
    case ChartKind::Lines:
        drawLegend(painter, QRectF(rect.left(), rect.top(), rect.width(), kLegendHeight), chart.series);
        paintAxes(painter, rect.adjusted(0, kLegendHeight + 2, 0, 0), chart, locale);
        break;
    }
    painter.restore();
}

} // namespace rapport
