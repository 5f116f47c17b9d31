#include "SearchResultDelegate.h"

#include "common/Icons.h"
#include "shell/SearchResultsModel.h"

#include <QPainter>

namespace rapport {

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics fm(option.font);
    if (index.data(SearchResultsModel::IsHeaderRole).toBool())
        return {200, fm.height() + 12};
    return {200, fm.height() + 16};
}

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = opt.palette;
    const QRect r = opt.rect;
    if (index.data(SearchResultsModel::IsHeaderRole).toBool()) {
        QFont f = opt.font;
        f.setPointSizeF(f.pointSizeF() * 0.88);
        f.setWeight(QFont::DemiBold);
        painter->setFont(f);
        QColor muted = pal.color(QPalette::Text);
        muted.setAlphaF(0.55f);
        painter->setPen(muted);
        painter->drawText(r.adjusted(12, 4, -12, 0), Qt::AlignLeft | Qt::AlignVCenter, opt.text.toUpper());
        painter->restore();
        return;
    }
    const bool selected = opt.state & QStyle::State_Selected;
    if (selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Highlight));
        painter->drawRoundedRect(QRectF(r).adjusted(2, 1, -2, -1), 6, 6);
    }
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QPixmap icon = Icons::pixmap(index.data(SearchResultsModel::IconRole).toString(), 18,
                                       selected ? text : pal.color(QPalette::Link),
                                       painter->device() ? painter->device()->devicePixelRatioF() : 1.0);
    painter->drawPixmap(QPoint(r.left() + 12, r.center().y() - 9), icon);
    const QRect textRect = r.adjusted(40, 0, -12, 0);
    painter->setFont(opt.font);
    const QFontMetrics fm = painter->fontMetrics();
    const QString title = opt.text;
    // A little slack: the advance is rounded, and elidedText() would cut a title that fits by a fraction.
    const int titleWidth = qMin(fm.horizontalAdvance(title) + 2, textRect.width());
    painter->setPen(text);
    painter->drawText(QRect(textRect.left(), textRect.top(), titleWidth, textRect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(title, Qt::ElideRight, titleWidth));
    const QString subtitle = index.data(SearchResultsModel::SubtitleRole).toString();
    if (!subtitle.isEmpty() && titleWidth + 40 < textRect.width()) {
        QColor muted = text;
        muted.setAlphaF(0.6f);
        painter->setPen(muted);
        const QRect sub(textRect.left() + titleWidth + 12, textRect.top(), textRect.width() - titleWidth - 12,
                        textRect.height());
        painter->drawText(sub, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(subtitle, Qt::ElideRight, sub.width()));
    }
    painter->restore();
}

} // namespace rapport
