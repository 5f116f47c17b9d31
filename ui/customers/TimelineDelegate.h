#pragma once

#include <QStyledItemDelegate>

namespace rapport {

// Draws a timeline entry: an icon on a thin rail, the title and time on the first line, detail below.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace rapport
