#pragma once

#include "analytics/ReportDocument.h"

#include <QLocale>

class QChart;

namespace rapport {

// Turns a report's chart into a Qt Charts chart for the screen (the PDF draws the same data itself).
class ChartFactory
{
public:
    static QChart* create(const ReportChart& chart, const QLocale& locale = QLocale());
};

} // namespace rapport
