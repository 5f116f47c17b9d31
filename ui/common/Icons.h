#pragma once

#include <QColor>
#include <QIcon>
#include <QSize>
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
    // Up to three overlapping dots in these colours ("#rrggbb"; empty ones are skipped), e.g. a customer's
    // tag colours, kSwatchesSize large; transparent when none has a colour, so texts beside it stay aligned.
    static QIcon swatches(const QStringList& colors);
    static constexpr QSize kSwatchesSize{24, 10};
    // Forget tinted icons after the palette changed.
    static void clearCache();
};

} // namespace rapport
