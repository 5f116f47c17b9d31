#include "TimelineDelegate.h"

#include "common/Icons.h"
#include "customers/TimelineModel.h"

#include <QApplication>
#include <QPainter>

namespace rapport {
namespace {
constexpr int kRail = 44;   // width of the icon column
constexpr int kBadge = 28;  // icon circle diameter
constexpr int kPadding = 10;
} // namespace

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    return {400, qMax(kBadge + 2 * kPadding, fm.lineSpacing() * 2 + 2 * kPadding + 4)};
}

void TimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(opt.rect, pal.brush(QPalette::Highlight));

    // The rail connecting the entries, and the icon badge on it.
    const QRect r = opt.rect;
    const int cx = r.left() + kRail / 2;
    QColor rail = pal.color(QPalette::Mid);
    rail.setAlpha(110);
    painter->setPen(QPen(rail, 1.5));
    const bool first = index.row() == 0;
    const bool last = index.row() == index.model()->rowCount() - 1;
    const int badgeTop = r.top() + kPadding;
    if (!first)
        painter->drawLine(QPointF(cx, r.top()), QPointF(cx, badgeTop));
    if (!last)
        painter->drawLine(QPointF(cx, badgeTop + kBadge), QPointF(cx, r.bottom() + 1));
    const QRectF badge(cx - kBadge / 2.0, badgeTop, kBadge, kBadge);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pal.color(QPalette::AlternateBase).darker(selected ? 100 : 103));
    painter->drawEllipse(badge);
    const QColor iconColor = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Link);
    const QPixmap icon = Icons::pixmap(index.data(TimelineModel::IconRole).toString(), 16, iconColor,
                                       painter->device() ? painter->device()->devicePixelRatioF() : 1.0);
    painter->drawPixmap(QPointF(badge.center().x() - 8, badge.center().y() - 8), icon);

    // Text: title and time on the first line, detail on the second.
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.62f);
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics tfm(titleFont, painter->device());
    const QFontMetrics fm(opt.font, painter->device());
    const QRect textRect = r.adjusted(kRail + 4, kPadding - 1, -kPadding, -kPadding);
    const QString when = index.data(TimelineModel::WhenRole).toString();
    const int whenWidth = fm.horizontalAdvance(when);
    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(QRect(textRect.right() - whenWidth, textRect.top(), whenWidth, fm.lineSpacing()),
                      Qt::AlignRight | Qt::AlignVCenter, when);
    painter->setFont(titleFont);
    painter->setPen(text);
    const int titleWidth = textRect.width() - whenWidth - 16;
    painter->drawText(QRect(textRect.left(), textRect.top(), titleWidth, tfm.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      tfm.elidedText(index.data(TimelineModel::TitleRole).toString(), Qt::ElideRight, titleWidth));
    QString detail = index.data(TimelineModel::DetailRole).toString();
    detail.replace(QLatin1Char('\n'), QLatin1Char(' '));
    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(QRect(textRect.left(), textRect.top() + tfm.lineSpacing() + 2, textRect.width(), fm.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(detail, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace rapport
