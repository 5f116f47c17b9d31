#include "Sidebar.h"

#include "common/Icons.h"

#include <QEvent>

namespace rapport {

Sidebar::Sidebar(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(18, 18));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setUniformItemSizes(true);
    setSpacing(1);
    setAttribute(Qt::WA_MacShowFocusRect, false);
}

void Sidebar::addScreen(const QString& icon, const QString& title, const QString& shortcutText)
{
    auto* item = new QListWidgetItem(Icons::get(icon), title, this);
    item->setToolTip(shortcutText.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, shortcutText));
    item->setSizeHint(QSize(0, fontMetrics().height() + 16));
    m_icons << icon;
}

void Sidebar::refreshIcons()
{
    for (int i = 0; i < count() && i < m_icons.size(); ++i)
        item(i)->setIcon(Icons::get(m_icons.at(i)));
}

QSize Sidebar::sizeHint() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width = qMax(width, fontMetrics().horizontalAdvance(item(i)->text()));
    return {qMax(180, width + iconSize().width() + 60), 400};
}

void Sidebar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        refreshIcons();
    QListWidget::changeEvent(event);
}

} // namespace rapport
