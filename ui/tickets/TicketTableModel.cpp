#include "TicketTableModel.h"

#include "Clock.h"
#include "common/Format.h"
#include "tickets/SlaState.h"
#include "tickets/SlaText.h"
#include "tickets/TicketRepository.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace rapport {

TicketTableModel::TicketTableModel(Database& db, QObject* parent) : WindowedTableModel(parent), m_db(db)
{
    setObjectName(QStringLiteral("ticketTableModel"));
    m_query.sort = TicketSort::NextDue;
    m_query.descending = false;
}

int TicketTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<TicketSort> TicketTableModel::sortFor(int column)
{
    switch (column) {
    case SubjectColumn:
        return TicketSort::Subject;
    case CustomerColumn:
        return TicketSort::Customer;
    case StatusColumn:
        return TicketSort::Status;
    case PriorityColumn:
        return TicketSort::Priority;
    case AgeColumn:
        return TicketSort::Created;
    case SlaColumn:
        return TicketSort::NextDue;
    default:
        return std::nullopt;
    }
}

void TicketTableModel::sort(int column, Qt::SortOrder order)
{
    if (applySort(m_query, sortFor(column), order))
        reload();
}

void TicketTableModel::setFilter(const TicketQuery& filter)
{
    m_query = withSortOf(filter, m_query);
    reload();
}

void TicketTableModel::refreshSla()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, AgeColumn), index(rowCount() - 1, SlaColumn));
}

Result<int> TicketTableModel::fetchCount() const
{
    return TicketRepository(m_db).count(m_query);
}

Status TicketTableModel::fetchPage(int page, int offset, int limit)
{
    TicketQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    auto rows = TicketRepository(m_db).list(q);
    if (!rows)
        return rows.error();
    m_cache.put(page, rows.take());
    return Ok{};
}

const Ticket* TicketTableModel::ticketAt(int row) const
{
    if (!ensureRow(row))
        return nullptr;
    return m_cache.row(pageOf(row), rowInPage(row));
}

QVariant TicketTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket* t = ticketAt(index.row());
    if (!t)
        return {};
    const QDateTime now = Clock::nowUtc();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return t->subject;
        case CustomerColumn:
            return t->customerName;
        case StatusColumn:
            return Format::ticketStatus(t->status);
        case PriorityColumn:
            return Format::ticketPriority(t->priority);
        case AgeColumn:
            return Format::relative(t->createdAt, now);
        case SlaColumn:
            return SlaText::describe(slaStatus(*t, now), now);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AgeColumn)
            return Format::dateTime(t->createdAt);
        if (index.column() == SlaColumn && isUnresolved(t->status))
            return tr("First reply due %1, resolution due %2")
                .arg(Format::dateTime(t->firstResponseDue), Format::dateTime(t->resolutionDue));
        break;
    case Qt::ForegroundRole:
        if (index.column() == SlaColumn)
            return QBrush(SlaText::color(slaStatus(*t, now).state, QPalette()));
        if (index.column() == PriorityColumn && t->priority == TicketPriority::Urgent)
            return QBrush(SlaText::color(SlaState::Breached, QPalette()));
        if (!isUnresolved(t->status))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (t->status == TicketStatus::New && index.column() == SubjectColumn) {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        break;
    case IdRole:
        return t->id;
    case CustomerIdRole:
        return t->customerId;
    case SlaStateRole:
        return static_cast<int>(slaStatus(*t, now).state);
    default:
        break;
    }
    return {};
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case CustomerColumn:
        return tr("Customer");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case AgeColumn:
        return tr("Opened");
    case SlaColumn:
        return tr("SLA");
    }
    return {};
}

} // namespace rapport
