#pragma once

#include "analytics/ReportDocument.h"

#include <QAbstractTableModel>

namespace rapport {

// A report's table for a QTableView: right-aligned numbers and heat-map shading where the report has it.
// Report tables are small (aggregated in SQL), so the whole table is held.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(const ReportTable& table, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ReportTable m_table;
};

} // namespace rapport
