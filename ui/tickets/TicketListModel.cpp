#include "TicketListModel.h"

#include "Clock.h"
#include "common/Format.h"
#include "tickets/TicketRepository.h"

#include <QBrush>
#include <QColor>

namespace rapport {

TicketListModel::TicketListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    setObjectName(QStringLiteral("ticketListModel"));
}

void TicketListModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void TicketListModel::reload()
{
    beginResetModel();
    m_tickets.clear();
    if (m_customerId > 0) {
        TicketQuery q;
        q.customerId = m_customerId;
        q.limit = 500;
        auto tickets = TicketRepository(m_db).list(q);
        if (tickets)
            m_tickets = tickets.take();
        else
            emit loadFailed(tickets.error().message);
    }
    endResetModel();
}

const Ticket* TicketListModel::ticketAt(int row) const
{
    return row >= 0 && row < m_tickets.size() ? &m_tickets.at(row) : nullptr;
}

int TicketListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket& t = m_tickets.at(index.row());
    const bool open = t.status == TicketStatus::New || t.status == TicketStatus::Open || t.status == TicketStatus::Pending;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SubjectColumn: return t.subject;
        case StatusColumn: return Format::ticketStatus(t.status);
        case PriorityColumn: return Format::ticketPriority(t.priority);
        case OpenedColumn: return Format::date(t.createdAt.toLocalTime().date());
        case DueColumn: return open ? Format::dateTime(t.resolutionDue) : QString();
        }
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == DueColumn && open && t.resolutionDue.isValid() && t.resolutionDue < Clock::nowUtc())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (!open)
            return QBrush(QColor(0x88, 0x88, 0x88));
    } else if (role == IdRole) {
        return t.id;
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn: return tr("Subject");
    case StatusColumn: return tr("Status");
    case PriorityColumn: return tr("Priority");
    case OpenedColumn: return tr("Opened");
    case DueColumn: return tr("Resolution due");
    }
    return {};
}

} // namespace rapport
