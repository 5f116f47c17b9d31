#pragma once

#include "ReportPdf.h"
#include "analytics/ReportBuilder.h"

namespace rapport {

// One or more reports computed and written to a PDF in one go — the CLI's --pdf and the app's
// "Export PDF…" / "Export Report Pack…" (which runs this on a worker thread with its own connection).
class ReportPack
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ReportPack)

public:
    // `progress(percent)`; returning false cancels (nothing is written).
    using Progress = std::function<bool(int)>;
    // The business name (settings), the title ("Business report" for several) and the period.
    static PdfCover cover(const QSqlDatabase& db, const QList<ReportKind>& kinds, const ReportOptions& options);
    static Result<QList<ReportDocument>> build(const QSqlDatabase& db, const QList<ReportKind>& kinds,
                                               const ReportOptions& options, const Progress& progress = {});
    // Returns the number of pages written.
    static Result<int> exportPdf(const QSqlDatabase& db, const QList<ReportKind>& kinds, const ReportOptions& options,
                                 const QString& path, const Progress& progress = {});
};

} // namespace rapport
