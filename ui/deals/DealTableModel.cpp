#include "DealTableModel.h"

#include "Clock.h"
#include "common/Format.h"
#include "deals/DealCardDelegate.h"
#include "deals/DealRepository.h"
#include "deals/Pipeline.h"

#include <QBrush>
#include <QPalette>

namespace rapport {

DealTableModel::DealTableModel(Database& db, QObject* parent) : WindowedTableModel(parent), m_db(db)
{
    setObjectName(QStringLiteral("dealTableModel"));
    m_query.sort = DealSort::ExpectedClose;
    m_query.descending = false;
}

int DealTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<DealSort> DealTableModel::sortFor(int column)
{
    switch (column) {
    case TitleColumn:
        return DealSort::Title;
    case CustomerColumn:
        return DealSort::Customer;
    case StageColumn:
        return DealSort::Stage;
    case AmountColumn:
        return DealSort::Amount;
    case CloseColumn:
        return DealSort::ExpectedClose;
    case AgeColumn:
        return DealSort::Created;
    default:
        return std::nullopt;
    }
}

void DealTableModel::sort(int column, Qt::SortOrder order)
{
    if (applySort(m_query, sortFor(column), order))
        reload();
}

void DealTableModel::setFilter(const DealQuery& filter)
{
    m_query = withSortOf(filter, m_query);
    reload();
}

Result<int> DealTableModel::fetchCount() const
{
    return DealRepository(m_db).count(m_query);
}

Status DealTableModel::fetchPage(int page, int offset, int limit)
{
    DealQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    auto rows = DealRepository(m_db).list(q);
    if (!rows)
        return rows.error();
    m_cache.put(page, rows.take());
    return Ok{};
}

const Deal* DealTableModel::dealAt(int row) const
{
    if (!ensureRow(row))
        return nullptr;
    return m_cache.row(pageOf(row), rowInPage(row));
}

QVariant DealTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deal* d = dealAt(index.row());
    if (!d)
        return {};
    const QDateTime now = Clock::nowUtc();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return d->title;
        case CustomerColumn:
            return d->customerName;
        case StageColumn:
            return Format::stageName(d->stageName);
        case AmountColumn:
            return Format::money(d->amountMinor, d->currency);
        case CloseColumn:
            return d->status == DealStatus::Open ? Format::date(d->expectedClose)
                                                 : Format::date(d->closedAt.toLocalTime().date());
        case AgeColumn:
            return d->status == DealStatus::Open ? tr("%n day(s) in stage", nullptr, daysInStage(*d, now)) : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((index.column() == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((index.column() == CloseColumn || index.column() == AgeColumn) && isRotting(*d, now, m_rottingDays))
            return QBrush(DealCardDelegate::warningColor(QPalette()));
        if (d->status == DealStatus::Lost || d->isArchived())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case IdRole:
        return d->id;
    case CustomerIdRole:
        return d->customerId;
    default:
        break;
    }
    return {};
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Deal");
    case CustomerColumn:
        return tr("Customer");
    case StageColumn:
        return tr("Stage");
    case AmountColumn:
        return tr("Amount");
    case CloseColumn:
        return tr("Close date");
    case AgeColumn:
        return tr("In stage");
    }
    return {};
}

} // namespace rapport
