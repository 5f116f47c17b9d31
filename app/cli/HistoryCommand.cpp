#include "Command.h"

#include "Clock.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "safety/AuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli::history", text);
}

const QStringList& historyEntities()
{
    static const QStringList names = {entityName(Entity::Customer), entityName(Entity::Deal),
                                      entityName(Entity::Ticket),   entityName(Entity::Activity),
                                      entityName(Entity::Task),     entityName(Entity::Campaign)};
    return names;
}

QString actionWord(const QString& action)
{
    if (action == QStringLiteral("insert"))
        return tr("created");
    if (action == QStringLiteral("update"))
        return tr("changed");
    if (action == QStringLiteral("archive"))
        return tr("archived");
    if (action == QStringLiteral("unarchive"))
        return tr("restored from the archive");
    if (action == QStringLiteral("delete"))
        return tr("deleted");
    return action;
}

// One value on one line: empty and missing values named, long text shortened.
QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return tr("(none)");
    QString text = v.toString();
    if (text.isEmpty())
        return tr("(empty)");
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    if (text.size() > 100)
        text = text.left(99) + QStringLiteral("…");
    return text;
}

int runHistory(Context& ctx)
{
    const QString usage = QStringLiteral("history %1 ID [--json]").arg(historyEntities().join(QLatin1Char('|')));
    if (ctx.args.size() != 2 || !historyEntities().contains(ctx.args.at(0)))
        return ctx.usage(usage);
    bool ok = false;
    const qint64 id = ctx.args.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(usage);
    const QString entity = ctx.args.at(0);

    // Reading history needs no lock: it works while Rapport has the file open.
    OpenOptions options;
    options.createIfMissing = false;
    options.takeLock = false;
    options.migrate = false;
    auto opened = Database::open(ctx.dbPath, options);
    if (!opened)
        return ctx.fail(opened.error().message);
    AuditLog log(*opened.value());
    auto entries = log.history(entity, id);
    if (!entries)
        return ctx.fail(entries.error().message);
    if (entries.value().isEmpty())
        return ctx.fail(tr("There is no history for %1 %2: no such record was ever saved.").arg(entity).arg(id));

    if (ctx.json) {
        QJsonArray out;
        for (const AuditEntry& e : entries.value()) {
            QJsonObject changes;
            const QJsonObject raw = QJsonDocument::fromJson(e.changesJson.toUtf8()).object();
            for (auto it = raw.begin(); it != raw.end(); ++it) {
                const QJsonArray pair = it.value().toArray();
                changes.insert(it.key(), QJsonObject{{QStringLiteral("before"), pair.at(0)},
                                                     {QStringLiteral("after"), pair.at(1)}});
            }
            out.append(QJsonObject{{QStringLiteral("entry"), e.id},
                                   {QStringLiteral("at"), toStoredInstant(e.at)},
                                   {QStringLiteral("action"), e.action},
                                   {QStringLiteral("changes"), changes}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id},
                                  {QStringLiteral("history"), out}});
        return Success;
    }

    ctx.out << tr("History of %1 %2 (%3 entries, times in local time)").arg(entity).arg(id).arg(entries.value().size())
            << Qt::endl;
    for (const AuditEntry& e : entries.value()) {
        ctx.out << Qt::endl
                << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << actionWord(e.action)
                << Qt::endl;
        const QJsonObject changes = QJsonDocument::fromJson(e.changesJson.toUtf8()).object();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonArray pair = it.value().toArray();
            // A created or deleted record lists only the fields that held something.
            const QJsonValue held = e.action == QStringLiteral("delete") ? pair.at(0) : pair.at(1);
            if ((e.action == QStringLiteral("insert") || e.action == QStringLiteral("delete")) &&
                held.toString().isEmpty())
                continue;
            if (e.action == QStringLiteral("insert"))
                ctx.out << "    " << it.key() << ": " << shown(pair.at(1)) << Qt::endl;
            else if (e.action == QStringLiteral("delete"))
                ctx.out << "    " << it.key() << ": " << shown(pair.at(0)) << Qt::endl;
            else
                ctx.out << "    " << it.key() << ": " << shown(pair.at(0)) << " -> " << shown(pair.at(1)) << Qt::endl;
        }
    }
    return Success;
}

const CommandRegistration registration(
    {QStringLiteral("history"),
     QStringLiteral("history ENTITY ID         what changed in a customer|deal|ticket|activity|task|campaign, and when"),
     runHistory});

} // namespace
} // namespace rapport::cli
