#include "PipelineBoard.h"

#include "common/Format.h"
#include "deals/DealRepository.h"
#include "deals/Pipeline.h"
#include "deals/StageCardModel.h"
#include "deals/StageColumn.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

namespace rapport {

OutcomeDropZone::OutcomeDropZone(DealStatus outcome, QWidget* parent) : QFrame(parent), m_outcome(outcome)
{
    const bool won = outcome == DealStatus::Won;
    setObjectName(won ? QStringLiteral("wonDropZone") : QStringLiteral("lostDropZone"));
    setProperty("outcome", won ? QStringLiteral("won") : QStringLiteral("lost"));
    setAcceptDrops(true);
    auto* label = new QLabel(won ? tr("Won — drop a deal here to close it as won")
                                 : tr("Lost — drop a deal here to close it as lost"),
                             this);
    label->setAlignment(Qt::AlignCenter);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(label);
    setMinimumHeight(44);
}

void OutcomeDropZone::setHighlighted(bool on)
{
    setProperty("dropTarget", on);
    style()->unpolish(this);
    style()->polish(this);
}

void OutcomeDropZone::dragEnterEvent(QDragEnterEvent* event)
{
    if (StageCardModel::dealIdFrom(event->mimeData()) > 0) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        setHighlighted(true);
    }
}

void OutcomeDropZone::dragLeaveEvent(QDragLeaveEvent* event)
{
    QFrame::dragLeaveEvent(event);
    setHighlighted(false);
}

void OutcomeDropZone::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    const qint64 id = StageCardModel::dealIdFrom(event->mimeData());
    if (id <= 0)
        return;
    // The source keeps its row: the board re-reads after the move.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    emit dealDropped(id);
}

