#pragma once

#include <QString>

namespace rapport {

// Which language the app speaks: the owner's choice (QSettings "language": "", "en" or "zh_CN") or the
// system's. install() loads Rapport's and Qt's own translations and sets the default QLocale to match.
class Language
{
public:
    static QString preference();
    static void setPreference(const QString& code);
    // "en" or "zh_CN" for `code` ("" = follow the system).
    static QString resolve(const QString& code);
    // Installs the translators for `code` (or the saved preference when empty). Returns the language used.
    static QString install(const QString& code = QString());
};

} // namespace rapport
