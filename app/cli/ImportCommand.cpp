// import: customers from CSV or vCard (deals and activities from CSV), with a dry run, a choice for
// duplicates, the rows with problems saved as CSV, and Ctrl+C that leaves the database as it was.
#include "Command.h"
#include "Interrupt.h"

#include "analytics/ValueTiers.h"
#include "db/Database.h"
#include "io/CustomerImporter.h"
#include "io/CustomerSource.h"
#include "io/RecordImporter.h"
#include "io/TextDecoding.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rapport::cli {
namespace {

const QString kUsage = QStringLiteral(
    "import FILE [--type customers|deals|activities] [--dry-run] [--on-duplicate skip|update|create] "
    "[--errors OUT.csv] [--encoding NAME] [--separator ,|;|tab] [--map COLUMN=FIELD]... [--country-code 86] "
    "[--date-order dmy|mdy|ymd]");

QString number(qint64 n)
{
    return QLocale::c().toString(n);
}

// "--map 'Phone 1 - Value=mobile'" or "--map 3=mobile" (1-based column number).
bool applyMapping(const QStringList& specs, const QStringList& headers, ColumnMapping& mapping, QString* error)
{
    for (const QString& spec : specs) {
        const qsizetype eq = spec.lastIndexOf(u'=');
        if (eq <= 0) {
            *error = QStringLiteral("--map needs COLUMN=FIELD, got \"%1\"").arg(spec);
            return false;
        }
        const QString column = spec.left(eq).trimmed();
        const auto field = ColumnMapping::fieldForKey(spec.mid(eq + 1).trimmed());
        if (!field) {
            QStringList keys;
            for (CustomerField f : ColumnMapping::allFields())
                keys << ColumnMapping::key(f);
            *error = QStringLiteral("Unknown field \"%1\"; fields are: %2, none")
                         .arg(spec.mid(eq + 1), keys.join(QStringLiteral(", ")));
            return false;
        }
        bool isNumber = false;
        int index = column.toInt(&isNumber) - 1;
        if (!isNumber)
            index = int(headers.indexOf(column));
        if (index < 0 || index >= headers.size()) {
            *error = QStringLiteral("The file has no column \"%1\"; its columns are: %2")
                         .arg(column, headers.join(QStringLiteral(", ")));
            return false;
        }
        mapping.set(index, *field);
    }
    return true;
}

QJsonObject summaryJson(const ImportSummary& s)
{
    QJsonArray invalid;
    for (const InvalidRow& row : s.invalidRows)
        invalid.append(QJsonObject{{QStringLiteral("row"), row.row}, {QStringLiteral("reason"), row.reason}});
    return QJsonObject{{QStringLiteral("dryRun"), s.dryRun},
                       {QStringLiteral("rows"), s.counts.rows},
                       {QStringLiteral("created"), s.counts.created},
                       {QStringLiteral("updated"), s.counts.updated},
                       {QStringLiteral("duplicates"), s.counts.duplicates},
                       {QStringLiteral("invalid"), s.counts.invalid},
                       {QStringLiteral("companiesCreated"), s.counts.companiesCreated},
                       {QStringLiteral("encoding"), s.encodingName},
                       {QStringLiteral("seconds"), s.seconds},
                       {QStringLiteral("invalidRows"), invalid},
                       {QStringLiteral("notices"), QJsonArray::fromStringList(s.notices)}};
}

void printSummary(Context& ctx, const QString& file, const QString& what, const ImportSummary& s,
                  const QString& errorsPath)
{
    QTextStream& out = ctx.out;
    if (s.dryRun)
        out << "Dry run: nothing was changed. This is what the import would do:\n";
    out << "Read " << number(s.counts.rows) << " rows from " << file << " (" << s.encodingName << ") in "
        << QString::number(s.seconds, 'f', 2) << " s.\n"
        << "  new " << what << ":  " << number(s.counts.created) << "\n"
        << "  updated:        " << number(s.counts.updated) << "\n"
        << "  duplicates:     " << number(s.counts.duplicates) << " (already there; left as they are)\n"
        << "  invalid:        " << number(s.counts.invalid);
    if (s.counts.invalid > 0 && !errorsPath.isEmpty())
        out << " (saved to " << errorsPath << ")";
    out << "\n";
    if (s.counts.companiesCreated > 0)
        out << "  companies added for people's Company column: " << number(s.counts.companiesCreated) << "\n";
    const int listed = int(qMin<qsizetype>(s.invalidRows.size(), 20));
    for (int i = 0; i < listed; ++i)
        out << "  row " << s.invalidRows.at(i).row << ": " << s.invalidRows.at(i).reason << "\n";
    if (s.counts.invalid > listed)
        out << "  ... and " << number(s.counts.invalid - listed) << " more"
            << (errorsPath.isEmpty() ? QStringLiteral(" (--errors OUT.csv saves them all)") : QString()) << "\n";
    for (const QString& notice : s.notices.mid(0, 10))
        out << "  note: " << notice << "\n";
    if (s.noticeCount > 10)
        out << "  ... and " << number(s.noticeCount - 10) << " more notes\n";
    out.flush();
}

int runImport(Context& ctx)
{
    const QString type = ctx.takeOption(QStringLiteral("--type"), QStringLiteral("customers"));
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    const auto policy = duplicatePolicyForKey(ctx.takeOption(QStringLiteral("--on-duplicate"), QStringLiteral("skip")));
    const QString errorsPath = ctx.takeOption(QStringLiteral("--errors"));
    const QString encodingName = ctx.takeOption(QStringLiteral("--encoding"));
    const QString separator = ctx.takeOption(QStringLiteral("--separator"));
    const QString countryCode = ctx.takeOption(QStringLiteral("--country-code"));
    const QString dateOrder = ctx.takeOption(QStringLiteral("--date-order"));
    QStringList maps;
    for (QString m = ctx.takeOption(QStringLiteral("--map")); !m.isEmpty(); m = ctx.takeOption(QStringLiteral("--map")))
        maps << m;
    if (ctx.args.size() != 1 || !policy || ctx.args.first().startsWith(QStringLiteral("--")) ||
        !QStringList{QStringLiteral("customers"), QStringLiteral("deals"), QStringLiteral("activities")}.contains(type))
        return ctx.usage(kUsage);
    const QString path = ctx.args.first();

    SourceOptions source;
    if (!encodingName.isEmpty()) {
        const auto encoding = TextDecoding::encodingForName(encodingName);
        if (!encoding)
            return ctx.usage(QStringLiteral("--encoding: UTF-8, UTF-16LE, UTF-16BE, GB18030 (GBK), windows-1252"));
        source.encoding = *encoding;
    }
    if (separator == QStringLiteral("tab") || separator == QStringLiteral("\\t"))
        source.separator = u'\t';
    else if (separator.size() == 1 && QStringLiteral(",;|\t").contains(separator))
        source.separator = separator.front();
    else if (!separator.isEmpty())
        return ctx.usage(kUsage);
    source.dateOrderHint = DateParser::orderForLocale(QLocale::system());
    if (dateOrder == QStringLiteral("dmy"))
        source.dateOrderHint = DateOrder::DayMonthYear;
    else if (dateOrder == QStringLiteral("mdy"))
        source.dateOrderHint = DateOrder::MonthDayYear;
    else if (dateOrder == QStringLiteral("ymd"))
        source.dateOrderHint = DateOrder::YearMonthDay;
    else if (!dateOrder.isEmpty())
        return ctx.usage(kUsage);

    auto db = ctx.openDatabase();
    if (!db)
        return Failure;

    ImportOptions options;
    options.onDuplicate = *policy;
    options.dryRun = dryRun;
    options.errorsCsvPath = errorsPath;
    options.dateOrderHint = source.dateOrderHint;
    options.defaultCountryCode = countryCode.isEmpty()
                                     ? CustomerImporter::countryCodeForCurrency(db->setting(QStringLiteral("currency")))
                                     : countryCode;
    const bool interactive = !ctx.json;
    catchInterrupt();
    options.progress = [&ctx, interactive](const ImportProgress& p) {
        if (interactive && p.rows >= 2000) {
            ctx.err << "\rImporting: " << number(p.rows) << " rows, " << number(qint64(p.rowsPerSecond)) << " rows/s";
            if (p.secondsLeft >= 0)
                ctx.err << ", about " << qint64(p.secondsLeft + 0.5) << " s left   ";
            ctx.err << Qt::flush;
        }
        return !interrupted();
    };

    Result<ImportSummary> summary = makeError(QString(), QString());
    QStringList headers;
    ColumnMapping mapping;
    if (type == QStringLiteral("customers")) {
        const bool vcard = looksLikeVCard(path);
        if (!maps.isEmpty() && !vcard) {
            auto probe = CsvCustomerSource::open(path, source);
            if (!probe)
                return ctx.fail(probe.error().message + QStringLiteral("\nNothing was changed."));
            ColumnMapping adjusted = probe.value()->mapping();
            QString error;
            if (!applyMapping(maps, probe.value()->headers(), adjusted, &error))
                return ctx.usage(error);
            source.mapping = adjusted;
        }
        auto opened = openCustomerSource(path, source);
        if (!opened)
            return ctx.fail(opened.error().message + QStringLiteral("\nNothing was changed."));
        if (auto* csv = dynamic_cast<CsvCustomerSource*>(opened.value().get())) {
            headers = csv->headers();
            mapping = csv->mapping();
        }
        summary = CustomerImporter::run(*db, *opened.value(), options);
    } else {
        const RecordKind kind = type == QStringLiteral("deals") ? RecordKind::Deal : RecordKind::Activity;
        summary = RecordImporter::run(*db, kind, path, source, options);
    }
    if (interactive)
        ctx.err << "\r" << QString(60, u' ') << "\r" << Qt::flush;
    if (!summary) {
        if (summary.error().code == QStringLiteral("cancelled"))
            return ctx.fail(QStringLiteral("Cancelled: the import was rolled back; nothing was changed."));
        return ctx.fail(summary.error().message + QStringLiteral("\nNothing was changed."));
    }
    // Won deals move customers between value tiers; without this the app would show the old tiers until tomorrow.
    if (!dryRun && type == QStringLiteral("deals")) {
        if (auto tiers = ValueTiers::refreshStored(*db, QDate::currentDate()); !tiers)
            ctx.err << "Value tiers were not updated: " << tiers.error().message << "\n";
    }
    if (ctx.json) {
        QJsonObject json = summaryJson(summary.value());
        QJsonObject columns;
        for (int i = 0; i < headers.size(); ++i)
            columns.insert(headers.at(i), ColumnMapping::key(mapping.field(i)));
        if (!headers.isEmpty())
            json.insert(QStringLiteral("mapping"), columns);
        ctx.printJson(json);
        return Success;
    }
    if (dryRun && !headers.isEmpty()) {
        ctx.out << "Columns (change with --map COLUMN=FIELD):\n";
        for (int i = 0; i < headers.size(); ++i) {
            const CustomerField f = mapping.field(i);
            ctx.out << "  " << headers.at(i) << " -> "
                    << (f == CustomerField::None ? QStringLiteral("(not imported)") : ColumnMapping::key(f)) << "\n";
        }
    }
    printSummary(ctx, QFileInfo(path).fileName(), type, summary.value(), errorsPath);
    return Success;
}

const CommandRegistration registration{{QStringLiteral("import"), kUsage, runImport}};

} // namespace
} // namespace rapport::cli
