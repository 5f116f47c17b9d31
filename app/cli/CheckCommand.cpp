#include "Command.h"

#include "safety/FileProbe.h"
#include "safety/IntegrityChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli::check", text);
}

QString describe(const RecordProblem& p)
{
    if (p.entity.isEmpty())
        return p.reason;
    if (!p.key.isEmpty())
        return tr("%1 '%2' %3").arg(p.entity, p.key, p.reason);
    return tr("%1 %2 %3").arg(p.entity).arg(p.id).arg(p.reason);
}

QJsonObject toJson(const IntegrityReport& r)
{
    QJsonArray problems;
    for (const auto& p : r.recordProblems) {
        QJsonObject o{{QStringLiteral("entity"), p.entity}, {QStringLiteral("reason"), p.reason}};
        if (!p.key.isEmpty())
            o.insert(QStringLiteral("key"), p.key);
        else
            o.insert(QStringLiteral("id"), p.id);
        problems.append(o);
    }
    QJsonObject chain{{QStringLiteral("ok"), r.chainOk()}, {QStringLiteral("entries"), r.auditEntries}};
    if (r.chainBreak) {
        chain.insert(QStringLiteral("firstBadEntry"), r.chainBreak->entryId);
        chain.insert(QStringLiteral("reason"), r.chainBreak->reason);
    }
    QJsonObject out{
        {QStringLiteral("path"), r.path},
        {QStringLiteral("clean"), r.clean()},
        {QStringLiteral("integrity"), QJsonObject{{QStringLiteral("ok"), r.integrityOk()},
                                                  {QStringLiteral("failure"), r.structureFailure},
                                                  {QStringLiteral("errors"), QJsonArray::fromStringList(r.integrityErrors)}}},
        {QStringLiteral("foreignKeys"), QJsonObject{{QStringLiteral("ok"), r.foreignKeysOk()},
                                                    {QStringLiteral("count"), r.foreignKeyErrorCount},
                                                    {QStringLiteral("errors"), QJsonArray::fromStringList(r.foreignKeyErrors)}}},
        {QStringLiteral("chain"), chain},
        {QStringLiteral("records"), QJsonObject{{QStringLiteral("ok"), r.recordsOk()},
                                                {QStringLiteral("failure"), r.recordsFailure},
                                                {QStringLiteral("checked"), r.recordsChecked},
                                                {QStringLiteral("settingsChecked"), r.settingsChecked},
                                                {QStringLiteral("problemCount"), r.recordProblemCount},
                                                {QStringLiteral("problems"), problems}}},
        {QStringLiteral("seconds"), r.milliseconds / 1000.0},
        {QStringLiteral("partSeconds"), QJsonObject{{QStringLiteral("structure"), r.structureMs / 1000.0},
                                                    {QStringLiteral("chain"), r.chainMs / 1000.0},
                                                    {QStringLiteral("records"), r.recordsMs / 1000.0}}},
        {QStringLiteral("slowVerifications"), r.slowVerifications},
    };
    if (!r.fileProblem.isEmpty())
        out.insert(QStringLiteral("fileProblem"), r.fileProblem);
    return out;
}

void printText(const Context& ctx, const IntegrityReport& r)
{
    auto status = [](bool ok) { return ok ? tr("ok") : tr("PROBLEM"); };
    ctx.out << tr("Checking %1").arg(QDir::toNativeSeparators(r.path)) << Qt::endl;
    if (!r.fileProblem.isEmpty()) {
        ctx.out << "  " << r.fileProblem << Qt::endl;
        return;
    }
    ctx.out << "  " << tr("File structure (integrity_check): %1").arg(status(r.integrityOk())) << Qt::endl;
    for (const QString& line : r.integrityErrors)
        ctx.out << "    " << line << Qt::endl;
    if (!r.structureFailure.isEmpty())
        ctx.out << "    " << tr("the check stopped early: %1").arg(r.structureFailure) << Qt::endl;
    ctx.out << "  " << tr("Foreign keys: %1").arg(r.structureFailure.isEmpty() ? status(r.foreignKeysOk()) : tr("not checked"))
            << Qt::endl;
    for (const QString& line : r.foreignKeyErrors)
        ctx.out << "    " << line << Qt::endl;
    if (r.foreignKeyErrorCount > r.foreignKeyErrors.size())
        ctx.out << "    " << tr("... and %1 more").arg(r.foreignKeyErrorCount - r.foreignKeyErrors.size()) << Qt::endl;
    ctx.out << "  " << tr("Audit chain: %1 (%2 entries)").arg(status(r.chainOk())).arg(r.auditEntries) << Qt::endl;
    if (r.chainBreak)
        ctx.out << "    " << tr("first entry that does not verify: %1 (%2)").arg(r.chainBreak->entryId).arg(r.chainBreak->reason)
                << Qt::endl;
    ctx.out << "  " << tr("Records match their history: %1 (%2 records, %3 settings)")
                           .arg(status(r.recordsOk()))
                           .arg(r.recordsChecked)
                           .arg(r.settingsChecked)
            << Qt::endl;
    if (!r.recordsFailure.isEmpty())
        ctx.out << "    " << tr("the records could not all be read: %1").arg(r.recordsFailure) << Qt::endl;
    for (const auto& p : r.recordProblems)
        ctx.out << "    " << describe(p) << Qt::endl;
    if (r.recordProblemCount > r.recordProblems.size())
        ctx.out << "    " << tr("... and %1 more").arg(r.recordProblemCount - r.recordProblems.size()) << Qt::endl;
}

int runCheck(Context& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("check [--json]"));
    const QString path = QFileInfo(ctx.dbPath).absoluteFilePath();
    const IntegrityReport report = IntegrityChecker::check(path);
    if (ctx.json)
        ctx.printJson(toJson(report));
    else
        printText(ctx, report);
    if (report.clean()) {
        if (!ctx.json)
            ctx.out << tr("All clean (%1 s).").arg(report.milliseconds / 1000.0, 0, 'f', 1) << Qt::endl;
        return Success;
    }
    if (!report.fileProblem.isEmpty())
        return ctx.fail(tr("Check failed: the file cannot be examined.") + FileProbe::backupHint(path));
    QStringList wrong;
    if (!report.integrityOk())
        wrong << tr("the file structure is damaged");
    if (report.foreignKeyErrorCount > 0)
        wrong << tr("%1 broken references").arg(report.foreignKeyErrorCount);
    if (!report.chainOk())
        wrong << tr("the audit chain breaks at entry %1").arg(report.chainBreak->entryId);
    if (!report.recordsFailure.isEmpty())
        wrong << tr("the records cannot all be read");
    if (report.recordProblemCount > 0)
        wrong << tr("%1 changes without history").arg(report.recordProblemCount);
    return ctx.fail(tr("Check failed: %1.").arg(wrong.join(QStringLiteral("; "))) + FileProbe::backupHint(path));
}

const CommandRegistration registration({QStringLiteral("check"),
                                        QStringLiteral("check                     verify the file, references and the audit history"),
                                        runCheck});

} // namespace
} // namespace rapport::cli
