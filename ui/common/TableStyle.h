#pragma once

class QTableView;

namespace rapport {

// One look for every list in the app: whole-row selection, no grid, fixed row height (so 100,000 rows
// scroll without measuring any), elided text and a stretching last column.
class TableStyle
{
public:
    static void apply(QTableView* view);
    static void fitCheckColumn(QTableView* view, int column);
    static int rowHeight(const QTableView* view);
};

} // namespace rapport
