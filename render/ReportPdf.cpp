#include "ReportPdf.h"

#include "ChartPainter.h"
#include "analytics/ReportText.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace rapport {
namespace {

const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x6B, 0x6B, 0x6B);
const QColor kRule(0xD0, 0xD0, 0xD0);
const QColor kHeaderFill(0xEE, 0xF2, 0xF7);
constexpr double kChartHeight = 190;
constexpr double kRowHeight = 15;
constexpr double kCellPadding = 4;

QFont baseFont()
{
    QFont font;
    // Latin first, then a CJK family per platform; Qt falls back glyph by glyph, so names in any script print.
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"), QStringLiteral("Helvetica Neue"),
                      QStringLiteral("Arial"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("PingFang SC"), QStringLiteral("Source Han Sans SC")});
    font.setPointSizeF(9);
    return font;
}

// Paints (or, in the counting pass, only measures) the pages. All coordinates are points.
class Pager
{
public:
    Pager(QPagedPaintDevice& device, QPainter* painter, const PdfCover& cover, const QLocale& locale)
        : m_device(device), m_painter(painter), m_cover(cover), m_locale(locale)
    {
        const QPageLayout layout = device.pageLayout();
        m_page = layout.paintRectPoints();
        m_page.moveTo(0, 0);
        m_body = QRectF(m_page.left(), m_page.top() + 18, m_page.width(), m_page.height() - 40);
        // The painter is scaled to points; font sizes are resolved at the device's resolution, so undo that once.
        m_fontScale = 72.0 / device.logicalDpiY();
    }

    int pages() const { return m_pageNumber; }
    QList<int> startPages() const { return m_startPages; }
    void setTotals(int pages, const QList<int>& starts)
    {
        m_totalPages = pages;
        m_knownStarts = starts;
    }
    void setProgress(const ReportPdf::Progress* progress) { m_progress = progress; }
    bool cancelled() const { return m_cancelled; }

    void coverPage(const QList<ReportDocument>& reports)
    {
        newPage(false);
        double y = m_page.top() + m_page.height() * 0.22;
        y = text(m_cover.businessName, 26, true, kInk, y);
        y = text(m_cover.title, 16, false, kInk, y + 6);
        y = text(m_cover.period, 11, false, kMuted, y + 4);
        y = text(ReportPdf::tr("Generated %1 %2")
                                .arg(ReportText(m_locale).longDate(m_cover.generated.date()),
                                     m_locale.toString(m_cover.generated.time(), QLocale::ShortFormat)), 9, false,
                 kMuted, y + 2);
        if (reports.size() > 1) {
            y += 30;
            y = text(ReportPdf::tr("Contents"), 12, true, kInk, y);
            QFont f = font(10, false);
            const QFontMetricsF fm(f, &m_device);
            for (int i = 0; i < reports.size(); ++i) {
                y += 4;
                if (m_painter) {
                    m_painter->setFont(f);
                    m_painter->setPen(kInk);
                    m_painter->drawText(QPointF(m_page.left(), y + fm.ascent()), reports[i].title);
                    const QString page = i < m_knownStarts.size() ? m_locale.toString(m_knownStarts[i]) : QString();
                    m_painter->drawText(QRectF(m_page.left(), y, m_page.width(), fm.height()), Qt::AlignRight, page);
                }
                y += fm.height();
            }
        }
    }

    void report(const ReportDocument& doc)
    {
        newPage(true, doc.title);
        m_startPages << m_pageNumber;
        m_y = text(doc.title, 17, true, kInk, m_body.top());
        m_y = text(doc.period, 9.5, false, kMuted, m_y + 2) + 8;
        for (const QString& h : doc.highlights)
            m_y = text(QStringLiteral("•  ") + h, 10, false, kInk, m_y + 1);
        m_y += 6;
        for (const auto& section : doc.sections)
            this->section(section, doc.title);
        const QFont small = font(8.5, false);
        const double height = wrappedHeight(doc.definition, small, m_body.width());
        ensureSpace(height + 24, doc.title);
        m_y = text(ReportPdf::tr("How this is counted"), 9.5, true, kInk, m_y + 10);
        m_y = wrapped(doc.definition, small, kMuted, m_y + 2);
    }

private:
    QFont font(double size, bool bold) const
    {
        QFont f = baseFont();
        f.setPointSizeF(size * m_fontScale);
        f.setBold(bold);
        return f;
    }

    double text(const QString& s, double size, bool bold, const QColor& color, double y)
    {
        const QFont f = font(size, bold);
        return wrapped(s, f, color, y);
    }

