#include "MemberTableModel.h"

#include "common/Format.h"

namespace rapport {

MemberTableModel::MemberTableModel(Database& db, QObject* parent) : WindowedTableModel(parent), m_db(db) {}

void MemberTableModel::setCampaign(qint64 campaignId, const std::optional<MemberStatus>& status)
{
    m_campaignId = campaignId;
    m_status = status;
    reload();
}

const CampaignMember* MemberTableModel::memberAt(int row) const
{
    if (!ensureRow(row))
        return nullptr;
    return m_cache.row(pageOf(row), rowInPage(row));
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const CampaignMember* m = memberAt(index.row());
    if (!m)
        return {};
    if (role == CustomerIdRole)
        return m->customerId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return m->name;
    case EmailColumn: return m->email;
    case PhoneColumn: return m->phone;
    case StatusColumn: return CampaignText::statusName(m->status);
    case UpdatedColumn: return Format::relative(m->updatedAt);
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case PhoneColumn: return tr("Phone");
    case StatusColumn: return tr("Status");
    case UpdatedColumn: return tr("Changed");
    }
    return {};
}

Result<int> MemberTableModel::fetchCount() const
{
    if (m_campaignId <= 0)
        return 0;
    return CampaignRepository(m_db).memberCount(m_campaignId, m_status);
}

Status MemberTableModel::fetchPage(int page, int offset, int limit)
{
    auto rows = CampaignRepository(m_db).members(m_campaignId, MemberQuery{m_status, offset, limit});
    if (!rows)
        return rows.error();
    m_cache.put(page, rows.take());
    return Ok{};
}

} // namespace rapport
