#pragma once

#include "campaigns/Segment.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolButton;

namespace rapport {

// One condition of the segment editor: field, operator and a value editor that fits them.
class ConditionRow : public QWidget
{
    Q_OBJECT
public:
    ConditionRow(const QString& currency, const QStringList& tags, QWidget* parent = nullptr);

    SegmentCondition condition() const;
    void setCondition(const SegmentCondition& condition);

signals:
    void changed();
    void removeRequested(rapport::ConditionRow* row);

private:
    void fillOperators();
    void fillChoices();
    void updateEditors();
    SegmentField field() const;
    SegmentOp op() const;
    QString plainAmount(qint64 minor) const;

    QString m_currency;
    QComboBox* m_field;
    QComboBox* m_op;
    QLineEdit* m_text;
    QComboBox* m_choice;
    QDateEdit* m_date;
    QLineEdit* m_amount;
    QLabel* m_and;
    QLineEdit* m_amount2;
    QToolButton* m_remove;
};

} // namespace rapport
