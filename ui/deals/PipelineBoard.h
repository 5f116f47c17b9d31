#pragma once

#include "deals/Deal.h"

#include <QFrame>
#include <QList>

class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace rapport {

class Database;
class StageColumn;

// A strip the owner drops a card on to close the deal as won or lost.
class OutcomeDropZone : public QFrame
{
    Q_OBJECT
public:
    OutcomeDropZone(DealStatus outcome, QWidget* parent = nullptr);
    DealStatus outcome() const { return m_outcome; }

signals:
    void dealDropped(qint64 dealId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHighlighted(bool on);
    DealStatus m_outcome;
};

// The pipeline board: one column per open stage (each a virtualised list over its own windowed model, so
// thousands of deals cost a few pages of cards), and Won / Lost drop zones below. The board only asks for
// moves (moveRequested); the screen decides, runs the undoable command, and the board follows the data.
class PipelineBoard : public QWidget
{
    Q_OBJECT
public:
    PipelineBoard(Database& db, QWidget* parent = nullptr);

    // Re-reads stages, figures and cards (rebuilding the columns only when the stages changed).
    void reload();
    QList<StageColumn*> columns() const { return m_columns; }
    StageColumn* column(qint64 stageId) const;
    OutcomeDropZone* wonZone() const { return m_won; }
    OutcomeDropZone* lostZone() const { return m_lost; }
    qint64 selectedDealId() const;
    // Selects the deal's card (in whatever column it is now) and focuses it; false if it is not on the board.
    bool selectDeal(qint64 dealId);
    void setBusinessCurrency(const QString& currency) { m_currency = currency; }
    // Which deal to select after the next reload (a keyboard move follows its card).
    void followDeal(qint64 dealId) { m_follow = dealId; }

signals:
    void moveRequested(qint64 dealId, qint64 toStageId);
    void dealActivated(qint64 dealId);
    void loadFailed(const QString& message);

private:
    void rebuildColumns(const QList<PipelineStage>& openStages);
    void moveSelected(StageColumn* from, int step);
    void focusNeighbour(StageColumn* from, int step);

    Database& m_db;
    QString m_currency = QStringLiteral("USD");
    QScrollArea* m_scroll;
    QWidget* m_strip;
    QHBoxLayout* m_stripLayout;
    QList<StageColumn*> m_columns;
    OutcomeDropZone* m_won;
    OutcomeDropZone* m_lost;
    qint64 m_wonStage = 0;
    qint64 m_lostStage = 0;
    qint64 m_follow = 0;
};

} // namespace rapport
