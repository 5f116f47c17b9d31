#include "WindowedTableModel.h"

namespace rapport {

WindowedTableModel::WindowedTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int WindowedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_total;
}

void WindowedTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(10, rows);
    m_loaded.clear();
    dropAllPages();
}

void WindowedTableModel::reload()
{
    beginResetModel();
    m_loaded.clear();
    dropAllPages();
    m_lastError.clear();
    const auto counted = fetchCount();
    if (counted) {
        m_total = counted.value();
    } else {
        m_total = 0;
        reportError(counted.error().message);
    }
    endResetModel();
    emit totalChanged(m_total);
}

void WindowedTableModel::refresh()
{
    const auto counted = fetchCount();
    if (!counted) {
        reportError(counted.error().message);
        return;
    }
    m_loaded.clear();
    dropAllPages();
    const int total = counted.value();
    if (total > m_total) {
        beginInsertRows({}, m_total, total - 1);
        m_total = total;
        endInsertRows();
    } else if (total < m_total) {
        beginRemoveRows({}, total, m_total - 1);
        m_total = total;
        endRemoveRows();
    }
    if (m_total > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(m_total - 1, columnCount() - 1));
    emit totalChanged(m_total);
}

bool WindowedTableModel::ensureRow(int row) const
{
    if (row < 0 || row >= m_total)
        return false;
    const int page = pageOf(row);
    const auto at = m_loaded.indexOf(page);
    if (at >= 0) {
        if (at != m_loaded.size() - 1)
            m_loaded.move(at, m_loaded.size() - 1);
        return true;
    }
    // Pages are a cache of what SQL says; reading one does not change the model's structure.
    auto* self = const_cast<WindowedTableModel*>(this);
    if (auto fetched = self->fetchPage(page, page * m_pageSize, m_pageSize); !fetched) {
        reportError(fetched.error().message);
        return false;
    }
    m_loaded.append(page);
    while (m_loaded.size() > m_maxPages)
        self->dropPage(m_loaded.takeFirst());
    return true;
}

void WindowedTableModel::reportError(const QString& message) const
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    emit const_cast<WindowedTableModel*>(this)->loadFailed(message);
}

} // namespace rapport
