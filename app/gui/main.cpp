#include "db/Database.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rapport"));
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Rapport — a desktop CRM for small businesses"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open the database at PATH."),
                                QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : rapport::Database::defaultPath();
    auto opened = rapport::Database::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Rapport"), opened.error().message);
        return 1;
    }
    auto db = opened.take();
    rapport::MainWindow window(*db);
    window.show();
    return app.exec();
}
