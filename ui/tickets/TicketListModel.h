#pragma once

#include "tickets/Ticket.h"

#include <QAbstractTableModel>

namespace rapport {

class Database;

// A customer's tickets (a short list, read whole): subject, status, priority, opened, due.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, StatusColumn, PriorityColumn, OpenedColumn, DueColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit TicketListModel(Database& db, QObject* parent = nullptr);

    void setCustomer(qint64 customerId);
    void reload();
    const Ticket* ticketAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);

private:
    Database& m_db;
    qint64 m_customerId = 0;
    QList<Ticket> m_tickets;
};

} // namespace rapport
