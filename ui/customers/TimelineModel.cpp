#include "TimelineModel.h"

#include "common/Format.h"

namespace rapport {

TimelineModel::TimelineModel(Database& db, QObject* parent) : QAbstractListModel(parent), m_db(db)
{
    setObjectName(QStringLiteral("timelineModel"));
}

void TimelineModel::setCustomer(qint64 customerId)
{
    m_scope = Scope::Customer;
    m_customerId = customerId;
    reload();
}

void TimelineModel::setDeal(qint64 dealId)
{
    m_scope = Scope::Deal;
    m_customerId = dealId;
    reload();
}

void TimelineModel::setTicket(qint64 ticketId)
{
    m_scope = Scope::Ticket;
    m_customerId = ticketId;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_atEnd = m_customerId <= 0;
    if (!m_atEnd)
        m_entries = readMore();
    endResetModel();
}

QList<TimelineEntry> TimelineModel::readMore()
{
    const TimelineQuery query(m_db);
    const int offset = static_cast<int>(m_entries.size());
    auto more = m_scope == Scope::Deal     ? query.forDeal(m_customerId, m_batch, offset)
                : m_scope == Scope::Ticket ? query.forTicket(m_customerId, m_batch, offset)
                                           : query.forCustomer(m_customerId, m_batch, offset);
    if (!more) {
        m_atEnd = true;
        emit loadFailed(more.error().message);
        return {};
    }
    QList<TimelineEntry> rows = more.take();
    m_atEnd = rows.size() < m_batch;
    return rows;
}

const TimelineEntry* TimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    // Views (and model testers) may ask again while the insertion below is being announced.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    const QList<TimelineEntry> rows = readMore();
    if (!rows.isEmpty()) {
        const int first = static_cast<int>(m_entries.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_entries << rows;
        endInsertRows();
    }
    m_fetching = false;
}

QString TimelineModel::title(const TimelineEntry& e) const
{
    switch (e.kind) {
    case TimelineEntry::Kind::Activity: {
        QString text = Format::activityKind(e.activityKind);
        const QString length = Format::duration(e.durationMinutes);
        if (!length.isEmpty())
            text = tr("%1 · %2").arg(text, length);
        return text;
    }
    case TimelineEntry::Kind::StageChange:
        if (e.fromStage.isEmpty())
            return tr("New deal “%1” in %2").arg(e.title, Format::stageName(e.toStage));
        return tr("Deal “%1” moved to %2").arg(e.title, Format::stageName(e.toStage));
    case TimelineEntry::Kind::TicketOpened: return tr("Ticket opened: %1").arg(e.title);
    case TimelineEntry::Kind::TicketResolved: return tr("Ticket resolved: %1").arg(e.title);
    case TimelineEntry::Kind::TaskDone: return tr("Task done: %1").arg(e.title);
    }
    return e.title;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return title(e);
    case DetailRole:
        if (e.kind == TimelineEntry::Kind::Activity) {
            if (e.detail.isEmpty())
                return e.title;
            return e.title.isEmpty() ? e.detail : e.title + QStringLiteral(" — ") + e.detail;
        }
        if (e.kind == TimelineEntry::Kind::StageChange && !e.fromStage.isEmpty())
            return tr("from %1").arg(Format::stageName(e.fromStage));
        return e.detail;
    case Qt::ToolTipRole: return Format::dateTime(e.at);
    case WhenRole: return Format::dateTime(e.at);
    case IconRole:
        switch (e.kind) {
        case TimelineEntry::Kind::Activity:
            switch (e.activityKind) {
            case ActivityKind::Call: return QStringLiteral("call");
            case ActivityKind::Email: return QStringLiteral("email");
            case ActivityKind::Meeting: return QStringLiteral("meeting");
            case ActivityKind::Note: return QStringLiteral("note");
            case ActivityKind::Message: return QStringLiteral("message");
            }
            break;
        case TimelineEntry::Kind::StageChange: return QStringLiteral("deals");
        case TimelineEntry::Kind::TicketOpened: return QStringLiteral("tickets");
        case TimelineEntry::Kind::TicketResolved: return QStringLiteral("done");
        case TimelineEntry::Kind::TaskDone: return QStringLiteral("tasks");
        }
        return QStringLiteral("note");
    case KindRole: return static_cast<int>(e.kind);
    case EntryIdRole: return e.id;
    case ActivityKindRole: return static_cast<int>(e.activityKind);
    default: break;
    }
    return {};
}

} // namespace rapport
