#pragma once

#include "campaigns/CampaignRepository.h"
#include "common/WindowedTableModel.h"

namespace rapport {

class Database;

// A campaign's audience as a windowed table (audiences can be tens of thousands): name, email, phone, status.
class MemberTableModel : public WindowedTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, PhoneColumn, StatusColumn, UpdatedColumn, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit MemberTableModel(Database& db, QObject* parent = nullptr);

    void setCampaign(qint64 campaignId, const std::optional<MemberStatus>& status = std::nullopt);
    qint64 campaignId() const { return m_campaignId; }
    const CampaignMember* memberAt(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Result<int> fetchCount() const override;
    Status fetchPage(int page, int offset, int limit) override;
    void dropPage(int page) override { m_cache.drop(page); }
    void dropAllPages() override { m_cache.clear(); }

private:
    Database& m_db;
    qint64 m_campaignId = 0;
    std::optional<MemberStatus> m_status;
    PageCache<CampaignMember> m_cache;
};

} // namespace rapport
