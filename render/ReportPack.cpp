#include "ReportPack.h"

#include "db/Query.h"

namespace rapport {
namespace {

// Computing takes most of the time on big files; drawing the pages the rest.
constexpr int kComputeShare = 70;

} // namespace

PdfCover ReportPack::cover(const QSqlDatabase& db, const QList<ReportKind>& kinds, const ReportOptions& options)
{
    PdfCover c;
    const QVariant name = scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'business_name'"));
    c.businessName = name.toString().trimmed().isEmpty() ? tr("My business") : name.toString().trimmed();
    c.title = kinds.size() == 1 ? ReportBuilder::title(kinds.first()) : tr("Business report");
    c.period = ReportBuilder::periodText(options.range, options.locale);
    c.generated = options.now.toLocalTime();
    return c;
}

Result<QList<ReportDocument>> ReportPack::build(const QSqlDatabase& db, const QList<ReportKind>& kinds,
                                                const ReportOptions& options, const Progress& progress)
{
    QList<ReportDocument> docs;
    for (int i = 0; i < kinds.size(); ++i) {
        if (progress && !progress(kComputeShare * i / static_cast<int>(kinds.size())))
            return makeError(QStringLiteral("cancelled"), tr("Cancelled; no file was written."));
        auto doc = ReportBuilder::build(db, kinds[i], options);
        if (!doc)
            return doc.error();
        docs << doc.take();
    }
    return docs;
}

Result<int> ReportPack::exportPdf(const QSqlDatabase& db, const QList<ReportKind>& kinds, const ReportOptions& options,
                                  const QString& path, const Progress& progress)
{
    auto docs = build(db, kinds, options, progress);
    if (!docs)
        return docs.error();
    return ReportPdf::write(path, docs.value(), cover(db, kinds, options), options.locale, [&](int done, int total) {
        return !progress || progress(kComputeShare + (100 - kComputeShare) * done / qMax(1, total));
    });
}

} // namespace rapport
