#include "shell/AppController.h"
#include "shell/Language.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rapport"));
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // Wayland and the Linux docks find the icon and name through the installed .desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral(RAPPORT_APP_ID));

    QCommandLineParser parser;
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open the database at PATH."), QStringLiteral("PATH"));
    QCommandLineOption langOption(QStringLiteral("lang"), QApplication::translate("main", "Use this language for this run (en, zh_CN)."),
                                  QStringLiteral("CODE"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    rapport::Language::install(parser.value(langOption));
    rapport::Theme::apply();
    parser.setApplicationDescription(QApplication::translate("main", "Rapport — a desktop CRM for small businesses"));

    rapport::AppController controller;
    controller.start(parser.value(dbOption));
    // Nothing to show (the file could not be opened and no other was chosen): the message was shown; stop.
    if (!controller.window() && !controller.welcome())
        return 1;
    return app.exec();
}
