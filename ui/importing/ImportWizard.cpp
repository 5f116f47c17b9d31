#include "ImportWizard.h"

#include "common/Background.h"
#include "common/Session.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "io/CustomerDraft.h"
#include "io/CustomerImporter.h"
#include "io/CustomerSource.h"
#include "io/RecordColumns.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace rapport {
namespace {

QTableWidget* makeTable(const QString& name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    auto* item = new QTableWidgetItem(QString(text).replace(u'\n', u' '));
    item->setToolTip(text);
    table->setItem(row, column, item);
}

} // namespace

ImportWizard::ImportWizard(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_tempDir(std::make_unique<QTemporaryDir>())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    resize(880, 600);
    m_problemsCsv = m_tempDir->filePath(QStringLiteral("problems.csv"));

    m_pages = new QStackedWidget;
    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildColumnsPage());
    m_pages->addWidget(buildCheckPage());
    m_pages->addWidget(buildImportPage());

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< &Back"));
    m_back->setObjectName(QStringLiteral("importBackButton"));
    m_next = new QPushButton(tr("&Next >"));
    m_next->setObjectName(QStringLiteral("importNextButton"));
    m_next->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    connect(m_back, &QPushButton::clicked, this, &ImportWizard::back);
    connect(m_next, &QPushButton::clicked, this, &ImportWizard::next);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running && m_cancelRequested)
            *m_cancelRequested = true; // the worker stops at its next row and rolls back
        else
            reject();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    goTo(Step::File);
}

ImportWizard::~ImportWizard() = default;

QWidget* ImportWizard::buildFilePage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    auto* intro = new QLabel(tr("Bring in customers from a spreadsheet (CSV, as Excel, Numbers or Google Sheets save "
                                "it), a contacts export from Google or Outlook, or a phone's vCard (.vcf) file. "
                                "Nothing is written until you have seen what the import will do."));
    intro->setWordWrap(true);
    form->addRow(intro);
    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setPlaceholderText(tr("Choose a file…"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::browse);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("importKindCombo"));
    m_kind->addItem(tr("Customers (CSV or vCard)"));
    m_kind->addItem(tr("Deals (CSV)"));
    m_kind->addItem(tr("Activities (CSV)"));
    form->addRow(tr("What it holds:"), m_kind);
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("importEncodingCombo"));
    m_encoding->addItem(tr("Detect automatically"), int(TextEncoding::Auto));
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Gb18030, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                           TextEncoding::Windows1252})
        m_encoding->addItem(TextDecoding::name(e), int(e));
    form->addRow(tr("Text encoding:"), m_encoding);
    m_duplicates = new QComboBox;
    m_duplicates->setObjectName(QStringLiteral("importDuplicatesCombo"));
    m_duplicates->addItem(tr("Skip them (keep what Rapport has)"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Update them with the file's values"), int(DuplicatePolicy::Update));
    m_duplicates->addItem(tr("Add them anyway as new records"), int(DuplicatePolicy::Create));
    form->addRow(tr("Rows already in Rapport:"), m_duplicates);
    m_fileInfo = new QLabel;
    m_fileInfo->setObjectName(QStringLiteral("importFileInfo"));
    m_fileInfo->setWordWrap(true);
    form->addRow(m_fileInfo);
    return page;
}

QWidget* ImportWizard::buildColumnsPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Check how each column will be read; change any that Rapport guessed wrong. "
                                "Below, the first rows as they will be stored."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_columns = makeTable(QStringLiteral("importColumnsTable"), {tr("Column in the file"), tr("First value"), tr("Import as")});
    layout->addWidget(m_columns, 1);
    m_preview = makeTable(QStringLiteral("importPreviewTable"), {});
    layout->addWidget(m_preview, 1);
    return page;
}

