#pragma once

#include "analytics/ReportBuilder.h"

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

public slots:
    void exportPdf();
    void exportPack();
    void print();
    void editTargets();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
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
};

} // namespace rapport
