#pragma once

#include "common/WindowedTableModel.h"
#include "tasks/Task.h"

namespace rapport {

class Database;

// Tasks as a windowed table: a done checkbox, title, due time, linked record and priority.
// Ticking the box asks (doneToggled) rather than writing, so the screen can make it undoable.
class TaskTableModel : public WindowedTableModel
{
    Q_OBJECT
public:
    enum Column { DoneColumn, TitleColumn, DueColumn, LinkColumn, PriorityColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole };

    explicit TaskTableModel(Database& db, QObject* parent = nullptr);

    void setQuery(const TaskQuery& query);
    const TaskQuery& query() const { return m_query; }
    const Task* taskAt(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void doneToggled(const rapport::Task& task, bool done);

protected:
    Result<int> fetchCount() const override;
    Status fetchPage(int page, int offset, int limit) override;
    void dropPage(int page) override { m_cache.drop(page); }
    void dropAllPages() override { m_cache.clear(); }

private:
    Database& m_db;
    TaskQuery m_query;
    PageCache<Task> m_cache;
};

} // namespace rapport