QWidget* ImportWizard::buildCheckPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_checkCounts = new QLabel;
    m_checkCounts->setObjectName(QStringLiteral("importCheckCounts"));
    m_checkCounts->setWordWrap(true);
    m_checkCounts->setTextFormat(Qt::RichText);
    layout->addWidget(m_checkCounts);
    m_problems = makeTable(QStringLiteral("importProblemsTable"), {tr("Row"), tr("Problem")});
    layout->addWidget(m_problems, 1);
    m_saveProblems = new QPushButton(tr("&Save Rows with Problems…"));
    m_saveProblems->setObjectName(QStringLiteral("importSaveProblemsButton"));
    m_saveProblems->setToolTip(tr("A CSV of these rows with the reason, to fix in a spreadsheet and import again."));
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportWizard::saveProblems);
    layout->addWidget(m_saveProblems, 0, Qt::AlignLeft);
    return page;
}

QWidget* ImportWizard::buildImportPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_importStatus = new QLabel;
    m_importStatus->setObjectName(QStringLiteral("importStatus"));
    m_importStatus->setWordWrap(true);
    m_importStatus->setTextFormat(Qt::RichText);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    layout->addWidget(m_importStatus);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    return page;
}

ImportWizard::Step ImportWizard::step() const
{
    return Step(m_pages->currentIndex());
}

void ImportWizard::goTo(Step step)
{
    m_pages->setCurrentIndex(int(step));
    m_back->setEnabled(step == Step::Columns || step == Step::Check);
    m_next->setText(step == Step::Check ? tr("&Import") : step == Step::Import ? tr("&Done") : tr("&Next >"));
    m_next->setEnabled(step != Step::File || !m_path->text().isEmpty());
}

void ImportWizard::setDuplicatePolicy(DuplicatePolicy policy)
{
    m_duplicates->setCurrentIndex(m_duplicates->findData(int(policy)));
}

bool ImportWizard::isCustomers() const
{
    return m_kind->currentIndex() == 0;
}

RecordKind ImportWizard::recordKind() const
{
    return m_kind->currentIndex() == 1 ? RecordKind::Deal : RecordKind::Activity;
}

TextEncoding ImportWizard::encoding() const
{
    return TextEncoding(m_encoding->currentData().toInt());
}

DuplicatePolicy ImportWizard::policy() const
{
    return DuplicatePolicy(m_duplicates->currentData().toInt());
}

void ImportWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), m_path->text(),
                                                      tr("Contacts and spreadsheets (*.csv *.txt *.tsv *.vcf);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportWizard::openFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_next->setEnabled(true);
    m_fileInfo->setText(QFileInfo(path).fileName());
}

void ImportWizard::next()
{
    switch (step()) {
    case Step::File:
        readFile();
        break;
    case Step::Columns:
        check();
        break;
    case Step::Check:
        startImport();
        break;
    case Step::Import:
        accept();
        break;
    }
}

void ImportWizard::back()
{
    if (!m_running && step() != Step::File)
        goTo(Step(int(step()) - 1));
}

void ImportWizard::readFile()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_vcard = isCustomers() && looksLikeVCard(path);
    SourceOptions options;
    options.encoding = encoding();
    options.dateOrderHint = DateParser::orderForLocale(QLocale());
    m_headers.clear();
    m_sample.clear();
    QList<CustomerRow> cards;
    if (m_vcard) {
        auto source = VCardCustomerSource::open(path, encoding());
        if (!source) {
            QMessageBox::warning(this, windowTitle(), source.error().message);
            return;
        }
        CustomerRow row;
        while (cards.size() < 50 && source.value()->next(row).value())
            cards << row;
        m_fileInfo->setText(tr("%1: vCard, %2").arg(QFileInfo(path).fileName(), source.value()->encodingName()));
    } else {
        auto source = CsvCustomerSource::open(path, options);
        if (!source) {
            QMessageBox::warning(this, windowTitle(), source.error().message);
            return;
        }
        m_headers = source.value()->headers();
        m_sample = source.value()->sample();
        m_mapping = source.value()->mapping();
        m_dateOrder = source.value()->dateOrder();
        const QChar sep = source.value()->reader().separator();
        m_fileInfo->setText(tr("%1: %2, separated by %3")
                                .arg(QFileInfo(path).fileName(), source.value()->encodingName(),
                                     sep == u'\t' ? tr("tabs") : sep == u';' ? tr("semicolons") : tr("commas")));
    }

    // Columns: a choice per column, for customers, deals and activities alike.
    if (!isCustomers())
        m_recordColumns = RecordColumns::guess(recordKind(), m_headers);
    m_columns->setVisible(!m_vcard);
    m_columns->setRowCount(int(m_headers.size()));
    for (int i = 0; i < m_headers.size(); ++i) {
        setCell(m_columns, i, 0, m_headers.at(i));
        setCell(m_columns, i, 1, m_sample.isEmpty() ? QString() : m_sample.first().value(i));
        m_columns->setCellWidget(i, 2, fieldCombo(i));
    }
    m_columns->resizeColumnsToContents();
    if (m_vcard) {
        m_sample.clear();
        for (const CustomerRow& row : std::as_const(cards))
            m_sample << row.original;
        m_headers = VCardCustomerSource(VCardParseResult{}).headers();
        m_mapping = ColumnMapping(int(m_headers.size()));
        const QList<CustomerField> fields = VCardCustomerSource::columns();
        for (int i = 0; i < fields.size(); ++i)
            m_mapping.set(i, fields.at(i));
    }
    refreshPreview();
    goTo(Step::Columns);
}

