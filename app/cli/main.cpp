// rapport-cli: the command-line face of rapport_core. Exit codes: 0 success, 1 failure, 2 bad usage.
#include "Command.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace rapport::cli {

std::vector<Command>& commands()
{
    static std::vector<Command> list;
    return list;
}

std::unique_ptr<Database> Context::openDatabase(bool createIfMissing) const
{
    OpenOptions options;
    options.createIfMissing = createIfMissing;
    auto opened = Database::open(dbPath, options);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return nullptr;
    }
    return opened.take();
}

QString Context::takeOption(const QString& name, const QString& fallback)
{
    const int i = static_cast<int>(args.indexOf(name));
    if (i < 0 || i + 1 >= args.size())
        return fallback;
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

bool Context::takeFlag(const QString& name)
{
    return args.removeAll(name) > 0;
}

int Context::usage(const QString& text) const
{
    err << QCoreApplication::translate("cli", "usage: rapport-cli [--db PATH] %1").arg(text) << Qt::endl;
    return Usage;
}

int Context::fail(const QString& message) const
{
    err << message << Qt::endl;
    return Failure;
}

void Context::printJson(const QJsonValue& value) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace rapport::cli

namespace {

void printHelp(QTextStream& out)
{
    out << "rapport-cli " << QStringLiteral(RAPPORT_VERSION) << "\n"
        << "usage: rapport-cli [--db PATH] COMMAND [ARGS] [--json]\n\n"
        << "The default database is " << rapport::Database::defaultPath() << "\n\nCommands:\n";
    auto cmds = rapport::cli::commands();
    std::sort(cmds.begin(), cmds.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    for (const auto& c : cmds)
        out << "  " << c.synopsis << "\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    // Drawing PDF pages needs fonts, which come with a GUI application object; nothing else does.
    bool drawsPages = false;
    for (int i = 1; i < argc; ++i)
        drawsPages = drawsPages || qstrcmp(argv[i], "--pdf") == 0;
#ifdef Q_OS_LINUX
    if (drawsPages && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a server or SSH session has no screen, and needs none
#endif
    std::unique_ptr<QCoreApplication> application =
        drawsPages ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString dbPath = rapport::Database::defaultPath();
    bool json = false;
    QString commandName;
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QStringLiteral("--db")) {
            if (i + 1 >= args.size()) {
                err << "rapport-cli: --db needs a PATH" << Qt::endl;
                return rapport::cli::Usage;
            }
            dbPath = args.at(++i);
        } else if (a == QStringLiteral("--json")) {
            json = true;
        } else if (commandName.isEmpty() && (a == QStringLiteral("--help") || a == QStringLiteral("-h"))) {
            printHelp(out);
            return rapport::cli::Success;
        } else if (commandName.isEmpty() && (a == QStringLiteral("--version") || a == QStringLiteral("-v"))) {
            out << "rapport-cli " << QStringLiteral(RAPPORT_VERSION) << Qt::endl;
            return rapport::cli::Success;
        } else if (commandName.isEmpty()) {
            commandName = a;
        } else {
            rest << a;
        }
    }
    if (commandName.isEmpty()) {
        printHelp(err);
        return rapport::cli::Usage;
    }
    for (const auto& command : rapport::cli::commands()) {
        if (command.name == commandName) {
            rapport::cli::Context ctx{dbPath, rest, json, out, err};
            return command.run(ctx);
        }
    }
    err << "rapport-cli: unknown command '" << commandName << "' (see rapport-cli --help)" << Qt::endl;
    return rapport::cli::Usage;
}
