#pragma once

#include <QWidget>

namespace rapport {

// A screen that another part of Rapport will fill: its icon, its name and one sentence on what is coming.
class PlaceholderScreen : public QWidget
{
    Q_OBJECT
public:
    PlaceholderScreen(const QString& objectName, const QString& icon, const QString& title, const QString& text,
                      QWidget* parent = nullptr);
};

} // namespace rapport
