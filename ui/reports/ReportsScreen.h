#pragma once

#include "analytics/ReportBuilder.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace rapport {

class Session;

// One page per report: the headline figures, each chart with its numbers in a table beside it, and how
// it is counted; a date range for all of them; Export PDF…, Export Report Pack… (on a worker, with
// progress), Print… and Set Targets….
class ReportsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsScreen(Session& session, QWidget* parent = nullptr);

    ReportKind currentKind() const;
    void showReport(ReportKind kind);
    void setRange(const QDate& from, const QDate& to);
    // The document on screen (for tests and export).
    const ReportDocument& document() const { return m_document; }
    // True while a report is being worked out on the worker (the page shows the previous one meanwhile).
    bool isComputing() const { return m_computing; }

signals:
    // A newly computed report (or its error) is on screen.
    void reportShown();

public slots:
    void exportPdf();
    void exportPack();
    void print();
    void editTargets();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void setComputing(bool computing);
    void showMessagePage(const QString& message);
    void showDocument(Result<ReportDocument> doc);
    void applyPreset(int index);
    ReportOptions options() const;
    QWidget* buildSection(const ReportSection& section);
    QString askPdfPath(const QString& suggestedName);

    Session& m_session;
    QListWidget* m_list;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_strict;
    QScrollArea* m_scroll;
    QWidget* m_page = nullptr;
    ReportDocument m_document;
    bool m_dirty = true;
    bool m_busy = false;
    bool m_computing = false;
    quint64 m_generation = 0;
    QPointer<QThread> m_worker;
    QLabel* m_busyLabel = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_printButton = nullptr;
};

} // namespace rapport