    double wrappedHeight(const QString& s, const QFont& f, double width) const
    {
        const QFontMetricsF fm(f, &m_device);
        return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, s).height();
    }

    double wrapped(const QString& s, const QFont& f, const QColor& color, double y)
    {
        const double h = wrappedHeight(s, f, m_body.width());
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(color);
            m_painter->drawText(QRectF(m_body.left(), y, m_body.width(), h), Qt::TextWordWrap, s);
        }
        return y + h;
    }

    void ensureSpace(double height, const QString& title)
    {
        if (m_y + height > m_body.bottom())
            newPage(true, title);
    }

    void section(const ReportSection& s, const QString& reportTitle)
    {
        const bool chart = s.chart.kind != ChartKind::None && !s.chart.isEmpty();
        const QFont titleFont = font(11.5, true);
        const double titleHeight = wrappedHeight(s.title, titleFont, m_body.width()) + 14;
        const double firstRows = s.table.isEmpty() ? kRowHeight : kRowHeight * qMin<qsizetype>(4, s.table.rows.size() + 1);
        ensureSpace(titleHeight + (chart ? kChartHeight + 10 : 0) + firstRows, reportTitle);
        m_y = wrapped(s.title, titleFont, kInk, m_y + 10) + 4;
        if (chart) {
            if (m_painter) {
                m_painter->setFont(font(8, false));
                ChartPainter::paint(*m_painter, QRectF(m_body.left(), m_y, m_body.width(), kChartHeight), s.chart, m_locale);
            }
            m_y += kChartHeight + 10;
        }
        if (s.table.isEmpty()) {
            QFont italic = font(9, false);
            italic.setItalic(true);
            m_y = wrapped(s.emptyText.isEmpty() ? ReportPdf::tr("Nothing to show for this period.") : s.emptyText, italic,
                          kMuted, m_y);
            return;
        }
        table(s.table, s.title, reportTitle);
    }

    QList<double> columnWidths(const ReportTable& t, const QFontMetricsF& fm, const QFontMetricsF& bold) const
    {
        QList<double> widths;
        for (qsizetype c = 0; c < t.headers.size(); ++c) {
            double w = bold.horizontalAdvance(t.headers[c]);
            for (const auto& row : t.rows)
                w = qMax(w, fm.horizontalAdvance(row.value(c)));
            widths << w + 2 * kCellPadding;
        }
        double total = 0;
        for (double w : widths)
            total += w;
        // Too wide: the first (text) column gives way first, then every column shrinks alike.
        if (total > m_body.width() && !widths.isEmpty()) {
            const double excess = total - m_body.width();
            const double firstMin = qMin(widths[0], m_body.width() * 0.25);
            const double fromFirst = qMin(excess, widths[0] - firstMin);
            widths[0] -= fromFirst;
            total -= fromFirst;
            if (total > m_body.width()) {
                for (double& w : widths)
                    w *= m_body.width() / total;
            }
        } else if (!widths.isEmpty() && t.headers.size() > 2) {
            // Spread spare room over the numeric columns so wide tables read as a grid, not a clump.
            const double spare = qMin(m_body.width() - total, m_body.width() * 0.25);
            for (qsizetype c = 1; c < widths.size(); ++c)
                widths[c] += spare / (widths.size() - 1);
        }
        return widths;
    }

    void tableHeader(const ReportTable& t, const QList<double>& widths, const QFont& bold)
    {
        if (m_painter) {
            double total = 0;
            for (double w : widths)
                total += w;
            m_painter->fillRect(QRectF(m_body.left(), m_y, total, kRowHeight), kHeaderFill);
            m_painter->setFont(bold);
            m_painter->setPen(kInk);
            double x = m_body.left();
            const QFontMetricsF fm(bold, &m_device);
            for (qsizetype c = 0; c < t.headers.size(); ++c) {
                const QRectF cell(x + kCellPadding, m_y, widths[c] - 2 * kCellPadding, kRowHeight);
                m_painter->drawText(cell, Qt::AlignVCenter | (t.numeric.value(c) ? Qt::AlignRight : Qt::AlignLeft),
                                    fm.elidedText(t.headers[c], Qt::ElideRight, cell.width()));
                x += widths[c];
            }
        }
        m_y += kRowHeight;
    }

    void table(const ReportTable& t, const QString& sectionTitle, const QString& reportTitle)
    {
        const QFont regular = font(8.5, false);
        const QFont bold = font(8.5, true);
        const QFontMetricsF fm(regular, &m_device);
        const QList<double> widths = columnWidths(t, fm, QFontMetricsF(bold, &m_device));
        double total = 0;
        for (double w : widths)
            total += w;
        tableHeader(t, widths, bold);
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            if (m_y + kRowHeight > m_body.bottom()) {
                newPage(true, reportTitle);
                m_y = wrapped(ReportPdf::tr("%1 (continued)").arg(sectionTitle), font(9.5, true), kMuted, m_y) + 4;
                tableHeader(t, widths, bold);
            }
            if (m_painter) {
                m_painter->setFont(regular);
                double x = m_body.left();
                for (qsizetype c = 0; c < t.headers.size(); ++c) {
                    const double heat = t.heat.value(r).value(c, -1);
                    if (heat >= 0) {
                        QColor fill = ChartPainter::seriesColor(0);
                        fill.setAlphaF(0.08 + 0.8 * qBound(0.0, heat, 1.0));
                        m_painter->fillRect(QRectF(x, m_y, widths[c], kRowHeight), fill);
                    }
                    m_painter->setPen(heat > 0.55 ? QColor(Qt::white) : kInk);
                    const QRectF cell(x + kCellPadding, m_y, widths[c] - 2 * kCellPadding, kRowHeight);
                    m_painter->drawText(cell, Qt::AlignVCenter | (t.numeric.value(c) ? Qt::AlignRight : Qt::AlignLeft),
                                        fm.elidedText(t.rows[r].value(c), Qt::ElideRight, cell.width()));
                    x += widths[c];
                }
                m_painter->setPen(QPen(kRule, 0.4));
                m_painter->drawLine(QPointF(m_body.left(), m_y + kRowHeight), QPointF(m_body.left() + total, m_y + kRowHeight));
            }
            m_y += kRowHeight;
        }
    }

    void newPage(bool decorated, const QString& title = {})
    {
        if (m_pageNumber > 0 && m_painter)
            m_device.newPage();
        ++m_pageNumber;
        m_y = m_body.top();
        if (m_progress && *m_progress && m_totalPages > 0 && !(*m_progress)(m_pageNumber - 1, m_totalPages))
            m_cancelled = true;
        if (!decorated || !m_painter)
            return;
        const QFont small = font(7.5, false);
        const QFontMetricsF fm(small, &m_device);
        m_painter->setFont(small);
        m_painter->setPen(kMuted);
        const QRectF head(m_page.left(), m_page.top(), m_page.width(), fm.height());
        m_painter->drawText(head, Qt::AlignLeft, m_cover.businessName);
        m_painter->drawText(head, Qt::AlignRight, title);
        m_painter->setPen(QPen(kRule, 0.5));
        m_painter->drawLine(QPointF(m_page.left(), head.bottom() + 3), QPointF(m_page.right(), head.bottom() + 3));
        m_painter->setPen(kMuted);
        const QRectF foot(m_page.left(), m_page.bottom() - fm.height(), m_page.width(), fm.height());
        m_painter->drawText(foot, Qt::AlignLeft, m_cover.period);
        m_painter->drawText(foot, Qt::AlignRight,
                            ReportPdf::tr("Page %1 of %2").arg(m_locale.toString(m_pageNumber), m_locale.toString(m_totalPages)));
    }

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    const PdfCover& m_cover;
    QLocale m_locale;
    QRectF m_page;
    QRectF m_body;
    double m_y = 0;
    double m_fontScale = 1;
    int m_pageNumber = 0;
    int m_totalPages = 0;
    QList<int> m_startPages;
    QList<int> m_knownStarts;
    const ReportPdf::Progress* m_progress = nullptr;
    bool m_cancelled = false;
};

} // namespace

