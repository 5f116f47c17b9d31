#include "TableStyle.h"

#include <QHeaderView>
#include <QTableView>

namespace rapport {

int TableStyle::rowHeight(const QTableView* view)
{
    return view->fontMetrics().height() + 14;
}

void TableStyle::apply(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setAlternatingRowColors(true);
    view->setFrameShape(QFrame::NoFrame);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setCornerButtonEnabled(false);
    QHeaderView* rows = view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(10);
    rows->setDefaultSectionSize(rowHeight(view));
    QHeaderView* columns = view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setMinimumSectionSize(40);
    columns->setDefaultSectionSize(150);
    columns->setSectionsMovable(false);
    columns->setTextElideMode(Qt::ElideRight);
}

void TableStyle::fitCheckColumn(QTableView* view, int column)
{
    view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
    view->horizontalHeader()->resizeSection(column, 36);
}

} // namespace rapport
