#include "ReportsScreen.h"

#include "ChartFactory.h"
#include "ReportPack.h"
#include "ReportTableModel.h"
#include "TargetsDialog.h"
#include "common/Background.h"
#include "common/Session.h"
#include "common/TableStyle.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "safety/ReadConnection.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>

#include <atomic>

namespace rapport {
namespace {

QLabel* label(const QString& text, QWidget* parent, double scale = 1.0, bool bold = false)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

ReportsScreen::ReportsScreen(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_list(new QListWidget(this)), m_preset(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_strict(new QCheckBox(tr("Strict funnel"), this)),
      m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("reportsScreen"));
    m_list->setObjectName(QStringLiteral("reportList"));
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_strict->setObjectName(QStringLiteral("strictFunnel"));
    m_scroll->setObjectName(QStringLiteral("reportPage"));

    for (ReportKind kind : ReportBuilder::allKinds())
        m_list->addItem(ReportBuilder::title(kind));
    m_list->setCurrentRow(0);
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 28);
    m_list->setFrameShape(QFrame::NoFrame);

    m_preset->addItems({tr("Last 12 months"), tr("This year"), tr("Last year"), tr("This quarter"), tr("Last 30 days"),
                        tr("Custom")});
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_strict->setToolTip(tr("Count a deal at a stage only if it went through every earlier stage in order."));

    auto* exportButton = new QPushButton(tr("Export PDF…"), this);
    exportButton->setObjectName(QStringLiteral("exportPdf"));
    m_exportButton = exportButton;
    auto* packButton = new QPushButton(tr("Export Report Pack…"), this);
    packButton->setObjectName(QStringLiteral("exportPack"));
    auto* printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(QStringLiteral("printReport"));
    m_printButton = printButton;
    m_busyLabel = new QLabel(tr("Working out the figures…"), this);
    m_busyLabel->setObjectName(QStringLiteral("reportBusy"));
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_busyLabel->hide();
    auto* targetsButton = new QPushButton(tr("Set Targets…"), this);
    targetsButton->setObjectName(QStringLiteral("setTargets"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_strict);
    bar->addStretch(1);
    // Actions on their own row, so the screen fits narrow windows.
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_busyLabel);
    actions->addStretch(1);
    actions->addWidget(targetsButton);
    actions->addWidget(printButton);
    actions->addWidget(exportButton);
    actions->addWidget(packButton);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* right = new QVBoxLayout;
    right->addLayout(bar);
    right->addLayout(actions);
    right->addWidget(m_scroll, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(right, 1);

    applyPreset(0);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_dirty = true;
        refresh();
    });
    connect(m_preset, &QComboBox::activated, this, &ReportsScreen::applyPreset);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            m_preset->setCurrentIndex(m_preset->count() - 1);
            m_dirty = true;
            refresh();
        });
    }
    connect(m_strict, &QCheckBox::toggled, this, [this] {
        m_dirty = true;
        refresh();
    });
    connect(exportButton, &QPushButton::clicked, this, &ReportsScreen::exportPdf);
    connect(packButton, &QPushButton::clicked, this, &ReportsScreen::exportPack);
    connect(printButton, &QPushButton::clicked, this, &ReportsScreen::print);
    connect(targetsButton, &QPushButton::clicked, this, &ReportsScreen::editTargets);
    // Any change to the data makes the figures stale; they are recomputed when next shown.
    connect(session.db().notifier(), &ChangeNotifier::changed, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
}

ReportKind ReportsScreen::currentKind() const
{
    return ReportBuilder::allKinds().value(qMax(0, m_list->currentRow()));
}

void ReportsScreen::showReport(ReportKind kind)
{
    m_list->setCurrentRow(static_cast<int>(ReportBuilder::allKinds().indexOf(kind)));
}

void ReportsScreen::setRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_preset->setCurrentIndex(m_preset->count() - 1);
    m_dirty = true;
    refresh();
}

void ReportsScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReportsScreen::applyPreset(int index)
{
    const QDate today = QDate::currentDate();
    QDate from = ReportRange::lastTwelveMonths(today).from;
    QDate to = today;
    switch (index) {
    case 1: from = QDate(today.year(), 1, 1); break;
    case 2:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    case 3: from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1); break;
    case 4: from = today.addDays(-29); break;
    case 5: return; // custom: the dates stay as they are
    default: break;
    }
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_dirty = true;
    refresh();
}

ReportOptions ReportsScreen::options() const
{
    ReportOptions o = ReportBuilder::defaultOptions();
    o.range.from = m_from->date();
    o.range.to = m_to->date();
    o.strictFunnel = m_strict->isChecked();
    return o;
}

void ReportsScreen::refresh()
{
    if (!m_dirty || !isVisible() || m_busy)
        return;
    m_dirty = false;
    const ReportKind kind = currentKind();
    m_strict->setVisible(kind == ReportKind::Funnel);
    const ReportOptions o = options();
    if (auto valid = o.range.validate(); !valid) {
        ++m_generation; // a computation under way is for other dates now
        showMessagePage(valid.error().message);
        return;
    }
    // One computation at a time, on a worker with its own read-only connection: typing dates or switching
    // reports never waits for SQL. A result that arrives for an older request is dropped and the newest
    // request computed next.
    const quint64 generation = ++m_generation;
    setComputing(true);
    if (m_worker)
        return; // its result will be stale; the newest request starts when it ends
    const QString dbPath = m_session.db().path();
    m_worker = startInBackground(
        this,
        [dbPath, kind, o]() -> Result<ReportDocument> {
            auto connection = ReadConnection::open(dbPath);
            if (!connection)
                return connection.error();
            return ReportBuilder::build(connection.value()->db(), kind, o);
        },
        [this, generation](Result<ReportDocument> doc) {
            m_worker = nullptr;
            if (generation != m_generation) {
                m_dirty = true;
                setComputing(false);
                refresh();
                return;
            }
            setComputing(false);
            showDocument(std::move(doc));
        });
}