QComboBox* ImportWizard::fieldCombo(int column)
{
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("importFieldCombo%1").arg(column));
    if (isCustomers()) {
        combo->addItem(ColumnMapping::label(CustomerField::None), int(CustomerField::None));
        for (CustomerField f : ColumnMapping::allFields())
            combo->addItem(ColumnMapping::label(f), int(f));
        combo->setCurrentIndex(combo->findData(int(m_mapping.field(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column, combo] {
            m_mapping.set(column, CustomerField(combo->currentData().toInt()));
            refreshPreview();
        });
        return combo;
    }
    combo->addItem(RecordColumns::label(QString()), QString());
    for (const QString& field : RecordColumns::fields(recordKind()))
        combo->addItem(RecordColumns::label(field), field);
    combo->setCurrentIndex(combo->findData(m_recordColumns.value(column)));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, column, combo] {
        RecordColumns::assign(m_recordColumns, column, combo->currentData().toString());
        refreshPreview();
    });
    return combo;
}

void ImportWizard::refreshPreview()
{
    // Keep every combo in step with the mapping: choosing a field takes it from another column.
    for (int i = 0; i < m_columns->rowCount(); ++i) {
        if (auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(i, 2))) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(isCustomers() ? combo->findData(int(m_mapping.field(i)))
                                                 : combo->findData(m_recordColumns.value(i)));
        }
    }
    const int rows = int(qMin<qsizetype>(m_sample.size(), 8));
    m_preview->clear();
    if (!isCustomers()) {
        refreshRecordPreview(rows);
        return;
    }
    const QStringList labels = {tr("Name"),   tr("Kind"),     tr("Company"), tr("Email"),     tr("Phone"),
                                tr("Mobile"), tr("City"),     tr("Birthday"), tr("Tags"),     tr("Problem")};
    m_preview->setColumnCount(int(labels.size()));
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const CustomerRow row = CsvCustomerSource::rowFor(m_sample.at(r), m_mapping, r + 2);
        const auto draft = CustomerDraft::fromRow(row, m_dateOrder);
        if (!draft) {
            setCell(m_preview, r, 0, row.value(CustomerField::Name).isEmpty() ? row.value(CustomerField::Company)
                                                                               : row.value(CustomerField::Name));
            setCell(m_preview, r, 9, draft.error().message);
            m_preview->item(r, 9)->setForeground(palette().color(QPalette::Highlight));
            continue;
        }
        const Customer& c = draft.value().customer;
        const QStringList cells = {c.name,   c.kind == CustomerKind::Company ? tr("Company") : tr("Person"),
                                   draft.value().companyName, c.email, c.phone, c.mobile, c.city,
                                   c.birthday.isValid() ? QLocale().toString(c.birthday, QLocale::ShortFormat) : QString(),
                                   c.tags.join(QStringLiteral(", ")), QString()};
        for (int col = 0; col < cells.size(); ++col)
            setCell(m_preview, r, col, cells.at(col));
    }
    m_preview->resizeColumnsToContents();
}

