#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace rapport {

// The app's line icons (resources/icons/*.svg, drawn in "currentColor") tinted for the current palette,
// so they read well in light and dark mode.
class Icons
{
public:
    static QIcon get(const QString& name);
    static QIcon get(const QString& name, const QColor& color);
    static QPixmap pixmap(const QString& name, int size, const QColor& color, qreal devicePixelRatio = 1.0);
    // Forget tinted icons after the palette changed.
    static void clearCache();
};

} // namespace rapport