void ReportsScreen::setComputing(bool computing)
{
    m_computing = computing;
    m_busyLabel->setVisible(computing);
    for (QPushButton* button : {m_exportButton, m_printButton})
        button->setEnabled(!computing);
}

void ReportsScreen::showMessagePage(const QString& message)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("reportContent"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 8, 16, 16);
    layout->addWidget(label(message, page));
    layout->addStretch(1);
    m_scroll->setWidget(page);
}

void ReportsScreen::showDocument(Result<ReportDocument> doc)
{
    if (!doc) {
        showMessagePage(tr("The report could not be computed: %1").arg(doc.error().message));
        emit reportShown();
        return;
    }
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("reportContent"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 8, 16, 16);
    layout->setSpacing(10);
    m_document = doc.take();
    layout->addWidget(label(m_document.title, page, 1.6, true));
    auto* period = label(m_document.period, page);
    period->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(period);
    auto* highlights = label(m_document.highlights.join(QStringLiteral("\n")), page, 1.15);
    highlights->setObjectName(QStringLiteral("reportHighlights"));
    layout->addWidget(highlights);
    for (const auto& section : m_document.sections)
        layout->addWidget(buildSection(section));
    auto* definitionTitle = label(tr("How this is counted"), page, 1.0, true);
    layout->addWidget(definitionTitle);
    auto* definition = label(m_document.definition, page);
    definition->setObjectName(QStringLiteral("reportDefinition"));
    definition->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(definition);
    layout->addStretch(1);
    m_scroll->setWidget(page);
    emit reportShown();
}

QWidget* ReportsScreen::buildSection(const ReportSection& section)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(label(section.title, box, 1.2, true));
    if (section.table.isEmpty() && !section.emptyText.isEmpty()) {
        auto* empty = label(section.emptyText, box);
        empty->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(empty);
        return box;
    }
    auto* row = new QHBoxLayout;
    const bool hasChart = section.chart.kind != ChartKind::None;
    if (hasChart) {
        auto* view = new QChartView(ChartFactory::create(section.chart), box);
        view->setObjectName(QStringLiteral("reportChart"));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(380, 280);
        row->addWidget(view, 3);
    }
    auto* table = new QTableView(box);
    table->setObjectName(QStringLiteral("reportTable"));
    table->setModel(new ReportTableModel(section.table, table));
    TableStyle::apply(table);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
    const int rows = static_cast<int>(qMin<qsizetype>(section.table.rows.size(), hasChart ? 12 : 16));
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + TableStyle::rowHeight(table) * rows + 4);
    table->setMaximumHeight(hasChart ? qMax(280, table->minimumHeight()) : table->minimumHeight());
    row->addWidget(table, 2);
    layout->addLayout(row);
    return box;
}

QString ReportsScreen::askPdfPath(const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, tr("Export PDF"), folder + QLatin1Char('/') + suggestedName,
                                        tr("PDF files (*.pdf)"));
}

void ReportsScreen::exportPdf()
{
    const QString path = askPdfPath(m_document.key.isEmpty() ? QStringLiteral("report.pdf") : m_document.key + QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    const ReportOptions o = options();
    const PdfCover cover = ReportPack::cover(m_session.db().connection(), {currentKind()}, o);
    auto written = ReportPdf::write(path, {m_document}, cover, o.locale);
    if (!written)
        return m_session.reportError(written.error().message);
    m_session.showMessage(tr("Saved the report to %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsScreen::exportPack()
{
    const QString path = askPdfPath(tr("Business report %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    auto* progress = new QProgressDialog(tr("Computing the reports and drawing the pages…"), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("packProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, progress, [cancelled] { *cancelled = true; });
    const QString dbPath = m_session.db().path();
    const ReportOptions o = options();
    m_busy = true;
    // The worker reads through its own read-only connection; the window stays responsive meanwhile.
    startInBackground(
        this,
        [dbPath, o, path, cancelled, progress = QPointer<QProgressDialog>(progress)]() -> Result<int> {
            auto connection = ReadConnection::open(dbPath);
            if (!connection)
                return connection.error();
            return ReportPack::exportPdf(connection.value()->db(), ReportBuilder::allKinds(), o, path, [&](int percent) {
                QMetaObject::invokeMethod(qApp, [progress, percent] {
                    if (progress)
                        progress->setValue(percent);
                }, Qt::QueuedConnection);
                return !*cancelled;
            });
        },
        [this, progress, path](Result<int> pages) {
            m_busy = false;
            progress->close();
            progress->deleteLater();
            if (!pages) {
                if (pages.error().code != QStringLiteral("cancelled"))
                    m_session.reportError(pages.error().message);
                return;
            }
            m_session.showMessage(tr("Saved the report pack (%n page(s)) to %1", nullptr, pages.value())
                                      .arg(QDir::toNativeSeparators(path)));
        });
}

void ReportsScreen::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(ReportPdf::pageSizeFor(QLocale())));
    printer.setDocName(m_document.title);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportOptions o = options();
    auto printed = ReportPdf::paint(printer, {m_document}, ReportPack::cover(m_session.db().connection(), {currentKind()}, o),
                                    o.locale);
    if (!printed)
        m_session.reportError(printed.error().message);
}

void ReportsScreen::editTargets()
{
    TargetsDialog dialog(m_session, m_from->date(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_dirty = true;
        refresh();
    }
}

} // namespace rapport
