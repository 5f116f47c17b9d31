#include "DealListModel.h"

#include "Clock.h"
#include "common/Format.h"
#include "deals/DealRepository.h"

#include <QBrush>
#include <QColor>

namespace rapport {

DealListModel::DealListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    setObjectName(QStringLiteral("dealListModel"));
}

void DealListModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void DealListModel::reload()
{
    beginResetModel();
    m_deals.clear();
    if (m_customerId > 0) {
        DealQuery q;
        q.customerId = m_customerId;
        q.limit = 500;
        auto deals = DealRepository(m_db).list(q);
        if (deals)
            m_deals = deals.take();
        else
            emit loadFailed(deals.error().message);
    }
    endResetModel();
}

const Deal* DealListModel::dealAt(int row) const
{
    return row >= 0 && row < m_deals.size() ? &m_deals.at(row) : nullptr;
}

int DealListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_deals.size());
}

int DealListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deal& d = m_deals.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn: return d.title;
        case StageColumn: return Format::stageName(d.stageName);
        case AmountColumn: return Format::money(d.amountMinor, d.currency);
        case CloseColumn:
            if (d.status != DealStatus::Open)
                return Format::date(d.closedAt.toLocalTime().date());
            return Format::date(d.expectedClose);
        }
    } else if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue((index.column() == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == CloseColumn && d.status == DealStatus::Open && d.expectedClose.isValid() &&
            d.expectedClose < Clock::todayLocal())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (d.status == DealStatus::Lost)
            return QBrush(QColor(0x88, 0x88, 0x88));
    } else if (role == IdRole) {
        return d.id;
    }
    return {};
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Deal");
    case StageColumn: return tr("Stage");
    case AmountColumn: return tr("Amount");
    case CloseColumn: return tr("Close date");
    }
    return {};
}

} // namespace rapport
