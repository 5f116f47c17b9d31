#include "ReportTableModel.h"

#include "ChartPainter.h"

#include <QColor>

namespace rapport {

ReportTableModel::ReportTableModel(const ReportTable& table, QObject* parent) : QAbstractTableModel(parent), m_table(table)
{
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.headers.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const double heat = m_table.heat.value(index.row()).value(index.column(), -1);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return m_table.rows.at(index.row()).value(index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (m_table.numeric.value(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::BackgroundRole:
        if (heat >= 0) {
            QColor fill = ChartPainter::seriesColor(0);
            fill.setAlphaF(0.08 + 0.8 * qBound(0.0, heat, 1.0));
            return fill;
        }
        return {};
    case Qt::ForegroundRole: return heat > 0.55 ? QVariant(QColor(Qt::white)) : QVariant();
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return m_table.headers.value(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (m_table.numeric.value(section) ? Qt::AlignRight : Qt::AlignLeft));
    return {};
}

} // namespace rapport
