#pragma once

#include "analytics/ReportDocument.h"

#include <QColor>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace rapport {

// Draws a ReportChart into a rectangle with plain QPainter calls, so a PDF keeps it as sharp vectors.
// Coordinates are in points; text uses the painter's current font family.
class ChartPainter
{
public:
    static void paint(QPainter& painter, const QRectF& rect, const ReportChart& chart, const QLocale& locale);
    // The series colours, shared with the screen's charts so both look alike.
    static QColor seriesColor(int index);
    // Short axis labels: 1200 -> "1.2k", 3400000 -> "3.4M", 50 (percent) -> "50%".
    static QString axisLabel(double value, ChartUnit unit, const QLocale& locale);
};

} // namespace rapport
