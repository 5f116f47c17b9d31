#pragma once

#include "common/WindowedTableModel.h"
#include "tickets/Ticket.h"

namespace rapport {

class Database;

// The service desk queue: a window over TicketRepository::list(); views, filters and sort in SQL. The SLA
// column is computed from "now" when shown, so it changes as time passes (refreshSla() repaints it).
class TicketTableModel : public WindowedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SubjectColumn,
        CustomerColumn,
        StatusColumn,
        PriorityColumn,
        AgeColumn,
        SlaColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CustomerIdRole,
        SlaStateRole
    };

    explicit TicketTableModel(Database& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const TicketQuery& query() const { return m_query; }
    void setFilter(const TicketQuery& filter);
    const Ticket* ticketAt(int row) const;
    static std::optional<TicketSort> sortFor(int column);

public slots:
    // Time moved on: repaint the SLA and age columns (no re-read).
    void refreshSla();

protected:
    Result<int> fetchCount() const override;
    Status fetchPage(int page, int offset, int limit) override;
    void dropPage(int page) override { m_cache.drop(page); }
    void dropAllPages() override { m_cache.clear(); }

private:
    Database& m_db;
    TicketQuery m_query;
    PageCache<Ticket> m_cache;
};

} // namespace rapport
