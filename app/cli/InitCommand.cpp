#include "Command.h"

#include "db/Database.h"

#include <QDir>
#include <QJsonObject>

namespace rapport::cli {
namespace {

int runInit(Context& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("init"));
    auto db = ctx.openDatabase();
    if (!db)
        return Failure;
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("path"), db->path()},
                                  {QStringLiteral("schemaVersion"), db->schemaVersion()}});
    } else {
        ctx.out << "Database " << QDir::toNativeSeparators(db->path()) << " is at schema version "
                << db->schemaVersion() << Qt::endl;
    }
    return Success;
}

const CommandRegistration registration({QStringLiteral("init"),
                                        QStringLiteral("init                      create or upgrade the database"),
                                        runInit});

} // namespace
} // namespace rapport::cli
