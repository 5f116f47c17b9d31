#include "CampaignRepository.h"

#include "Clock.h"
#include "Money.h"
#include "campaigns/SegmentRepository.h"
#include "campaigns/SegmentSql.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"
#include "safety/AuditLog.h"

namespace rapport {
namespace {

const QString kSelect = QStringLiteral("SELECT id, name, channel, budget_minor, currency, starts_on, ends_on, segment_id, "
                                       "notes, created_at, updated_at, archived_at FROM campaigns ");
const QString kNotOptedOut =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM campaign_members o WHERE o.customer_id = c.id AND o.status = 'opted_out')");
constexpr int kChunk = 500; // bound values per statement, well under SQLite's limit

Campaign readCampaign(const Query& q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.channel = CampaignText::channelFromKey(q.value(2).toString());
    c.budgetMinor = q.value(3).toLongLong();
    c.currency = q.value(4).toString();
    c.startsOn = fromStoredDate(q.value(5).toString());
    c.endsOn = fromStoredDate(q.value(6).toString());
    c.segmentId = q.value(7).toLongLong();
    c.notes = q.value(8).toString();
    c.createdAt = fromStoredInstant(q.value(9).toString());
    c.updatedAt = fromStoredInstant(q.value(10).toString());
    c.archivedAt = fromStoredInstant(q.value(11).toString());
    return c;
}

QVariantMap toColumns(const Campaign& c)
{
    auto date = [](const QDate& d) { return d.isValid() ? QVariant(toStoredDate(d)) : QVariant(); };
    return {{QStringLiteral("name"), c.name.trimmed()},
            {QStringLiteral("channel"), CampaignText::channelKey(c.channel)},
            {QStringLiteral("budget_minor"), c.budgetMinor},
            {QStringLiteral("currency"), c.currency.trimmed().toUpper()},
            {QStringLiteral("starts_on"), date(c.startsOn)},
            {QStringLiteral("ends_on"), date(c.endsOn)},
            {QStringLiteral("segment_id"), c.segmentId > 0 ? QVariant(c.segmentId) : QVariant()},
            {QStringLiteral("notes"), c.notes}};
}

QString marks(qsizetype n)
{
    QStringList list;
    list.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        list << QStringLiteral("?");
    return list.join(QLatin1Char(','));
}

} // namespace

CampaignRepository::CampaignRepository(Database& db) : m_db(db), m_store(db, tableSpec(Entity::Campaign)) {}