QPageSize::PageSizeId ReportPdf::pageSizeFor(const QLocale& locale)
{
    if (locale.measurementSystem() == QLocale::ImperialUSSystem)
        return QPageSize::Letter;
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

Status ReportPdf::paint(QPagedPaintDevice& device, const QList<ReportDocument>& reports, const PdfCover& cover,
                        const QLocale& locale, const Progress& progress)
{
    // First pass measures only, so the footer can say "Page 3 of 12" and the contents list page numbers.
    Pager counter(device, nullptr, cover, locale);
    counter.coverPage(reports);
    for (const auto& r : reports)
        counter.report(r);

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(QStringLiteral("pdf"), tr("The pages could not be started (the printer or file is not ready)."));
    const double scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    painter.setFont(baseFont());
    Pager pager(device, &painter, cover, locale);
    pager.setTotals(counter.pages(), counter.startPages());
    pager.setProgress(&progress);
    pager.coverPage(reports);
    for (const auto& r : reports) {
        if (pager.cancelled())
            break;
        pager.report(r);
    }
    painter.end();
    if (pager.cancelled())
        return makeError(QStringLiteral("cancelled"), tr("Cancelled; no file was written."));
    if (progress)
        progress(counter.pages(), counter.pages());
    return Ok{};
}

Result<int> ReportPdf::write(const QString& path, const QList<ReportDocument>& reports, const PdfCover& cover,
                             const QLocale& locale, const Progress& progress)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(QStringLiteral("pdf_path"), tr("\"%1\" is a folder; give a file name such as report.pdf.").arg(path));
    if (!info.absoluteDir().exists())
        return makeError(QStringLiteral("pdf_path"), tr("The folder \"%1\" does not exist.").arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("pdf_path"),
                         tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(cover.title + QStringLiteral(" — ") + cover.businessName);
        writer.setCreator(QStringLiteral("Rapport"));
        writer.setPageSize(QPageSize(pageSizeFor(locale)));
        writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
        writer.setResolution(600);
        auto painted = paint(writer, reports, cover, locale, [&](int done, int total) {
            pages = total;
            return progress ? progress(done, total) : true;
        });
        if (!painted) {
            file.cancelWriting();
            return painted.error();
        }
    }
    if (!file.commit())
        return makeError(QStringLiteral("pdf_path"),
                         tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return pages;
}

} // namespace rapport
