#pragma once

#include "campaigns/Segment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace rapport {

class ConditionRow;
class Session;

// Creates or edits a segment: a name, all/any, condition rows, and the live count of matching customers,
// computed on a worker thread with its own read-only connection so typing never waits for SQL.
class SegmentEditor : public QDialog
{
    Q_OBJECT
public:
    SegmentEditor(Session& session, qint64 segmentId, QWidget* parent = nullptr);

    Segment segment() const;
    void addCondition(const SegmentCondition& condition);
    qint64 savedId() const { return m_segment.id; }
    int lastCount() const { return m_lastCount; } // -1 until counted, or when the conditions are incomplete
    QString errorText() const;
    void accept() override;

signals:
    void countChanged(int count);

private:
    ConditionRow* appendRow();
    void removeRow(ConditionRow* row);
    void scheduleCount();
    void count();
    void showError(const QString& message);

    Session& m_session;
    Segment m_segment;
    QLineEdit* m_name;
    QComboBox* m_match;
    QVBoxLayout* m_rows;
    QList<ConditionRow*> m_rowList;
    QLabel* m_count;
    QLabel* m_error;
    QTimer* m_countTimer;
    QStringList m_tags;
    int m_generation = 0;
    int m_lastCount = -1;
};

} // namespace rapport
