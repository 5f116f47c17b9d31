// report: every analytics report as text, JSON or a PDF, over a date range.
#include "Command.h"

#include "Clock.h"
#include "analytics/ReportBuilder.h"
#include "db/Database.h"
#include "ReportPack.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {
namespace {

const char* const kSynopsis =
    "report funnel|winrate|forecast|retention|segments|service|kpi|all [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
    "[--strict] [--lang en|zh_CN] [--json] [--pdf FILE]";

// The report's words follow --lang, else the system's language (any Chinese -> Simplified Chinese).
void installLanguage(const QString& requested)
{
    QString language = requested;
    if (language.isEmpty()) {
        language = QStringLiteral("en");
        for (const QString& ui : QLocale::system().uiLanguages()) {
            if (ui.startsWith(QStringLiteral("zh")) || ui.startsWith(QStringLiteral("en"))) {
                language = ui.startsWith(QStringLiteral("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
                break;
            }
        }
    }
    if (language == QStringLiteral("zh_CN") && QLocale().language() != QLocale::Chinese)
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
    else if (language == QStringLiteral("en") && QLocale().language() == QLocale::Chinese)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/rapport_%1.qm").arg(language)))
        QCoreApplication::installTranslator(translator);
}

int exportReportPdf(Context& ctx, Database& db, const QList<ReportKind>& kinds, const ReportOptions& options,
                    const QString& path)
{
    const bool interactive = !ctx.json;
    auto pages = ReportPack::exportPdf(db.connection(), kinds, options, path, [&](int percent) {
        if (interactive)
            ctx.err << "\r" << QCoreApplication::translate("rapport::cli::ReportCommand", "Writing PDF: %1%").arg(percent)
                    << Qt::flush;
        return true;
    });
    if (interactive)
        ctx.err << Qt::endl;
    if (!pages)
        return ctx.fail(pages.error().message);
    const QString absolute = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("pdf"), absolute}, {QStringLiteral("pages"), pages.value()}});
    } else {
        ctx.out << QCoreApplication::translate("rapport::cli::ReportCommand", "Wrote %1 (%n page(s)).", nullptr,
                                               pages.value()).arg(absolute)
                << Qt::endl;
    }
    return Success;
}

// Columns of East Asian text are two cells wide in a terminal.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        width += (u >= 0x1100 && (u <= 0x115F || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
                                  (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
                                  (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)))
                     ? 2
                     : 1;
    }
    return width;
}

QString pad(const QString& text, int width, bool right)
{
    const QString fill(qMax(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

void printTable(QTextStream& out, const ReportTable& table)
{
    QList<int> widths;
    for (const QString& h : table.headers)
        widths << displayWidth(h);
    for (const auto& row : table.rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row[i]));
    }
    const auto line = [&](const QStringList& cells) {
        QStringList parts;
        for (qsizetype i = 0; i < widths.size(); ++i)
            parts << pad(i < cells.size() ? cells[i] : QString(), widths[i], table.numeric.value(i));
        out << "  " << parts.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    line(table.headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    out << "  " << rule.join(QStringLiteral("  ")) << '\n';
    for (const auto& row : table.rows)
        line(row);
}

void printDocument(QTextStream& out, const ReportDocument& doc)
{
    out << doc.title << '\n' << QString(displayWidth(doc.title), QLatin1Char('=')) << '\n' << doc.period << "\n\n";
    for (const QString& h : doc.highlights)
        out << "  " << h << '\n';
    for (const auto& section : doc.sections) {
        out << '\n' << section.title << '\n';
        if (section.table.isEmpty() && !section.emptyText.isEmpty())
            out << "  " << section.emptyText << '\n';
        else
            printTable(out, section.table);
    }
    out << '\n' << QCoreApplication::translate("rapport::cli::ReportCommand", "Definition: ") << doc.definition << "\n\n";
}

int runReport(Context& ctx)
{
    const QString from = ctx.takeOption(QStringLiteral("--from"));
    const QString to = ctx.takeOption(QStringLiteral("--to"));
    const QString pdf = ctx.takeOption(QStringLiteral("--pdf"));
    const bool strict = ctx.takeFlag(QStringLiteral("--strict"));
    const QString language = ctx.takeOption(QStringLiteral("--lang"));
    if (!language.isEmpty() && language != QStringLiteral("en") && language != QStringLiteral("zh_CN"))
        return ctx.usage(QString::fromLatin1(kSynopsis));
    if (ctx.args.size() != 1 || ctx.args.contains(QStringLiteral("--from")) || ctx.args.contains(QStringLiteral("--to")) ||
        ctx.args.contains(QStringLiteral("--pdf")) || ctx.args.contains(QStringLiteral("--lang")))
        return ctx.usage(QString::fromLatin1(kSynopsis));
    const QString which = ctx.args.first();
    QList<ReportKind> kinds;
    if (which == QStringLiteral("all"))
        kinds = ReportBuilder::allKinds();
    else if (auto kind = ReportBuilder::fromKey(which))
        kinds << *kind;
    else
        return ctx.usage(QString::fromLatin1(kSynopsis));

    installLanguage(language);
    ReportOptions options = ReportBuilder::defaultOptions();
    auto range = ReportRange::fromText(from, to, options.today);
    if (!range)
        return ctx.fail(range.error().message);
    options.range = range.value();
    options.strictFunnel = strict;

    auto db = ctx.openDatabase(false);
    if (!db)
        return Failure;
    if (!pdf.isEmpty() && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.fail(QStringLiteral("rapport-cli: PDF output needs the GUI library (internal error)"));
    if (!pdf.isEmpty())
        return exportReportPdf(ctx, *db, kinds, options, pdf);
    if (ctx.json) {
        QJsonArray reports;
        for (ReportKind kind : kinds) {
            auto json = ReportBuilder::json(db->connection(), kind, options);
            if (!json)
                return ctx.fail(json.error().message);
            reports.append(json.value());
        }
        ctx.printJson(kinds.size() == 1 ? QJsonValue(reports.first()) : QJsonValue(QJsonObject{{QStringLiteral("reports"), reports}}));
        return Success;
    }
    for (ReportKind kind : kinds) {
        auto doc = ReportBuilder::build(db->connection(), kind, options);
        if (!doc)
            return ctx.fail(doc.error().message);
        printDocument(ctx.out, doc.value());
    }
    ctx.out.flush();
    return Success;
}

const CommandRegistration report({QStringLiteral("report"), QString::fromLatin1(kSynopsis), runReport});

} // namespace
} // namespace rapport::cli
