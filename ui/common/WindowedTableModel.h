#pragma once

#include "Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace rapport {

// The sort and filter plumbing the list models share; a query type has `sort` and `descending`.
// Puts a column's sort key into the query; false when there is no key or nothing changes.
template <typename Query, typename Key>
bool applySort(Query& query, std::optional<Key> key, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    if (!key || (query.sort == *key && query.descending == descending))
        return false;
    query.sort = *key;
    query.descending = descending;
    return true;
}

// A new filter keeps the current sort.
template <typename Query>
Query withSortOf(Query filter, const Query& current)
{
    filter.sort = current.sort;
    filter.descending = current.descending;
    return filter;
}

// Base of the big list models (DESIGN.md section 4): the row count comes from SQL count(*), rows are
// fetched in pages of `pageSize()` from the repository's list(offset, limit) as the view asks for them,
// and only a bounded number of pages stays in memory. Sorting and filtering are the subclass's query;
// changing them calls reload(). Changes announced by the core are picked up by refresh(), which keeps
// the view's scroll position and re-reads lazily.
class WindowedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit WindowedTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int pageSize() const { return m_pageSize; }
    // Takes effect from the next page read; call reload() to start over with it.
    void setPageSize(int rows);
    void setMaxCachedPages(int pages) { m_maxPages = qMax(2, pages); }
    // The last error met while counting or fetching (empty if none).
    const QString& lastError() const { return m_lastError; }

public slots:
    // Recount and forget every row (a new filter or sort order): the view starts over.
    void reload();
    // Re-read after data changed underneath: rows are refetched when next shown; the view stays where it is.
    void refresh();

signals:
    void loadFailed(const QString& message);
    void totalChanged(int total);

protected:
    // Subclass hooks: the total for the current query, one page of rows, and forgetting pages.
    virtual Result<int> fetchCount() const = 0;
    virtual Status fetchPage(int page, int offset, int limit) = 0;
    virtual void dropPage(int page) = 0;
    virtual void dropAllPages() = 0;

    // Makes sure the page holding `row` is in memory; false if it could not be read.
    bool ensureRow(int row) const;
    int pageOf(int row) const { return row / m_pageSize; }
    int rowInPage(int row) const { return row % m_pageSize; }

private:
    void reportError(const QString& message) const;

    int m_total = 0;
    int m_pageSize = 200;
    int m_maxPages = 24;
    mutable QList<int> m_loaded; // most recently used last
    mutable QString m_lastError;
};

// Typed row storage for a WindowedTableModel subclass.
template <typename Row>
class PageCache
{
public:
    void put(int page, QList<Row> rows) { m_pages.insert(page, std::move(rows)); }
    void drop(int page) { m_pages.remove(page); }
    void clear() { m_pages.clear(); }
    const Row* row(int page, int indexInPage) const
    {
        const auto it = m_pages.constFind(page);
        if (it == m_pages.cend() || indexInPage < 0 || indexInPage >= it->size())
            return nullptr;
        return &it->at(indexInPage);
    }

private:
    QHash<int, QList<Row>> m_pages;
};

} // namespace rapport
