#pragma once

#include "deals/Deal.h"

#include <QAbstractTableModel>

namespace rapport {

class Database;

// A customer's deals (a short list, read whole): title, stage, amount, expected close, status.
class DealListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StageColumn, AmountColumn, CloseColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit DealListModel(Database& db, QObject* parent = nullptr);

    void setCustomer(qint64 customerId);
    void reload();
    const Deal* dealAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);

private:
    Database& m_db;
    qint64 m_customerId = 0;
    QList<Deal> m_deals;
};

} // namespace rapport
