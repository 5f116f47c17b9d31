#pragma once

#include "common/WindowedTableModel.h"
#include "deals/Deal.h"

#include <QDateTime>

namespace rapport {

class Database;

// The deal list (the board's other view): a window over DealRepository::list(); filters and sort in SQL.
class DealTableModel : public WindowedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        CustomerColumn,
        StageColumn,
        AmountColumn,
        CloseColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CustomerIdRole
    };

    explicit DealTableModel(Database& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const DealQuery& query() const { return m_query; }
    // New filters, keeping the sort order; reloads.
    void setFilter(const DealQuery& filter);
    void setRottingDays(int days) { m_rottingDays = days; }
    const Deal* dealAt(int row) const;
    static std::optional<DealSort> sortFor(int column);

protected:
    Result<int> fetchCount() const override;
    Status fetchPage(int page, int offset, int limit) override;
    void dropPage(int page) override { m_cache.drop(page); }
    void dropAllPages() override { m_cache.clear(); }

private:
    Database& m_db;
    DealQuery m_query;
    int m_rottingDays = 30;
    PageCache<Deal> m_cache;
};

} // namespace rapport
