#pragma once

#include "io/ColumnMapping.h"
#include "io/ImportTypes.h"
#include "io/RecordImporter.h"
#include "io/TextDecoding.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTemporaryDir;

namespace rapport {

class Session;

// File > Import: choose a file (CSV or vCard; customers, deals or activities), adjust how its columns are
// read while a preview shows the first rows as they will be stored, check what the import would do (counts
// of new, updated, duplicate and invalid rows from a dry run; the invalid ones listed and savable as CSV),
// then import with a progress bar (rows/s, time left) and Cancel, which leaves the database as it was.
// The dry run and the import run on a worker thread with their own connection.
class ImportWizard : public QDialog
{
    Q_OBJECT
public:
    enum class Step { File, Columns, Check, Import };

    explicit ImportWizard(Session& session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Starts on a file (tests, screenshots, drag and drop).
    void openFile(const QString& path);
    Step step() const;
    // The dry run or the import, on its worker; the event loop keeps running meanwhile.
    void check();
    void startImport();
    const ImportSummary& lastSummary() const { return m_summary; }
    void setDuplicatePolicy(DuplicatePolicy policy);

signals:
    void finishedWork(); // a dry run or import ended (tests wait for it)

private:
    QWidget* buildFilePage();
    QWidget* buildColumnsPage();
    QWidget* buildCheckPage();
    QWidget* buildImportPage();
    void goTo(Step step);
    void next();
    void back();
    void browse();
    void readFile();
    void refreshPreview();
    void refreshRecordPreview(int rows);
    QComboBox* fieldCombo(int column);
    void showCounts(const ImportSummary& summary, QLabel* label);
    void saveProblems();
    void onProgress(const ImportProgress& progress);
    void run(bool dryRun);
    bool isCustomers() const;
    RecordKind recordKind() const;
    TextEncoding encoding() const;
    DuplicatePolicy policy() const;

    Session& m_session;
    QStackedWidget* m_pages;
    QLineEdit* m_path;
    QComboBox* m_kind;
    QComboBox* m_encoding;
    QComboBox* m_duplicates;
    QLabel* m_fileInfo;
    QTableWidget* m_columns;
    QTableWidget* m_preview;
    QLabel* m_checkCounts;
    QTableWidget* m_problems;
    QPushButton* m_saveProblems;
    QLabel* m_importStatus;
    QProgressBar* m_progress;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_cancel;

    QStringList m_headers;
    QList<QStringList> m_sample;
    ColumnMapping m_mapping;
    QStringList m_recordColumns; // deals and activities: the field each column feeds (RecordColumns)
    DateOrder m_dateOrder = DateOrder::Unknown;
    bool m_vcard = false;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancelRequested;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_problemsCsv;
    ImportSummary m_summary;
};

} // namespace rapport