Status CampaignRepository::validate(const Campaign& c)
{
    if (c.name.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"), tr("A campaign needs a name."));
    if (c.name.size() > 200)
        return makeError(QStringLiteral("invalid"), tr("The name is too long (at most 200 characters)."));
    if (c.budgetMinor < 0)
        return makeError(QStringLiteral("invalid"), tr("The budget cannot be negative."));
    if (c.currency.trimmed().size() != 3)
        return makeError(QStringLiteral("invalid"), tr("The currency must be a three-letter code such as USD or CNY."));
    if (c.startsOn.isValid() && c.endsOn.isValid() && c.endsOn < c.startsOn)
        return makeError(QStringLiteral("invalid"), tr("The campaign ends before it starts."));
    return Ok{};
}

Result<qint64> CampaignRepository::create(const Campaign& campaign)
{
    if (auto valid = validate(campaign); !valid)
        return valid.error();
    return m_store.insert(toColumns(campaign));
}

Result<Campaign> CampaignRepository::get(qint64 id) const
{
    Query q(m_db.connection(), kSelect + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.asError();
    if (!q.next())
        return makeError(QStringLiteral("not_found"), tr("There is no campaign with number %1.").arg(id));
    return readCampaign(q);
}

Status CampaignRepository::update(const Campaign& campaign)
{
    if (auto valid = validate(campaign); !valid)
        return valid;
    return m_store.update(campaign.id, toColumns(campaign));
}

Status CampaignRepository::setArchived(qint64 id, bool archived)
{
    return m_store.setArchived(id, archived);
}

Status CampaignRepository::remove(qint64 id)
{
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    RecordStore deals(m_db, tableSpec(Entity::Deal));
    auto attributed = deals.idsWhere(QStringLiteral("campaign_id = ?"), {id});
    if (!attributed)
        return attributed.error();
    if (auto unlinked = deals.updateEach(attributed.value(), {{QStringLiteral("campaign_id"), QVariant()}}); !unlinked)
        return unlinked;
    const int members = memberCount(id).value();
    Query clear(m_db.connection(), QStringLiteral("DELETE FROM campaign_members WHERE campaign_id = ?"));
    clear.bind(id);
    if (!clear.exec())
        return clear.asError();
    if (members > 0) {
        if (auto logged = logMembers(id, QStringLiteral("delete"), {{QStringLiteral("removed"), members}}); !logged)
            return logged;
    }
    if (auto removed = m_store.remove(id); !removed)
        return removed;
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

Result<QList<Campaign>> CampaignRepository::list(bool includeArchived) const
{
    const QString where = includeArchived ? QString() : QStringLiteral("WHERE archived_at IS NULL ");
    return fetchAll<Campaign>(m_db.connection(),
                              kSelect + where + QStringLiteral("ORDER BY coalesce(starts_on, created_at) DESC, id DESC"),
                              {}, readCampaign);
}

// Member changes are not rows of an audited table; each batch is one entry in the history of the campaign's
// audience ("campaign_audience"), so the log shows who changed what without a row per member.
Status CampaignRepository::logMembers(qint64 campaignId, const QString& action, const QVariantMap& after)
{
    AuditLog log(m_db);
    return log.append(QStringLiteral("campaign_audience"), campaignId, action, {}, after);
}

Result<int> CampaignRepository::buildAudience(qint64 campaignId)
{
    auto campaign = get(campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign.value().segmentId <= 0)
        return makeError(QStringLiteral("invalid"), tr("Choose a segment for the campaign first."));
    auto segment = SegmentRepository(m_db).get(campaign.value().segmentId);
    if (!segment)
        return segment.error();
    auto where = SegmentSql::condition(segment.value());
    if (!where)
        return where.error();
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    Query insert(m_db.connection(),
                 QStringLiteral("INSERT OR IGNORE INTO campaign_members (campaign_id, customer_id, status, updated_at) "
                                "SELECT ?, c.id, 'targeted', ? FROM customers c WHERE %1 AND %2")
                     .arg(where.value().sql, kNotOptedOut));
    insert.bindAll({campaignId, toStoredInstant(Clock::nowUtc())});
    for (const auto& v : where.value().values)
        insert.bind(v);
    if (!insert.exec())
        return insert.asError();
    const int added = insert.rowsAffected();
    if (added > 0) {
        if (auto logged = logMembers(campaignId, QStringLiteral("insert"),
                                     {{QStringLiteral("segment_id"), segment.value().id},
                                      {QStringLiteral("segment"), segment.value().name},
                                      {QStringLiteral("added"), added}});
            !logged)
            return logged.error();
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    if (added > 0)
        m_db.announce(Entity::Campaign, campaignId, ChangeKind::Bulk);
    return added;
}

Result<int> CampaignRepository::addMembers(qint64 campaignId, const QList<qint64>& customerIds)
{
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    const QString now = toStoredInstant(Clock::nowUtc());
    int added = 0;
    for (qsizetype from = 0; from < customerIds.size(); from += kChunk) {
        const QList<qint64> chunk = customerIds.mid(from, kChunk);
        Query insert(m_db.connection(),
                     QStringLiteral("INSERT OR IGNORE INTO campaign_members (campaign_id, customer_id, status, updated_at) "
                                    "SELECT ?, c.id, 'targeted', ? FROM customers c WHERE c.id IN (%1) AND %2")
                         .arg(marks(chunk.size()), kNotOptedOut));
        insert.bindAll({campaignId, now});
        for (qint64 id : chunk)
            insert.bind(id);
        if (!insert.exec())
            return insert.asError();
        added += insert.rowsAffected();
    }
    if (added > 0) {
        if (auto logged = logMembers(campaignId, QStringLiteral("insert"), {{QStringLiteral("added"), added}}); !logged)
            return logged.error();
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    if (added > 0)
        m_db.announce(Entity::Campaign, campaignId, ChangeKind::Bulk);
    return added;
}

Status CampaignRepository::removeMembers(qint64 campaignId, const QList<qint64>& customerIds)
{
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    int removed = 0;
    for (qsizetype from = 0; from < customerIds.size(); from += kChunk) {
        const QList<qint64> chunk = customerIds.mid(from, kChunk);
        Query del(m_db.connection(), QStringLiteral("DELETE FROM campaign_members WHERE campaign_id = ? AND customer_id IN (%1)")
                                         .arg(marks(chunk.size())));
        del.bind(campaignId);
        for (qint64 id : chunk)
            del.bind(id);
        if (!del.exec())
            return del.asError();
        removed += del.rowsAffected();
    }
    if (removed > 0) {
        if (auto logged = logMembers(campaignId, QStringLiteral("delete"), {{QStringLiteral("removed"), removed}}); !logged)
            return logged;
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    if (removed > 0)
        m_db.announce(Entity::Campaign, campaignId, ChangeKind::Bulk);
    return Ok{};
}

Result<int> CampaignRepository::setStatus(qint64 campaignId, const QList<qint64>& customerIds, MemberStatus status)
{
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    const QString key = CampaignText::statusKey(status);
    const QString now = toStoredInstant(Clock::nowUtc());
    QStringList changed;
    for (qsizetype from = 0; from < customerIds.size(); from += kChunk) {
        const QList<qint64> chunk = customerIds.mid(from, kChunk);
        const QString in = marks(chunk.size());
        Query which(m_db.connection(), QStringLiteral("SELECT customer_id FROM campaign_members WHERE campaign_id = ? "
                                                      "AND status <> ? AND customer_id IN (%1)").arg(in));
        which.bindAll({campaignId, key});
        for (qint64 id : chunk)
            which.bind(id);
        if (!which.exec())
            return which.asError();
        const qsizetype before = changed.size();
        while (which.next())
            changed << which.value(0).toString();
        if (changed.size() == before)
            continue;
        Query update(m_db.connection(), QStringLiteral("UPDATE campaign_members SET status = ?, updated_at = ? "
                                                       "WHERE campaign_id = ? AND status <> ? AND customer_id IN (%1)")
                                            .arg(in));
        update.bindAll({key, now, campaignId, key});
        for (qint64 id : chunk)
            update.bind(id);
        if (!update.exec())
            return update.asError();
    }
    if (!changed.isEmpty()) {
        if (auto logged = logMembers(campaignId, QStringLiteral("update"),
                                     {{QStringLiteral("status"), key},
                                      {QStringLiteral("customers"), changed.join(QLatin1Char(','))}});
            !logged)
            return logged.error();
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    if (!changed.isEmpty())
        m_db.announce(Entity::Campaign, campaignId, ChangeKind::Bulk);
    return static_cast<int>(changed.size());
}

Result<QList<CampaignMember>> CampaignRepository::members(qint64 campaignId, const MemberQuery& query) const
{
    QString sql = QStringLiteral("SELECT m.customer_id, c.name, c.email, CASE WHEN c.phone <> '' THEN c.phone ELSE c.mobile END, "
                                 "m.status, m.updated_at FROM campaign_members m JOIN customers c ON c.id = m.customer_id "
                                 "WHERE m.campaign_id = ?");
    QVariantList values{campaignId};
    if (query.status) {
        sql += QStringLiteral(" AND m.status = ?");
        values << CampaignText::statusKey(*query.status);
    }
    sql += QStringLiteral(" ORDER BY c.name COLLATE NOCASE, c.id LIMIT ? OFFSET ?");
    values << query.limit << query.offset;
    return fetchAll<CampaignMember>(m_db.connection(), sql, values, [](const Query& q) {
        CampaignMember m;
        m.customerId = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.email = q.value(2).toString();
        m.phone = q.value(3).toString();
        m.status = CampaignText::statusFromKey(q.value(4).toString()).value_or(MemberStatus::Targeted);
        m.updatedAt = fromStoredInstant(q.value(5).toString());
        return m;
    });
}

Result<int> CampaignRepository::memberCount(qint64 campaignId, const std::optional<MemberStatus>& status) const
{
    if (status)
        return fetchCount(m_db.connection(),
                          QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = ? AND status = ?"),
                          {campaignId, CampaignText::statusKey(*status)});
    return fetchCount(m_db.connection(), QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = ?"),
                      {campaignId});
}

Status CampaignRepository::attributeDeal(qint64 dealId, qint64 campaignId)
{
    if (campaignId > 0) {
        if (auto campaign = get(campaignId); !campaign)
            return campaign.error();
    }
    RecordStore deals(m_db, tableSpec(Entity::Deal));
    return deals.update(dealId, {{QStringLiteral("campaign_id"), campaignId > 0 ? QVariant(campaignId) : QVariant()}});
}

Result<CampaignResults> CampaignRepository::results(qint64 campaignId) const
{
    auto campaign = get(campaignId);
    if (!campaign)
        return campaign.error();
    CampaignResults r;
    r.budgetMinor = campaign.value().budgetMinor;
    r.currency = campaign.value().currency;
    Query byStatus(m_db.connection(),
                   QStringLiteral("SELECT status, count(*) FROM campaign_members WHERE campaign_id = ? GROUP BY status"));
    byStatus.bind(campaignId);
    if (!byStatus.exec())
        return byStatus.asError();
    while (byStatus.next()) {
        if (auto s = CampaignText::statusFromKey(byStatus.value(0).toString())) {
            r.byStatus[static_cast<size_t>(*s)] = byStatus.value(1).toLongLong();
            r.members += byStatus.value(1).toLongLong();
        }
    }
    const qint64 converted = r.byStatus[static_cast<size_t>(MemberStatus::Converted)];
    const qint64 responded = r.byStatus[static_cast<size_t>(MemberStatus::Responded)] + converted;
    r.responseRate = Ratio{responded, r.members};
    r.conversionRate = Ratio{converted, r.members};

    Query deals(m_db.connection(), QStringLiteral("SELECT status, currency = ?, count(*), coalesce(sum(amount_minor), 0) "
                                                  "FROM deals WHERE campaign_id = ? GROUP BY 1, 2"));
    deals.bindAll({r.currency, campaignId});
    if (!deals.exec())
        return deals.asError();
    while (deals.next()) {
        const QString status = deals.value(0).toString();
        const bool sameCurrency = deals.value(1).toInt() != 0;
        const qint64 count = deals.value(2).toLongLong();
        if (status == QLatin1String("open")) {
            r.openDeals += count;
        } else if (status == QLatin1String("won")) {
            if (sameCurrency) {
                r.wonDeals += count;
                r.wonRevenueMinor += deals.value(3).toLongLong();
            } else {
                r.otherCurrencyDeals += count;
            }
        }
    }
    if (converted > 0)
        r.costPerConversionMinor = r.budgetMinor / converted;
    if (r.budgetMinor > 0)
        r.roi = static_cast<double>(r.wonRevenueMinor - r.budgetMinor) / static_cast<double>(r.budgetMinor);
    return r;
}

} // namespace rapport
