#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rapport {
namespace {

// Core messages written with a file-local tr() may carry the plain "rapport" context in the catalogue
// (lupdate cannot see their class); look there when the class's own context has no translation.
class FallbackTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isEmpty() && context && qstrncmp(context, "rapport::", 9) == 0)
            text = QTranslator::translate("rapport", sourceText, disambiguation, n);
        return text;
    }
};

} // namespace

QString Language::preference()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void Language::setPreference(const QString& code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

QString Language::resolve(const QString& code)
{
    if (code == QStringLiteral("en") || code == QStringLiteral("zh_CN"))
        return code;
    // Following the system: any Chinese UI language gets Simplified Chinese, everything else English.
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString& lang : languages) {
        if (lang.startsWith(QStringLiteral("zh")))
            return QStringLiteral("zh_CN");
        if (lang.startsWith(QStringLiteral("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Language::install(const QString& code)
{
    const QString language = resolve(code.isEmpty() ? preference() : code);
    static QTranslator* app = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    if (language == QStringLiteral("zh_CN")) {
        // Dates, numbers and money follow the language when it differs from the system's.
        if (!QLocale::system().name().startsWith(QStringLiteral("zh")))
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
        app = new FallbackTranslator(QCoreApplication::instance());
        if (app->load(QStringLiteral(":/i18n/rapport_zh_CN.qm")))
            QCoreApplication::installTranslator(app);
        qt = new QTranslator(QCoreApplication::instance());
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        // Installers carry Qt's catalogues merged into qt_zh_CN (windeployqt, qt_deploy_translations);
        // Linux distributions ship that file too, as a list of qtbase_zh_CN and the others.
        if (qt->load(QStringLiteral("qt_zh_CN"), dir) || qt->load(QStringLiteral("qtbase_zh_CN"), dir))
            QCoreApplication::installTranslator(qt);
    } else {
        if (QLocale::system().language() == QLocale::Chinese)
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        else
            QLocale::setDefault(QLocale::system());
        // English needs a catalogue too, for its plural forms.
        app = new FallbackTranslator(QCoreApplication::instance());
        if (app->load(QStringLiteral(":/i18n/rapport_en.qm")))
            QCoreApplication::installTranslator(app);
    }
    return language;
}

} // namespace rapport