// Deals and activities: the fields some column feeds, as the import will read them, and any problem.
void ImportWizard::refreshRecordPreview(int rows)
{
    const RecordKind kind = recordKind();
    QStringList labels;
    QList<int> shown; // indexes into RecordColumns::fields(kind)
    const QStringList fields = RecordColumns::fields(kind);
    for (int f = 0; f < fields.size(); ++f) {
        if (m_recordColumns.contains(fields.at(f))) {
            shown << f;
            labels << RecordColumns::label(fields.at(f));
        }
    }
    labels << tr("Problem");
    m_preview->setColumnCount(int(labels.size()));
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const RecordColumns::Preview p = RecordColumns::preview(kind, m_sample.at(r), m_recordColumns, m_dateOrder);
        for (int c = 0; c < shown.size(); ++c)
            setCell(m_preview, r, c, p.values.value(shown.at(c)));
        setCell(m_preview, r, int(shown.size()), p.problem);
        if (!p.problem.isEmpty())
            m_preview->item(r, int(shown.size()))->setForeground(palette().color(QPalette::Highlight));
    }
    m_preview->resizeColumnsToContents();
}

void ImportWizard::check()
{
    goTo(Step::Check);
    m_checkCounts->setText(tr("Checking the file…"));
    m_problems->setRowCount(0);
    m_saveProblems->setEnabled(false);
    run(true);
}

void ImportWizard::startImport()
{
    goTo(Step::Import);
    m_importStatus->setText(tr("Importing…"));
    m_progress->setValue(0);
    run(false);
}

void ImportWizard::run(bool dryRun)
{
    m_running = true;
    m_back->setEnabled(false);
    m_next->setEnabled(false);
    m_cancel->setEnabled(!dryRun);
    m_cancelRequested = std::make_shared<std::atomic_bool>(false);

    const QString dbPath = m_session.db().path();
    const QString file = QDir::fromNativeSeparators(m_path->text().trimmed());
    const bool customers = isCustomers();
    const RecordKind kind = recordKind();
    SourceOptions source;
    source.encoding = encoding();
    source.dateOrderHint = DateParser::orderForLocale(QLocale());
    if (customers && !m_vcard)
        source.mapping = m_mapping;
    if (!customers)
        source.recordColumns = m_recordColumns;
    ImportOptions options;
    options.onDuplicate = policy();
    options.dryRun = dryRun;
    options.dateOrderHint = source.dateOrderHint;
    options.defaultCountryCode = CustomerImporter::countryCodeForCurrency(m_session.currency());
    options.errorsCsvPath = m_problemsCsv;
    QPointer<ImportWizard> self(this);
    const auto cancel = m_cancelRequested;
    options.progress = [self, cancel](const ImportProgress& p) {
        QMetaObject::invokeMethod(
            qApp, [self, p] { if (self) self->onProgress(p); }, Qt::QueuedConnection);
        return !*cancel;
    };

    startInBackground(
        this,
        [dbPath, file, customers, kind, source, options]() -> Result<ImportSummary> {
            // Its own connection on this thread; the app keeps the single-writer lock.
            OpenOptions open;
            open.createIfMissing = false;
            open.takeLock = false;
            open.migrate = false;
            open.quickCheckMaxBytes = 0;
            auto db = Database::open(dbPath, open);
            if (!db)
                return db.error();
            if (!customers)
                return RecordImporter::run(*db.value(), kind, file, source, options);
            auto opened = openCustomerSource(file, source);
            if (!opened)
                return opened.error();
            return CustomerImporter::run(*db.value(), *opened.value(), options);
        },
        [this, dryRun](Result<ImportSummary> result) {
            m_running = false;
            m_cancel->setEnabled(true);
            if (!result) {
                const bool cancelled = result.error().code == QStringLiteral("cancelled");
                const QString text = cancelled ? tr("The import was cancelled. Nothing was changed.")
                                               : tr("The file could not be imported: %1<br>Nothing was changed.")
                                                     .arg(result.error().message.toHtmlEscaped());
                (dryRun ? m_checkCounts : m_importStatus)->setText(text);
                m_back->setEnabled(dryRun);
                m_next->setEnabled(!dryRun);
                emit finishedWork();
                return;
            }
            m_summary = result.take();
            if (dryRun) {
                showCounts(m_summary, m_checkCounts);
                m_problems->setRowCount(int(m_summary.invalidRows.size()));
                for (int i = 0; i < m_summary.invalidRows.size(); ++i) {
                    setCell(m_problems, i, 0, QString::number(m_summary.invalidRows.at(i).row));
                    setCell(m_problems, i, 1, m_summary.invalidRows.at(i).reason);
                }
                m_problems->resizeColumnToContents(0);
                m_saveProblems->setEnabled(m_summary.counts.invalid > 0);
                m_back->setEnabled(true);
                m_next->setEnabled(m_summary.counts.created + m_summary.counts.updated > 0);
            } else {
                m_progress->setValue(m_progress->maximum());
                showCounts(m_summary, m_importStatus);
                m_next->setEnabled(true);
                m_cancel->setEnabled(false);
                // The import wrote through its own connection: tell the screens to read again.
                m_session.db().announce(Entity::Customer, 0, ChangeKind::Bulk);
                m_session.db().announce(Entity::Deal, 0, ChangeKind::Bulk);
                m_session.db().announce(Entity::Activity, 0, ChangeKind::Bulk);
            }
            emit finishedWork();
        });
}

