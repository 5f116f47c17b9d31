#pragma once

#include <QString>

namespace rapport {

// Light or dark, following the OS unless the owner chose (QSettings "theme": system, light or dark).
// Fusion with our palettes everywhere but macOS, whose native style already follows the system.
class Theme
{
public:
    static QString preference();
    static void setPreference(const QString& mode);
    static bool isDark();
    // Applies the palette, style and the app's small style sheet; call after QApplication exists.
    static void apply();
};

} // namespace rapport
