#include "DealCardDelegate.h"

#include "common/Format.h"
#include "deals/StageCardModel.h"

#include <QPainter>
#include <QPainterPath>

namespace rapport {
namespace {
constexpr int kMargin = 6;   // around the card, inside the row
constexpr int kPadding = 10; // inside the card
constexpr int kStripe = 4;
} // namespace

QColor DealCardDelegate::warningColor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xd8, 0x43, 0x15);
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    return {220, 3 * fm.lineSpacing() + 8 + 2 * kPadding + 2 * kMargin};
}

void DealCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = selected && (option.state & QStyle::State_HasFocus);
    const bool rotting = index.data(StageCardModel::RottingRole).toBool();
    const QColor warning = warningColor(pal);

    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin / 2.0, -kMargin, -kMargin / 2.0);
    QPainterPath shape;
    shape.addRoundedRect(card, 7, 7);
    QColor fill = pal.color(QPalette::Base);
    if (rotting)
        fill =
            QColor::fromRgbF(fill.redF() * 0.94 + warning.redF() * 0.06, fill.greenF() * 0.94 + warning.greenF() * 0.06,
                             fill.blueF() * 0.94 + warning.blueF() * 0.06);
    painter->fillPath(shape, fill);
    QColor border = pal.color(QPalette::Mid);
    border.setAlpha(120);
    painter->setPen(selected ? QPen(pal.color(QPalette::Highlight), focused ? 2.0 : 1.5) : QPen(border, 1.0));
    painter->drawPath(shape);
    if (rotting) {
        painter->save();
        painter->setClipPath(shape);
        painter->fillRect(QRectF(card.left(), card.top(), kStripe, card.height()), warning);
        painter->restore();
    }

    const QRect text =
        card.toRect().adjusted(kPadding + (rotting ? kStripe : 0), kPadding - 2, -kPadding, -kPadding + 2);
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics tfm(titleFont, painter->device());
    const QFontMetrics fm(option.font, painter->device());
    const int line = fm.lineSpacing() + 3;
    const QColor ink = pal.color(QPalette::Text);
    QColor muted = ink;
    muted.setAlphaF(0.62f);

    // Line 1: title. Line 2: customer and amount. Line 3: expected close and days in stage.
    painter->setFont(titleFont);
    painter->setPen(ink);
    painter->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      tfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));

    const QString amount = index.data(StageCardModel::AmountRole).toString();
    const int amountWidth = tfm.horizontalAdvance(amount);
    painter->drawText(QRect(text.right() - amountWidth, text.top() + line, amountWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter, amount);
    painter->setFont(option.font);
    painter->setPen(muted);
    const int customerWidth = text.width() - amountWidth - 8;
    painter->drawText(
        QRect(text.left(), text.top() + line, customerWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(StageCardModel::CustomerRole).toString(), Qt::ElideRight, customerWidth));

    const QDate close = index.data(StageCardModel::CloseRole).toDate();
    const bool late = index.data(StageCardModel::LateRole).toBool();
    const int days = index.data(StageCardModel::DaysInStageRole).toInt();
    const QString daysText = tr("%n day(s) in stage", nullptr, days);
    const int daysWidth = fm.horizontalAdvance(daysText);
    painter->setPen(rotting && !late ? warning : muted);
    painter->drawText(QRect(text.right() - daysWidth, text.top() + 2 * line, daysWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter, daysText);
    const QString closeText = close.isValid() ? Format::date(close) : tr("No close date");
    painter->setPen(late ? warning : muted);
    const int closeWidth = text.width() - daysWidth - 8;
    painter->drawText(QRect(text.left(), text.top() + 2 * line, closeWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(closeText, Qt::ElideRight, closeWidth));
    painter->restore();
}

} // namespace rapport
