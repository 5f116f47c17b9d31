#include "StageColumn.h"

#include "Clock.h"
#include "common/Format.h"
#include "deals/DealCardDelegate.h"
#include "deals/StageCardModel.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace rapport {
namespace {

// "$1,200 + €300": amounts in several currencies are listed, never added up.
QString moneyList(const QMap<QString, qint64>& byCurrency, const QString& first)
{
    QStringList parts;
    if (byCurrency.contains(first))
        parts << Format::money(byCurrency.value(first), first);
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        if (it.key() != first)
            parts << Format::money(it.value(), it.key());
    }
    return parts.isEmpty() ? Format::money(0, first) : parts.join(QStringLiteral(" + "));
}

} // namespace

CardListView::CardListView(QWidget* parent) : QListView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(false);
}

qint64 CardListView::currentDealId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() && selectionModel()->isSelected(index) ? index.data(StageCardModel::IdRole).toLongLong() : 0;
}

void CardListView::keyPressEvent(QKeyEvent* event)
{
    const bool horizontal = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right;
    if (horizontal) {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (event->modifiers() & Qt::ControlModifier)
            emit moveRequested(step);
        else
            emit focusNeighbourRequested(step);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void CardListView::setHighlighted(bool on)
{
    if (auto* column = parentWidget(); column && column->property("dropTarget").toBool() != on) {
        column->setProperty("dropTarget", on);
        column->style()->unpolish(column);
        column->style()->polish(column);
    }
}

void CardListView::dragEnterEvent(QDragEnterEvent* event)
{
    QListView::dragEnterEvent(event);
    setHighlighted(event->isAccepted());
}

void CardListView::dragLeaveEvent(QDragLeaveEvent* event)
{
    QListView::dragLeaveEvent(event);
    setHighlighted(false);
}

void CardListView::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    // Dropped anywhere in the column: the stage is what counts, not the row.
    if (model() && model()->dropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, {})) {
        event->acceptProposedAction();
        return;
    }
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
}

StageColumn::StageColumn(Database& db, const PipelineStage& stage, QWidget* parent)
    : QFrame(parent), m_stage(stage), m_model(new StageCardModel(db, stage.id, this)), m_view(new CardListView(this)),
      m_name(new QLabel(this)), m_figures(new QLabel(this))
{
    setObjectName(QStringLiteral("stageColumn_%1").arg(stage.id));
    setProperty("stageColumn", true);
    m_view->setObjectName(QStringLiteral("stageCards_%1").arg(stage.id));
    m_name->setObjectName(QStringLiteral("stageName_%1").arg(stage.id));
    m_figures->setObjectName(QStringLiteral("stageFigures_%1").arg(stage.id));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DealCardDelegate(m_view));
    m_view->setAccessibleName(Format::stageName(stage.name));

    QFont f = m_name->font();
    f.setWeight(QFont::DemiBold);
    m_name->setFont(f);
    m_name->setText(tr("%1 · %2%").arg(Format::stageName(stage.name)).arg(stage.probability));
    m_figures->setForegroundRole(QPalette::PlaceholderText);
    m_figures->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 10, 4, 4);
    layout->setSpacing(2);
    auto* header = new QVBoxLayout;
    header->setContentsMargins(8, 0, 8, 6);
    header->setSpacing(2);
    header->addWidget(m_name);
    header->addWidget(m_figures);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    setFixedWidth(252);
}

void StageColumn::setSummary(const StageSummary& summary, const QString& businessCurrency)
{
    m_stage = summary.stage;
    m_model->setKnownCount(summary.count);
    m_name->setText(tr("%1 · %2%").arg(Format::stageName(m_stage.name)).arg(m_stage.probability));
    m_figures->setText(
        tr("%n deal(s) · %1", nullptr, summary.count).arg(moneyList(summary.amountByCurrency, businessCurrency)) +
        QLatin1Char('\n') + tr("Weighted %1").arg(moneyList(summary.weightedByCurrency, businessCurrency)));
}

void StageColumn::refresh(int rottingDays)
{
    m_model->setRottingDays(rottingDays);
    m_model->setNow(Clock::nowUtc());
    m_model->refresh();
}

void StageColumn::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

} // namespace rapport
