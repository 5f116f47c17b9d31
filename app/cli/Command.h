#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace rapport {
class Database;
}

namespace rapport::cli {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

// What every command receives: its own arguments (after the command name) and the global options.
struct Context
{
    QString dbPath;
    QStringList args;
    bool json = false;
    QTextStream& out;
    QTextStream& err;

    // Opens (creating and migrating if needed) the database; prints the error and returns null on failure.
    std::unique_ptr<Database> openDatabase(bool createIfMissing = true) const;
    // Value of "--name VALUE" in args (removing both), or fallback.
    QString takeOption(const QString& name, const QString& fallback = {});
    bool takeFlag(const QString& name);
    int usage(const QString& text) const;
    int fail(const QString& message) const;
    void printJson(const QJsonValue& value) const;
};

struct Command
{
    QString name;
    QString synopsis;
    std::function<int(Context&)> run;
};

// Commands register themselves from their own files with a static CommandRegistration.
std::vector<Command>& commands();
struct CommandRegistration
{
    explicit CommandRegistration(Command command) { commands().push_back(std::move(command)); }
};

} // namespace rapport::cli
