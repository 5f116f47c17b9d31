// export: customers to CSV or vCard, deals/tickets/activities to CSV, tasks to iCalendar.
#include "Command.h"
#include "Interrupt.h"

#include "db/Database.h"
#include "io/Exporter.h"

#include <QJsonObject>

namespace rapport::cli {
namespace {

const QString kUsage = QStringLiteral(
    "export customers|deals|tickets|activities|tasks --to FILE [--format csv|vcard|ical] [--active-only] "
    "[--ids 1,2,3]");

int runExport(Context& ctx)
{
    const QString to = ctx.takeOption(QStringLiteral("--to"));
    const QString formatName = ctx.takeOption(QStringLiteral("--format"));
    const QString idList = ctx.takeOption(QStringLiteral("--ids"));
    Exporter::Options options;
    options.includeArchived = !ctx.takeFlag(QStringLiteral("--active-only"));
    if (ctx.args.size() != 1 || to.isEmpty())
        return ctx.usage(kUsage);
    const auto kind = exportKindForKey(ctx.args.first());
    if (!kind)
        return ctx.usage(kUsage);
    ExportFormat format = Exporter::formatForPath(to);
    if (formatName == QStringLiteral("csv"))
        format = ExportFormat::Csv;
    else if (formatName == QStringLiteral("vcard") || formatName == QStringLiteral("vcf"))
        format = ExportFormat::VCard;
    else if (formatName == QStringLiteral("ical") || formatName == QStringLiteral("ics"))
        format = ExportFormat::ICalendar;
    else if (!formatName.isEmpty())
        return ctx.usage(kUsage);
    if (*kind == ExportKind::Tasks && formatName.isEmpty())
        format = ExportFormat::ICalendar;
    for (const QString& part : idList.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        options.ids << part.trimmed().toLongLong(&ok);
        if (!ok)
            return ctx.usage(kUsage);
    }
    auto db = ctx.openDatabase(false);
    if (!db)
        return Failure;
    catchInterrupt();
    options.progress = [](qint64) { return !interrupted(); };
    auto written = Exporter::writeFile(*db, *kind, format, to, options);
    if (!written)
        return ctx.fail(written.error().code == QStringLiteral("cancelled")
                            ? QStringLiteral("Cancelled; no file was written.")
                            : written.error().message);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("written"), written.value()}, {QStringLiteral("file"), to}});
    else
        ctx.out << "Wrote " << written.value() << " " << ctx.args.first() << " to " << to << Qt::endl;
    return Success;
}

const CommandRegistration registration{{QStringLiteral("export"), kUsage, runExport}};

} // namespace
} // namespace rapport::cli