void ImportWizard::onProgress(const ImportProgress& p)
{
    if (step() != Step::Import || !m_running)
        return;
    if (p.total > 0)
        m_progress->setValue(int(qMin<qint64>(1000, p.done * 1000 / p.total)));
    const QLocale locale;
    QString text = tr("Imported %1 rows (%2 rows/s).").arg(locale.toString(p.rows), locale.toString(qint64(p.rowsPerSecond)));
    if (p.secondsLeft >= 0)
        text += u' ' + tr("About %n second(s) left.", nullptr, int(p.secondsLeft + 0.5));
    m_importStatus->setText(text);
}

void ImportWizard::showCounts(const ImportSummary& s, QLabel* label)
{
    const QLocale l;
    QString text = s.dryRun ? tr("<b>Nothing has been written yet.</b> Importing %1 rows will:").arg(l.toString(s.counts.rows))
                            : tr("<b>Done.</b> %1 rows were read:").arg(l.toString(s.counts.rows));
    text += QStringLiteral("<ul><li>") +
            (s.dryRun ? tr("add <b>%1</b> new").arg(l.toString(s.counts.created)) : tr("<b>%1</b> added").arg(l.toString(s.counts.created))) +
            QStringLiteral("</li><li>") +
            (s.dryRun ? tr("update <b>%1</b>").arg(l.toString(s.counts.updated)) : tr("<b>%1</b> updated").arg(l.toString(s.counts.updated))) +
            QStringLiteral("</li><li>") + tr("leave <b>%1</b> duplicates as they are").arg(l.toString(s.counts.duplicates)) +
            QStringLiteral("</li><li>") + tr("skip <b>%1</b> rows with problems (listed below)").arg(l.toString(s.counts.invalid)) +
            QStringLiteral("</li>");
    if (s.counts.companiesCreated > 0)
        text += QStringLiteral("<li>") + tr("add <b>%1</b> companies named in the Company column").arg(l.toString(s.counts.companiesCreated)) +
                QStringLiteral("</li>");
    text += QStringLiteral("</ul>");
    if (s.noticeCount > 0)
        text += tr("Notes: %1").arg(s.notices.mid(0, 3).join(QStringLiteral("; ")).toHtmlEscaped());
    label->setText(text);
}

void ImportWizard::saveProblems()
{
    const QString target = QFileDialog::getSaveFileName(this, tr("Save Rows with Problems"),
                                                        QFileInfo(m_path->text()).completeBaseName() +
                                                            tr("-problems") + QStringLiteral(".csv"),
                                                        tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    QFile::remove(target);
    if (!QFile::copy(m_problemsCsv, target))
        QMessageBox::warning(this, windowTitle(), tr("Could not save %1.").arg(target));
}

} // namespace rapport
