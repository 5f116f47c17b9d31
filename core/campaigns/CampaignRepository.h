#pragma once

#include "Result.h"
#include "campaigns/Campaign.h"
#include "db/RecordStore.h"

#include <QList>

#include <optional>

namespace rapport {

class Database;

struct MemberQuery
{
    std::optional<MemberStatus> status; // only members with this status
    int offset = 0;
    int limit = 200; // < 0 = all
};

// Campaigns (audited records), their audience and their results.
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(rapport::CampaignRepository)

public:
    explicit CampaignRepository(Database& db);

    static Status validate(const Campaign& campaign);
    Result<qint64> create(const Campaign& campaign);
    Result<Campaign> get(qint64 id) const;
    Status update(const Campaign& campaign);
    Status setArchived(qint64 id, bool archived);
    // Deletes the campaign and its audience; attributed deals stay, unattributed.
    Status remove(qint64 id);
    Result<QList<Campaign>> list(bool includeArchived = false) const;

    // Adds the customers the campaign's segment matches now (a snapshot: later changes to the segment do not
    // move the audience). Members already there keep their status; customers who opted out of any campaign
    // are left out. Returns how many were added.
    Result<int> buildAudience(qint64 campaignId);
    // Adds the given customers (same rules as buildAudience).
    Result<int> addMembers(qint64 campaignId, const QList<qint64>& customerIds);
    Status removeMembers(qint64 campaignId, const QList<qint64>& customerIds);
    // Sets the status of these members; an opted-out member stays opted out. Returns how many changed.
    Result<int> setStatus(qint64 campaignId, const QList<qint64>& customerIds, MemberStatus status);
    Result<QList<CampaignMember>> members(qint64 campaignId, const MemberQuery& query = {}) const;
    Result<int> memberCount(qint64 campaignId, const std::optional<MemberStatus>& status = std::nullopt) const;

    // Links a deal to the campaign (0 = unlink), through the audited deal record.
    Status attributeDeal(qint64 dealId, qint64 campaignId);
    Result<CampaignResults> results(qint64 campaignId) const;

private:
    Status logMembers(qint64 campaignId, const QString& action, const QVariantMap& after);

    Database& m_db;
    RecordStore m_store;
};

} // namespace rapport
