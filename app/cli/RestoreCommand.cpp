#include "Command.h"

#include "safety/RestoreService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace rapport::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli::restore", text);
}

int runRestore(Context& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("restore BACKUP [--json]"));
    auto restored = RestoreService::restore(ctx.args.first(), ctx.dbPath);
    if (!restored)
        return ctx.fail(restored.error().message);
    const auto& r = restored.value();
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("path"), QFileInfo(ctx.dbPath).absoluteFilePath()},
                                  {QStringLiteral("restoredFrom"), r.restoredFrom},
                                  {QStringLiteral("movedAside"), r.movedAside}});
        return Success;
    }
    ctx.out << tr("Restored %1 from the backup %2.")
                   .arg(QDir::toNativeSeparators(QFileInfo(ctx.dbPath).absoluteFilePath()),
                        QDir::toNativeSeparators(r.restoredFrom))
            << Qt::endl;
    if (!r.movedAside.isEmpty())
        ctx.out << tr("The previous file was kept as %1.").arg(QDir::toNativeSeparators(r.movedAside)) << Qt::endl;
    return Success;
}

const CommandRegistration registration({QStringLiteral("restore"),
                                        QStringLiteral("restore BACKUP            put a verified backup in place (the current file is kept aside)"),
                                        runRestore});

} // namespace
} // namespace rapport::cli
