#include "TodayCard.h"

#include "common/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace rapport {

TodayCard::TodayCard(const QString& icon, const QString& title, const QString& emptyText, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_count(new QLabel(this)), m_empty(new QLabel(emptyText, this)),
      m_body(new QVBoxLayout)
{
    setProperty("card", true);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_count->setObjectName(QStringLiteral("cardCount"));
    m_empty->setObjectName(QStringLiteral("cardEmpty"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.12);
    f.setWeight(QFont::DemiBold);
    m_title->setFont(f);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);

    auto* iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("cardIcon"));
    iconLabel->setPixmap(Icons::pixmap(icon, 20, palette().color(QPalette::Link), devicePixelRatioF()));
    auto* head = new QHBoxLayout;
    head->setSpacing(8);
    head->addWidget(iconLabel);
    head->addWidget(m_title);
    head->addWidget(m_count);
    head->addStretch();

    m_body->setSpacing(0);
    m_body->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    layout->addLayout(head);
    layout->addWidget(m_empty);
    layout->addLayout(m_body);
}

void TodayCard::clear()
{
    while (QLayoutItem* item = m_body->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_rows = 0;
    m_empty->show();
    m_count->clear();
}

void TodayCard::setCount(int count)
{
    m_count->setText(count > 0 ? QLocale().toString(count) : QString());
}

void TodayCard::addRow(QWidget* lead, const QString& trail, const QColor& trailColor)
{
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("cardRow"));
    lead->setParent(row);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 5, 0, 5);
    layout->setSpacing(12);
    layout->addWidget(lead, 1);
    if (!trail.isEmpty()) {
        auto* label = new QLabel(trail, row);
        label->setObjectName(QStringLiteral("cardRowTrail"));
        if (trailColor.isValid()) {
            QPalette pal = label->palette();
            pal.setColor(QPalette::WindowText, trailColor);
            label->setPalette(pal);
        } else {
            label->setForegroundRole(QPalette::PlaceholderText);
        }
        layout->addWidget(label, 0, Qt::AlignRight);
    }
    m_body->addWidget(row);
    ++m_rows;
    m_empty->hide();
}

void TodayCard::addFooter(QWidget* footer)
{
    footer->setParent(this);
    m_body->addWidget(footer);
}

} // namespace rapport
