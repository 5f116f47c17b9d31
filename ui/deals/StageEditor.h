#pragma once

#include "Result.h"

#include <QWidget>

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rapport {

class Session;

// The Pipeline page of Preferences: rename, reorder, re-weight, add and remove open stages (a removed stage's
// deals go to a stage the owner picks), and the "rotting" threshold. Nothing is written until apply(), which
// makes every change in one transaction.
class StageEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StageEditor(Session& session, QWidget* parent = nullptr);

    bool hasChanges() const;
    Status apply();

    QTableWidget* table() const { return m_table; }
    void moveCurrent(int step);
    void addStage();
    void removeCurrent();

private:
    struct Row
    {
        int key = 0;   // identifies the row while editing
        qint64 id = 0; // 0: added here
        QString name;
        int probability = 0;
        int deals = 0;
        QString originalName;
        int originalProbability = 0;
    };

    void rebuild(int select);
    void sync();
    void updateButtons();

    Session& m_session;
    QList<Row> m_rows;
    QList<qint64> m_originalOrder;
    QList<std::pair<qint64, int>> m_removals; // removed stage id -> key of the row its deals move to
    int m_nextKey = 1;
    QTableWidget* m_table;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_add;
    QPushButton* m_remove;
    QSpinBox* m_rotting;
    int m_originalRotting = 0;
};

} // namespace rapport
