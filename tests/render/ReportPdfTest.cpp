// The PDF as an owner would get it, read back with pdftotext: titles, figures and Chinese names are real text,
// long tables continue on the next page under their header again, and the page count matches.
#include "AnalyticsFixture.h"
#include "catch.h"

#include "ReportPack.h"
#include "ReportPdf.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::test;

namespace {

QString popplerTool(const char* name)
{
    const QString tool = QStandardPaths::findExecutable(QString::fromLatin1(name));
    INFO("poppler-utils is needed for the PDF tests (scripts/test installs it)");
    REQUIRE_FALSE(tool.isEmpty());
    return tool;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(popplerTool("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(popplerTool("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(60000));
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

ReportOptions fixedOptions()
{
    ReportOptions o;
    o.range = utcRange("2024-01-01", "2024-06-30");
    o.today = QDate(2024, 6, 30);
    o.now = at("2024-06-30T12:00:00Z");
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return o;
}

} // namespace

TEST_CASE("The report pack PDF holds every title, the figures and Chinese names as text", "[pdf]")
{
    AnalyticsData data;
    REQUIRE(data.db().setSetting(QStringLiteral("business_name"), QStringLiteral("Harbour Street Bakery")));
    const qint64 li = data.customer(QStringLiteral("李明华贸易有限公司"));
    const qint64 other = data.customer(QStringLiteral("O'Brien Catering"));
    data.purchase(li, 1234500, at("2024-01-10T00:00:00Z"));
    data.purchase(other, 20000, at("2024-02-10T00:00:00Z"));
    data.deal(other, 700, {{Contact, at("2024-03-01T00:00:00Z")}, {Lost, at("2024-03-09T00:00:00Z")}},
              QStringLiteral("Chose a competitor"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    QList<int> progress;
    auto pages = ReportPack::exportPdf(data.sql(), ReportBuilder::allKinds(), fixedOptions(), path, [&](int percent) {
        progress << percent;
        return true;
    });
    REQUIRE(pages);
    CHECK(pdfPages(path) == pages.value());
    CHECK(pages.value() >= 8); // the cover and at least a page per report
    CHECK(progress.last() == 100);
    CHECK(std::is_sorted(progress.begin(), progress.end()));

    const QString text = pdfText(path);
    for (ReportKind kind : ReportBuilder::allKinds())
        CHECK(text.contains(ReportBuilder::title(kind)));
    CHECK(text.contains(QStringLiteral("Harbour Street Bakery")));
    CHECK(text.contains(QStringLiteral("1 Jan 2024 – 30 Jun 2024")));
    CHECK(text.contains(QStringLiteral("李明华贸易有限公司")));
    CHECK(text.contains(QStringLiteral("Chose a competitor")));
    CHECK(text.contains(QStringLiteral("$12,345.00")));
    CHECK(text.contains(QStringLiteral("How this is counted")));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages.value())));
}

TEST_CASE("A long table breaks across pages with its header repeated", "[pdf]")
{
    ReportDocument doc;
    doc.title = QStringLiteral("Long table");
    doc.period = QStringLiteral("All of it");
    doc.definition = QStringLiteral("Rows numbered one to 150.");
    ReportSection section;
    section.title = QStringLiteral("Numbered rows");
    section.table.headers = {QStringLiteral("Row name"), QStringLiteral("Number")};
    section.table.numeric = {false, true};
    for (int i = 1; i <= 150; ++i)
        section.table.rows << QStringList{QStringLiteral("row-%1").arg(i), QString::number(i * 7)};
    doc.sections << section;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    PdfCover cover{QStringLiteral("Test"), QStringLiteral("Long table"), QStringLiteral("All of it"), QDateTime::currentDateTime()};
    auto pages = ReportPdf::write(path, {doc}, cover, QLocale(QLocale::English, QLocale::UnitedKingdom));
    REQUIRE(pages);
    CHECK(pdfPages(path) == pages.value());
    // A4 body 723 pt: under the titles 43 rows of 15 pt fit on the first page, 46 (after "continued") on the
    // next ones: 43 + 46 + 46 + 15 rows, so four pages after the cover.
    CHECK(pages.value() == 5);
    const QString text = pdfText(path);
    CHECK(text.count(QStringLiteral("Row name")) == 4);
    CHECK(text.count(QStringLiteral("Numbered rows (continued)")) == 3);
    for (int i : {1, 75, 150})
        CHECK(text.contains(QStringLiteral("row-%1 ").arg(i)));
    CHECK(text.contains(QStringLiteral("Page 5 of 5")));
}

TEST_CASE("PDF paper follows the locale, and bad paths get a clear message", "[pdf]")
{
    CHECK(ReportPdf::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)) == QPageSize::Letter);
    CHECK(ReportPdf::pageSizeFor(QLocale(QLocale::French, QLocale::Canada)) == QPageSize::Letter);
    CHECK(ReportPdf::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)) == QPageSize::A4);
    CHECK(ReportPdf::pageSizeFor(QLocale(QLocale::Chinese, QLocale::China)) == QPageSize::A4);

    QTemporaryDir dir;
    const PdfCover cover{QStringLiteral("Test"), QStringLiteral("T"), QStringLiteral("P"), QDateTime::currentDateTime()};
    auto missing = ReportPdf::write(dir.filePath(QStringLiteral("nope/out.pdf")), {}, cover, QLocale::c());
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    auto folder = ReportPdf::write(dir.path(), {}, cover, QLocale::c());
    REQUIRE_FALSE(folder);
    CHECK(folder.error().message.contains(QStringLiteral("is a folder")));

    // A cancelled export leaves an existing file as it was.
    const QString existing = dir.filePath(QStringLiteral("keep.pdf"));
    {
        QFile f(existing);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    ReportDocument doc;
    doc.title = QStringLiteral("X");
    auto cancelled = ReportPdf::write(existing, {doc, doc}, cover, QLocale::c(), [](int done, int) { return done < 1; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == QStringLiteral("cancelled"));
    QFile f(existing);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("old"));
}
