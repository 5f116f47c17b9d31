#pragma once

#include "Result.h"
#include "analytics/ReportDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>

#include <functional>

class QPagedPaintDevice;

namespace rapport {

struct PdfCover
{
    QString businessName;
    QString title;   // "Business report" for a pack, the report's title for one
    QString period;
    QDateTime generated; // local time shown on the cover and in the footer
};

// Lays reports out on pages: a cover with contents, then each report on its own pages — title, headline
// figures, charts as vectors, tables that break across pages with their header repeated, the definition —
// with page numbers. The same pages go to a PDF file or a printer.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ReportPdf)

public:
    // Letter where the locale uses it (United States, Canada, Mexico, ...), A4 everywhere else.
    static QPageSize::PageSizeId pageSizeFor(const QLocale& locale);
    // `progress(pagesDone, pages)` may return false to stop; the result is then the error "cancelled".
    using Progress = std::function<bool(int, int)>;
    static Status paint(QPagedPaintDevice& device, const QList<ReportDocument>& reports, const PdfCover& cover,
                        const QLocale& locale, const Progress& progress = {});
    // Writes a PDF file safely (a half-written file never replaces an existing one). Returns the page count.
    static Result<int> write(const QString& path, const QList<ReportDocument>& reports, const PdfCover& cover,
                             const QLocale& locale, const Progress& progress = {});
};

} // namespace rapport
