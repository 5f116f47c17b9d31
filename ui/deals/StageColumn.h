#pragma once

#include "deals/Pipeline.h"

#include <QFrame>
#include <QListView>

class QLabel;

namespace rapport {

class Database;
class StageCardModel;

// The list of cards in a column. Ctrl+Left/Right (⌘ on macOS) asks to move the selected card to the
// neighbouring stage; Left/Right alone moves the focus to the neighbouring column.
class CardListView : public QListView
{
    Q_OBJECT
public:
    explicit CardListView(QWidget* parent = nullptr);
    qint64 currentDealId() const;

signals:
    void moveRequested(int step);
    void focusNeighbourRequested(int step);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHighlighted(bool on);
};

// One board column: the stage's name and probability, its count, total and weighted amount, and its cards.
class StageColumn : public QFrame
{
    Q_OBJECT
public:
    StageColumn(Database& db, const PipelineStage& stage, QWidget* parent = nullptr);

    qint64 stageId() const { return m_stage.id; }
    const PipelineStage& stage() const { return m_stage; }
    StageCardModel* model() const { return m_model; }
    CardListView* view() const { return m_view; }
    // New figures for the header; the cards are re-read lazily, keeping the scroll position.
    void setSummary(const StageSummary& summary, const QString& businessCurrency);
    void refresh(int rottingDays);
    // Selects the card at `row`, scrolls to it and gives the list focus.
    void selectRow(int row);

private:
    PipelineStage m_stage;
    StageCardModel* m_model;
    CardListView* m_view;
    QLabel* m_name;
    QLabel* m_figures;
};

} // namespace rapport
