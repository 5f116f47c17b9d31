#include "PlaceholderScreen.h"

#include "common/EmptyState.h"

#include <QVBoxLayout>

namespace rapport {

PlaceholderScreen::PlaceholderScreen(const QString& objectName, const QString& icon, const QString& title,
                                     const QString& text, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto* state = new EmptyState(this);
    state->setIcon(icon);
    state->setTitle(title);
    state->setText(text);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(state);
}

} // namespace rapport
