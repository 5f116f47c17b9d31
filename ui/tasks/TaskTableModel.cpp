#include "TaskTableModel.h"

#include "Clock.h"
#include "common/Format.h"
#include "tasks/TaskRepository.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace rapport {

TaskTableModel::TaskTableModel(Database& db, QObject* parent) : WindowedTableModel(parent), m_db(db)
{
    setObjectName(QStringLiteral("taskTableModel"));
    setPageSize(100);
}

void TaskTableModel::setQuery(const TaskQuery& query)
{
    m_query = query;
    reload();
}

Result<int> TaskTableModel::fetchCount() const
{
    return TaskRepository(m_db).count(m_query);
}

Status TaskTableModel::fetchPage(int page, int offset, int limit)
{
    TaskQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    auto rows = TaskRepository(m_db).list(q);
    if (!rows)
        return rows.error();
    m_cache.put(page, rows.take());
    return Ok{};
}

const Task* TaskTableModel::taskAt(int row) const
{
    if (!ensureRow(row))
        return nullptr;
    return m_cache.row(pageOf(row), rowInPage(row));
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task* t = taskAt(index.row());
    if (!t)
        return {};
    const bool overdue = !t->isDone() && t->dueAt.isValid() && t->dueAt < Clock::nowUtc();
    switch (role) {
    case Qt::CheckStateRole:
        if (index.column() == DoneColumn)
            return t->isDone() ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return t->title;
        case DueColumn:
            if (t->isDone())
                return tr("Done %1").arg(Format::relative(t->doneAt));
            return t->dueAt.isValid() ? Format::relative(t->dueAt) : tr("No due date");
        case LinkColumn: return t->customerName;
        case PriorityColumn: return t->priority == TaskPriority::Normal ? QString() : Format::taskPriority(t->priority);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && t->dueAt.isValid())
            return Format::dateTime(t->dueAt);
        if (index.column() == LinkColumn && t->customerId > 0)
            return tr("Open %1").arg(t->customerName);
        if (index.column() == TitleColumn && !t->notes.isEmpty())
            return t->notes;
        break;
    case Qt::ForegroundRole:
        if (t->isDone())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == DueColumn && overdue)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == LinkColumn)
            return QApplication::palette().brush(QPalette::Link);
        if (index.column() == PriorityColumn && t->priority == TaskPriority::High)
            return QBrush(QColor(0xd9, 0x6c, 0x00));
        break;
    case Qt::FontRole:
        if (t->isDone() && index.column() == TitleColumn) {
            QFont f = QApplication::font();
            f.setStrikeOut(true);
            return f;
        }
        break;
    case IdRole: return t->id;
    case CustomerIdRole: return t->customerId;
    default: break;
    }
    return {};
}

bool TaskTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::CheckStateRole || index.column() != DoneColumn)
        return false;
    const Task* t = taskAt(index.row());
    if (!t)
        return false;
    const bool done = value.toInt() == Qt::Checked;
    if (done == t->isDone())
        return false;
    const Task copy = *t;
    emit doneToggled(copy, done);
    return true;
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DoneColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DoneColumn: return QString();
    case TitleColumn: return tr("Task");
    case DueColumn: return tr("Due");
    case LinkColumn: return tr("Customer");
    case PriorityColumn: return tr("Priority");
    }
    return {};
}

} // namespace rapport
