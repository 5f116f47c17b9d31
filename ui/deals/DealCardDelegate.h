#pragma once

#include <QStyledItemDelegate>

namespace rapport {

// Paints one deal card of the board: title, customer, amount, expected close and days in the stage; a
// warning stripe and warning-coloured days when the deal is rotting or its close date has passed.
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The warning colour for rotting deals, readable in light and dark mode.
    static QColor warningColor(const QPalette& palette);
};

} // namespace rapport
