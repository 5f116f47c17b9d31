#include "CustomerTableModel.h"

#include "common/Format.h"
#include "common/Icons.h"
#include "analytics/ValueTiers.h"
#include "customers/CustomerRepository.h"

#include <QFont>
#include <QPalette>

#include <algorithm>

namespace rapport {

CustomerTableModel::CustomerTableModel(Database& db, QObject* parent) : WindowedTableModel(parent), m_db(db)
{
    setObjectName(QStringLiteral("customerTableModel"));
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<CustomerSort> CustomerTableModel::sortFor(int column)
{
    switch (column) {
    case NameColumn: return CustomerSort::Name;
    case CompanyColumn: return CustomerSort::Company;
    case EmailColumn: return CustomerSort::Email;
    case PhoneColumn: return CustomerSort::Phone;
    case TagsColumn: return CustomerSort::Tags;
    case ValueColumn: return CustomerSort::Value;
    case TierColumn: return CustomerSort::Tier;
    case LastContactColumn: return CustomerSort::LastContact;
    case OpenDealsColumn: return CustomerSort::OpenDeals;
    default: return std::nullopt;
    }
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (applySort(m_query, sortFor(column), order))
        reload();
}

void CustomerTableModel::setFilter(const CustomerQuery& filter)
{
    m_query = withSortOf(filter, m_query);
    reload();
}

void CustomerTableModel::setCurrency(const QString& currency)
{
    if (m_currency == currency)
        return;
    m_currency = currency;
    if (rowCount() > 0)
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

Result<int> CustomerTableModel::fetchCount() const
{
    if (!m_active)
        return 0;
    return CustomerRepository(m_db).count(m_query);
}

void CustomerTableModel::dropAllPages()
{
    m_cache.clear();
    m_ids.clear();
    m_haveIds = false;
}

Status CustomerTableModel::fetchPage(int page, int offset, int limit)
{
    CustomerRepository repo(m_db);
    // Near the top, LIMIT/OFFSET is quickest; near the end, the same in reverse order (the sort ends in the
    // id, so reversing it is exact); in between, read the ordered ids once and then by id.
    constexpr int kOffsetPages = 4;
    const int remaining = rowCount() - offset;
    if (!m_haveIds && page >= kOffsetPages && remaining > 0 && remaining <= kOffsetPages * limit) {
        CustomerQuery fromEnd = m_query;
        fromEnd.descending = !fromEnd.descending;
        fromEnd.limit = qMin(limit, remaining);
        fromEnd.offset = remaining - fromEnd.limit;
        fromEnd.matches = rowCount();
        auto rows = repo.list(fromEnd);
        if (!rows)
            return rows.error();
        QList<Customer> reversed = rows.take();
        std::reverse(reversed.begin(), reversed.end());
        m_cache.put(page, std::move(reversed));
        return Ok{};
    }
    if (!m_haveIds && page >= kOffsetPages) {
        CustomerQuery all = m_query;
        all.offset = 0;
        all.limit = -1;
        auto ids = repo.listIds(all);
        if (!ids)
            return ids.error();
        m_ids = ids.take();
        m_haveIds = true;
    }
    Result<QList<Customer>> rows = QList<Customer>{};
    if (m_haveIds) {
        rows = repo.getMany(m_ids.mid(offset, limit));
    } else {
        CustomerQuery q = m_query;
        q.offset = offset;
        q.limit = limit;
        q.matches = rowCount();
        rows = repo.list(q);
    }
    if (!rows)
        return rows.error();
    m_cache.put(page, rows.take());
    return Ok{};
}

const Customer* CustomerTableModel::customerAt(int row) const
{
    if (!ensureRow(row))
        return nullptr;
    return m_cache.row(pageOf(row), rowInPage(row));
}

qint64 CustomerTableModel::idAt(int row) const
{
    const Customer* c = customerAt(row);
    return c ? c->id : 0;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer* c = customerAt(index.row());
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return c->name;
        case CompanyColumn: return c->kind == CustomerKind::Company ? QString() : c->companyName;
        case EmailColumn: return c->email;
        case PhoneColumn: return c->phone.isEmpty() ? c->mobile : c->phone;
        case TagsColumn: return c->tags.join(QStringLiteral(", "));
        case ValueColumn: return c->lifetimeValue > 0 ? Format::money(c->lifetimeValue, m_currency) : QString();
        case TierColumn:
            return c->valueTier.isEmpty() ? QString() : ValueTiers::tierName(valueTierFromKey(c->valueTier));
        case LastContactColumn: return Format::relative(c->lastContactAt);
        case OpenDealsColumn: return c->openDeals > 0 ? QVariant(c->openDeals) : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == LastContactColumn && c->lastContactAt.isValid())
            return Format::dateTime(c->lastContactAt);
        if (index.column() == TagsColumn && !c->tags.isEmpty())
            return c->tags.join(QStringLiteral(", "));
        if (index.column() == TierColumn)
            return ValueTiers::tierHint(valueTierFromKey(c->valueTier));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == OpenDealsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (index.column() == TagsColumn && !c->tags.isEmpty())
            return Icons::swatches(c->tagColors);
        break;
    case Qt::ForegroundRole:
        if (c->isArchived())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case IdRole: return c->id;
    case KindRole: return customerKindKey(c->kind);
    case ArchivedRole: return c->isArchived();
    case TierRole: return c->valueTier;
    default: break;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == ValueColumn || section == OpenDealsColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case CompanyColumn: return tr("Company");
    case EmailColumn: return tr("Email");
    case PhoneColumn: return tr("Phone");
    case TagsColumn: return tr("Tags");
    case ValueColumn: return tr("Value");
    case TierColumn: return tr("Tier");
    case LastContactColumn: return tr("Last contact");
    case OpenDealsColumn: return tr("Open deals");
    }
    return {};
}

} // namespace rapport
