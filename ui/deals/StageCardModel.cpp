#include "StageCardModel.h"

#include "Clock.h"
#include "common/Format.h"
#include "deals/DealRepository.h"
#include "deals/Pipeline.h"

#include <QMimeData>

namespace rapport {

const QString StageCardModel::kMimeType = QStringLiteral("application/x-rapport-deal");

StageCardModel::StageCardModel(Database& db, qint64 stageId, QObject* parent)
    : WindowedTableModel(parent), m_db(db), m_stageId(stageId), m_now(Clock::nowUtc())
{
    setObjectName(QStringLiteral("stageCardModel_%1").arg(stageId));
    setPageSize(50);
    setMaxCachedPages(8);
}

Result<int> StageCardModel::fetchCount() const
{
    if (m_knownCount >= 0)
        return m_knownCount;
    return Pipeline(m_db).cardCount(m_stageId);
}

Status StageCardModel::fetchPage(int page, int offset, int limit)
{
    auto rows = Pipeline(m_db).cards(m_stageId, offset, limit, rowCount());
    if (!rows)
        return rows.error();
    m_cache.put(page, rows.take());
    return Ok{};
}

const Deal* StageCardModel::dealAt(int row) const
{
    if (!ensureRow(row))
        return nullptr;
    return m_cache.row(pageOf(row), rowInPage(row));
}

int StageCardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant StageCardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deal* d = dealAt(index.row());
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return d->title;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1 — %2, %3").arg(d->title, d->customerName, Format::money(d->amountMinor, d->currency));
    case IdRole:
        return d->id;
    case RottingRole:
        return isRotting(*d, m_now, m_rottingDays);
    case DaysInStageRole:
        return daysInStage(*d, m_now);
    case CustomerRole:
        return d->customerName;
    case AmountRole:
        return Format::money(d->amountMinor, d->currency);
    case CloseRole:
        return d->expectedClose;
    case LateRole:
        return d->expectedClose.isValid() && d->expectedClose < m_now.toLocalTime().date();
    default:
        break;
    }
    return {};
}

Qt::ItemFlags StageCardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions StageCardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions StageCardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList StageCardModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* StageCardModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const qint64 id = data(indexes.first(), IdRole).toLongLong();
    if (id <= 0)
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(kMimeType, QByteArray::number(id));
    mime->setText(data(indexes.first(), Qt::DisplayRole).toString());
    return mime;
}

qint64 StageCardModel::dealIdFrom(const QMimeData* data)
{
    if (!data || !data->hasFormat(kMimeType))
        return 0;
    bool ok = false;
    const qint64 id = data->data(kMimeType).toLongLong(&ok);
    return ok ? id : 0;
}

bool StageCardModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return action == Qt::MoveAction && dealIdFrom(data) > 0;
}

bool StageCardModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit dealDropped(dealIdFrom(data), m_stageId);
    // The board moves the deal and every column re-reads; the views must not shuffle rows themselves.
    return false;
}

} // namespace rapport
