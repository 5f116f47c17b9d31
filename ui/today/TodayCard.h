#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace rapport {

// One section of the Today screen: a title with a count, rows, and a quiet line when there is nothing.
class TodayCard : public QFrame
{
    Q_OBJECT
public:
    TodayCard(const QString& icon, const QString& title, const QString& emptyText, QWidget* parent = nullptr);

    void clear();
    // Adds a row: `lead` (e.g. a checkbox or a link label) stretches; `trail` is right-aligned text.
    void addRow(QWidget* lead, const QString& trail, const QColor& trailColor = {});
    void addFooter(QWidget* footer);
    void setCount(int count);
    int rows() const { return m_rows; }

private:
    QLabel* m_title;
    QLabel* m_count;
    QLabel* m_empty;
    QVBoxLayout* m_body;
    int m_rows = 0;
};

} // namespace rapport