PipelineBoard::PipelineBoard(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_scroll(new QScrollArea(this)), m_strip(new QWidget(m_scroll)),
      m_stripLayout(new QHBoxLayout(m_strip)), m_won(new OutcomeDropZone(DealStatus::Won, this)),
      m_lost(new OutcomeDropZone(DealStatus::Lost, this))
{
    setObjectName(QStringLiteral("pipelineBoard"));
    // Columns are soft panels; the one under a dragged card lights up; Won and Lost wear their colours.
    setStyleSheet(QStringLiteral(
        "QWidget#boardStrip { background: palette(base); }"
        "QFrame[stageColumn=\"true\"] { background: palette(alternate-base); border: 1px solid transparent; "
        "border-radius: 10px; }"
        "QFrame[stageColumn=\"true\"][dropTarget=\"true\"] { border: 2px dashed palette(highlight); }"
        "QFrame[outcome] { border: 1px dashed palette(mid); border-radius: 8px; }"
        "QFrame[outcome=\"won\"] { color: #2e7d32; background: rgba(46, 125, 50, 0.06); }"
        "QFrame[outcome=\"lost\"] { color: #c62828; background: rgba(198, 40, 40, 0.05); }"
        "QFrame[outcome=\"won\"][dropTarget=\"true\"] { border: 2px solid #2e7d32; background: rgba(46, 125, 50, "
        "0.16); }"
        "QFrame[outcome=\"lost\"][dropTarget=\"true\"] { border: 2px solid #c62828; background: rgba(198, 40, 40, "
        "0.14); }"));
    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_strip->setObjectName(QStringLiteral("boardStrip"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_strip);
    m_stripLayout->setContentsMargins(20, 0, 20, 0);
    m_stripLayout->setSpacing(10);
    m_stripLayout->addStretch();

    // Queued: the drop finishes (and the drag ends) before the screen asks anything or moves the deal.
    connect(
        m_won, &OutcomeDropZone::dealDropped, this, [this](qint64 id) { emit moveRequested(id, m_wonStage); },
        Qt::QueuedConnection);
    connect(
        m_lost, &OutcomeDropZone::dealDropped, this, [this](qint64 id) { emit moveRequested(id, m_lostStage); },
        Qt::QueuedConnection);

    auto* outcomes = new QHBoxLayout;
    outcomes->setContentsMargins(20, 8, 20, 12);
    outcomes->setSpacing(10);
    outcomes->addWidget(m_won, 1);
    outcomes->addWidget(m_lost, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(outcomes);
}

StageColumn* PipelineBoard::column(qint64 stageId) const
{
    for (StageColumn* c : m_columns) {
        if (c->stageId() == stageId)
            return c;
    }
    return nullptr;
}

void PipelineBoard::reload()
{
    auto summaries = Pipeline(m_db).summaries();
    auto stages = DealRepository(m_db).stages();
    if (!summaries || !stages) {
        emit loadFailed(!summaries ? summaries.error().message : stages.error().message);
        return;
    }
    QList<PipelineStage> open;
    for (const PipelineStage& s : stages.value()) {
        if (s.kind == DealStatus::Won)
            m_wonStage = s.id;
        else if (s.kind == DealStatus::Lost)
            m_lostStage = s.id;
        else
            open << s;
    }
    bool same = open.size() == m_columns.size();
    for (int i = 0; same && i < open.size(); ++i)
        same = m_columns.at(i)->stageId() == open.at(i).id;
    if (!same)
        rebuildColumns(open);

    const int rotting = Pipeline(m_db).rottingDays();
    for (const StageSummary& s : summaries.value()) {
        if (StageColumn* c = column(s.stage.id)) {
            c->setSummary(s, m_currency);
            c->refresh(rotting);
        }
    }
    if (m_follow > 0) {
        selectDeal(m_follow);
        m_follow = 0;
    }
}

void PipelineBoard::rebuildColumns(const QList<PipelineStage>& openStages)
{
    const qint64 selected = selectedDealId();
    qDeleteAll(m_columns);
    m_columns.clear();
    for (const PipelineStage& s : openStages) {
        auto* c = new StageColumn(m_db, s, m_strip);
        m_stripLayout->insertWidget(m_stripLayout->count() - 1, c);
        m_columns << c;
        StageCardModel* model = c->model();
        connect(model, &StageCardModel::dealDropped, this, &PipelineBoard::moveRequested, Qt::QueuedConnection);
        connect(model, &StageCardModel::loadFailed, this, &PipelineBoard::loadFailed);
        connect(c->view(), &CardListView::moveRequested, this, [this, c](int step) { moveSelected(c, step); });
        connect(c->view(), &CardListView::focusNeighbourRequested, this,
                [this, c](int step) { focusNeighbour(c, step); });
        connect(c->view(), &QListView::activated, this, [this](const QModelIndex& index) {
            emit dealActivated(index.data(StageCardModel::IdRole).toLongLong());
        });
        // One selected card on the whole board.
        connect(c->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, c] {
            if (!c->view()->selectionModel()->hasSelection())
                return;
            for (StageColumn* other : m_columns) {
                if (other != c)
                    other->view()->clearSelection();
            }
        });
    }
    if (selected > 0)
        m_follow = selected;
}

qint64 PipelineBoard::selectedDealId() const
{
    for (StageColumn* c : m_columns) {
        if (const qint64 id = c->view()->currentDealId(); id > 0)
            return id;
    }
    return 0;
}

bool PipelineBoard::selectDeal(qint64 dealId)
{
    auto deal = DealRepository(m_db).get(dealId);
    auto row = Pipeline(m_db).rowOf(dealId);
    if (!deal || !row || row.value() < 0)
        return false;
    StageColumn* c = column(deal.value().stageId);
    if (!c)
        return false;
    c->selectRow(row.value());
    m_scroll->ensureWidgetVisible(c, 20, 0);
    return true;
}

void PipelineBoard::moveSelected(StageColumn* from, int step)
{
    const qint64 id = from->view()->currentDealId();
    const int at = static_cast<int>(m_columns.indexOf(from)) + step;
    if (id <= 0 || at < 0 || at >= m_columns.size())
        return;
    m_follow = id;
    emit moveRequested(id, m_columns.at(at)->stageId());
}

void PipelineBoard::focusNeighbour(StageColumn* from, int step)
{
    int at = static_cast<int>(m_columns.indexOf(from)) + step;
    // Skip empty columns.
    while (at >= 0 && at < m_columns.size() && m_columns.at(at)->model()->rowCount() == 0)
        at += step;
    if (at < 0 || at >= m_columns.size())
        return;
    StageColumn* target = m_columns.at(at);
    const int row = qMin(qMax(0, from->view()->currentIndex().row()), target->model()->rowCount() - 1);
    target->selectRow(row);
    m_scroll->ensureWidgetVisible(target, 20, 0);
}

} // namespace rapport
