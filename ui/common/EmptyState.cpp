#include "EmptyState.h"

#include "common/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_button->setObjectName(QStringLiteral("emptyStateButton"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_button->hide();

    // A centred column of limited width; wrapped labels in a plain vertical layout get their full height.
    auto* column = new QWidget(this);
    column->setObjectName(QStringLiteral("emptyStateColumn"));
    column->setMaximumWidth(460);
    column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->setSpacing(6);
    inner->addWidget(m_icon);
    inner->addSpacing(4);
    inner->addWidget(m_title);
    inner->addWidget(m_text);
    inner->addSpacing(10);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_button);
    buttonRow->addStretch();
    inner->addLayout(buttonRow);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    connect(m_button, &QPushButton::clicked, this, &EmptyState::buttonClicked);
}

void EmptyState::setIcon(const QString& iconName)
{
    m_iconName = iconName;
    updateIcon();
}

void EmptyState::setTitle(const QString& title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
}

void EmptyState::setButtonText(const QString& text)
{
    m_button->setText(text);
    m_button->setVisible(!text.isEmpty());
}

void EmptyState::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void EmptyState::updateIcon()
{
    if (m_iconName.isEmpty()) {
        m_icon->clear();
        return;
    }
    const QColor color = palette().color(QPalette::PlaceholderText);
    m_icon->setPixmap(Icons::pixmap(m_iconName, 56, color, devicePixelRatioF()));
}

} // namespace rapport
