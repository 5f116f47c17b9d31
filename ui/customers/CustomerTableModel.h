#pragma once

#include "common/WindowedTableModel.h"
#include "customers/Customer.h"
#include "customers/CustomerQuery.h"

namespace rapport {

class Database;

// The customer list: a window over CustomerRepository::list(); filter and sort go into the SQL query.
class CustomerTableModel : public WindowedTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CompanyColumn, EmailColumn, PhoneColumn, TagsColumn, ValueColumn, TierColumn,
                  LastContactColumn, OpenDealsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, KindRole, ArchivedRole, TierRole };

    explicit CustomerTableModel(Database& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const CustomerQuery& query() const { return m_query; }
    // Applies a new filter (text, kind, tag, archive state, company) keeping the sort order; reloads.
    void setFilter(const CustomerQuery& filter);
    void setCurrency(const QString& currency);
    // An inactive model shows no rows and asks nothing of the database (e.g. "people" of a person).
    void setActive(bool active) { m_active = active; }

    const Customer* customerAt(int row) const;
    qint64 idAt(int row) const;
    // The column's sort key, or nullopt when the column cannot be sorted.
    static std::optional<CustomerSort> sortFor(int column);

protected:
    Result<int> fetchCount() const override;
    Status fetchPage(int page, int offset, int limit) override;
    void dropPage(int page) override { m_cache.drop(page); }
    void dropAllPages() override;

private:
    Database& m_db;
    CustomerQuery m_query;
    QString m_currency = QStringLiteral("USD");
    bool m_active = true;
    PageCache<Customer> m_cache;
    // The sorted ids of the whole list, read on the first jump past the first pages: deep pages are then
    // read by id instead of sorting again for every OFFSET.
    QList<qint64> m_ids;
    bool m_haveIds = false;
};

} // namespace rapport
