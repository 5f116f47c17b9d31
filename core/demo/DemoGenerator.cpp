#include "DemoGenerator.h"

#include <QHash>

#include "DemoCampaigns.h"

#include "Clock.h"
#include "analytics/Kpis.h"
#include "analytics/ValueTiers.h"
#include "db/BulkInserter.h"
#include "db/BulkLoad.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"
#include "demo/DemoData.h"
#include "safety/AuditLog.h"
#include "tickets/SlaPolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>

#include <cmath>

namespace rapport {
namespace {

using demo::DemoPools;
using demo::Random;

constexpr qint64 kDay = 24 * 3600;

QVariant instant(const QDateTime& t)
{
    return t.isValid() ? QVariant(toStoredInstant(t)) : QVariant();
}

// Draws a count with the given mean: a skewed spread so some customers are busy and many are quiet.
int drawCount(Random& rng, double mean)
{
    static const double shape[] = {0, 0, 0.5, 1, 1, 1, 1.5, 2, 2, 3};
    const double v = shape[rng.below(10)] * mean;
    const double whole = std::floor(v);
    return static_cast<int>(whole) + (rng.chance(v - whole) ? 1 : 0);
}

QDateTime randomBetween(Random& rng, const QDateTime& from, const QDateTime& to)
{
    const qint64 span = qMax<qint64>(1, from.secsTo(to));
    return from.addSecs(static_cast<qint64>(rng.next() % static_cast<quint64>(span)));
}

struct Person
{
    QString name;
    QString email;
    QString phone;
    bool chinese = false;
};

class Generator
{
public:
    Generator(Database& db, const DemoOptions& options)
        : m_db(db), m_options(options), m_rng(options.seed), m_pools(DemoPools::instance()), m_now(Clock::nowUtc()),
          m_start(m_now.addMonths(-24)), m_audit(db),
          m_customers(db, tableSpec(Entity::Customer), m_audit), m_deals(db, tableSpec(Entity::Deal), m_audit),
          m_tickets(db, tableSpec(Entity::Ticket), m_audit), m_activities(db, tableSpec(Entity::Activity), m_audit),
          m_tasks(db, tableSpec(Entity::Task), m_audit),
          m_history(db.connection(), QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, "
                                                    "to_stage_id, changed_at) VALUES (?, ?, ?, ?)")),
          m_tagLink(db.connection(), QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                                                    "SELECT ?, id FROM tags WHERE name = ?"))
    {
    }

    Result<DemoSummary> run(const std::function<bool(int, int)>& progress)
    {
        // A few tags carry a colour, as an owner would give their most important ones.
        const QHash<QString, QString> colors = {{QStringLiteral("VIP"), QStringLiteral("#d32f2f")},
                                                {QStringLiteral("重点客户"), QStringLiteral("#ef6c00")},
                                                {QStringLiteral("Wholesale"), QStringLiteral("#1976d2")},
                                                {QStringLiteral("批发"), QStringLiteral("#1976d2")},
                                                {QStringLiteral("Referral partner"), QStringLiteral("#388e3c")}};
        for (const QString& tag : m_pools.tags) {
            Query q(m_db.connection(), QStringLiteral("INSERT OR IGNORE INTO tags (name, color) VALUES (?, ?)"));
            q.bind(tag);
            q.bind(colors.value(tag, QStringLiteral(""))); // not null: the column is NOT NULL
            if (!q.exec())
                return q.asError();
        }
        for (int i = 0; i < m_options.customers; ++i) {
            if (auto made = customer(); !made)
                return made.error();
            if (progress && (i % 500 == 0 || i + 1 == m_options.customers) && !progress(i + 1, m_options.customers))
                return makeError(QStringLiteral("cancelled"),
                                 QCoreApplication::translate("rapport::DemoGenerator", "Cancelled; nothing was added."));
        }
        return m_summary;
    }

private:
    Person makePerson(bool chinese)
    {
        Person p;
        p.chinese = chinese;
        const int serial = m_rng.between(1, 999);
        if (chinese) {
            const auto& surname = m_rng.pick(m_pools.chineseSurnames);
            const auto& given = m_rng.pick(m_pools.chineseGivenNames);
            p.name = surname.hanzi + given.hanzi;
            p.email = given.pinyin + QLatin1Char('.') + surname.pinyin + QString::number(serial) +
                      QStringLiteral("@example.cn");
            p.phone = QStringLiteral("1%1%2").arg(m_rng.between(30, 89)).arg(m_rng.between(10000000, 99999999));
        } else {
            const QString first = m_rng.pick(m_pools.firstNames);
            const QString last = m_rng.pick(m_pools.lastNames);
            p.name = first + QLatin1Char(' ') + last;
            QString local = (first + QLatin1Char('.') + last).toLower();
            local.remove(QLatin1Char('\''));
            p.email = local + QString::number(serial) + QStringLiteral("@example.com");
            p.phone = QStringLiteral("+1 555-%1-%2").arg(m_rng.between(200, 999)).arg(m_rng.between(1000, 9999));
        }
        return p;
    }

    Status customer()
    {
        const bool company = m_rng.chance(0.3);
        const bool chinese = m_rng.chance(0.45);
        const QDateTime created = randomBetween(m_rng, m_start, m_now.addDays(-1));
        Person contact = makePerson(chinese);
        QString name = contact.name;
        qint64 companyId = 0;
        QString jobTitle;
        QString website;
        if (company) {
            name = chinese ? m_rng.pick(m_pools.chineseCompanyWords) + m_rng.pick(m_pools.chineseCompanySuffixes)
                           : m_rng.pick(m_pools.companyWords) + QLatin1Char(' ') + m_rng.pick(m_pools.companySuffixes);
            website = chinese ? QStringLiteral("https://www.example.cn") : QStringLiteral("https://www.example.com");
        } else {
            if (!m_companies.empty() && m_rng.chance(0.55))
                companyId = m_rng.pick(m_companies);
            jobTitle = companyId ? (chinese ? m_rng.pick(m_pools.chineseJobTitles) : m_rng.pick(m_pools.jobTitles))
                                 : QStringLiteral("");
        }
        const QString city = chinese ? m_rng.pick(m_pools.chineseCities) : m_rng.pick(m_pools.cities);
        const QString street = chinese ? QStringLiteral("%1路 %2 号").arg(m_rng.pick(m_pools.chineseCompanyWords))
                                             .arg(m_rng.between(1, 300))
                                       : QStringLiteral("%1 %2").arg(m_rng.between(1, 2400)).arg(m_rng.pick(m_pools.streets));
        QVariant birthday;
        if (!company && m_rng.chance(0.6))
            birthday = toStoredDate(QDate(m_rng.between(1955, 2002), m_rng.between(1, 12), m_rng.between(1, 28)));
        QStringList tags;
        for (int t = m_rng.below(3); t > 0; --t)
            tags << m_rng.pick(m_pools.tags);
        const QVariant archived = m_rng.chance(0.02) ? instant(randomBetween(m_rng, created, m_now)) : QVariant();

        auto linkTags = [this, &tags](qint64 id) -> Status {
            for (const QString& tag : tags) {
                m_tagLink.bindAll({id, tag});
                if (!m_tagLink.exec())
                    return m_tagLink.asError();
            }
            return Ok{};
        };
        auto id = m_customers.insert(
            {company ? QStringLiteral("company") : QStringLiteral("person"), name,
             companyId ? QVariant(companyId) : QVariant(), jobTitle, contact.email, QStringLiteral(""),
             company ? contact.phone : QStringLiteral(""), company ? QStringLiteral("") : contact.phone, website,
             street, city, QStringLiteral(""), QString::number(m_rng.between(10000, 99999)),
             chinese ? QStringLiteral("CN") : QStringLiteral("US"), birthday, m_rng.pick(m_pools.sources),
             m_rng.chance(0.2) ? (chinese ? QStringLiteral("喜欢微信联系，周末不方便接电话。")
                                          : QStringLiteral("Prefers email. Pays on time."))
                               : QStringLiteral(""),
             toStoredInstant(created), toStoredInstant(created), archived},
            {{QStringLiteral("tags"), renderTagList(tags)}}, linkTags);
        if (!id)
            return id.error();
        if (company) {
            m_companies.push_back(id.value());
            ++m_summary.companies;
        } else {
            ++m_summary.people;
        }
        return history(id.value(), chinese, created);
    }

    Status history(qint64 customerId, bool chinese, const QDateTime& since)
    {
        for (int n = drawCount(m_rng, m_options.dealsPerCustomer); n > 0; --n) {
            if (auto made = deal(customerId, chinese, since); !made)
                return made;
        }
        for (int n = drawCount(m_rng, m_options.ticketsPerCustomer); n > 0; --n) {
            if (auto made = ticket(customerId, chinese, since); !made)
                return made;
        }
        for (int n = drawCount(m_rng, m_options.activitiesPerCustomer); n > 0; --n) {
            if (auto made = activity(customerId, 0, chinese, randomBetween(m_rng, since, m_now)); !made)
                return made.error();
        }
        for (int n = drawCount(m_rng, m_options.tasksPerCustomer); n > 0; --n) {
            if (auto made = task(customerId); !made)
                return made;
        }
        return Ok{};
    }

    Status deal(qint64 customerId, bool chinese, const QDateTime& since)
    {
        // Stage ids of the default pipeline: 1-4 open, 5 won, 6 lost.
        const QDateTime created = randomBetween(m_rng, since, m_now);
        const bool old = created.daysTo(m_now) > 120;
        const int roll = m_rng.below(100);
        // Deals older than four months are settled: an owner's board holds this season's business.
        int outcome = old ? (roll < 46 ? 5 : 6) : (roll < 22 ? 5 : roll < 42 ? 6 : 0);
        const int lastOpenStage = outcome == 5 ? 4 : m_rng.between(1, 4);
        QList<std::pair<qint64, QDateTime>> path{{1, created}};
        QDateTime at = created;
        for (int stage = 2; stage <= lastOpenStage; ++stage) {
            if (stage < lastOpenStage && m_rng.chance(0.12))
                continue; // deals sometimes skip a stage
            at = at.addSecs(m_rng.between(2, 25) * kDay + m_rng.below(8 * 3600));
            path.append({stage, at});
        }
        if (outcome != 0) {
            at = at.addSecs(m_rng.between(1, 20) * kDay + m_rng.below(8 * 3600));
            path.append({outcome, at});
        }
        while (path.size() > 1 && path.last().second > m_now) {
            path.removeLast(); // the future has not happened yet
            outcome = 0;
        }
        const qint64 stageId = path.last().first;
        if (stageId <= 4)
            outcome = 0;
        const QString status = outcome == 5 ? QStringLiteral("won") : outcome == 6 ? QStringLiteral("lost") : QStringLiteral("open");
        const QDateTime closed = outcome ? path.last().second : QDateTime();
        const QDate expected = outcome ? closed.date() : created.date().addDays(m_rng.between(20, 120));
        const qint64 amount = static_cast<qint64>(m_rng.between(2, 500)) * (m_rng.chance(0.2) ? 10000 : 1000);
        const QString title = chinese ? m_rng.pick(m_pools.chineseProducts) : m_rng.pick(m_pools.products);
        auto id = m_deals.insert({customerId, QVariant(), title, amount, m_options.currency, stageId, status,
                                  toStoredDate(expected),
                                  outcome == 6 ? m_rng.pick(m_pools.lostReasons) : QStringLiteral(""), QVariant(),
                                  QStringLiteral(""), toStoredInstant(created), toStoredInstant(path.last().second),
                                  toStoredInstant(path.last().second), instant(closed), QVariant()});
        if (!id)
            return id.error();
        qint64 from = 0;
        for (const auto& [stage, when] : path) {
            m_history.bindAll({id.value(), from ? QVariant(from) : QVariant(), stage, toStoredInstant(when)});
            if (!m_history.exec())
                return m_history.asError();
            from = stage;
        }
        ++m_summary.deals;
        if (m_rng.chance(0.6)) {
            if (auto logged = activity(customerId, id.value(), chinese, randomBetween(m_rng, created, path.last().second));
                !logged)
                return logged.error();
        }
        return Ok{};
    }

    Status ticket(qint64 customerId, bool chinese, const QDateTime& since)
    {
        const QDateTime created = randomBetween(m_rng, since, m_now);
        const int p = m_rng.below(100);
        const TicketPriority priority = p < 20   ? TicketPriority::Low
                                        : p < 70 ? TicketPriority::Normal
                                        : p < 92 ? TicketPriority::High
                                                 : TicketPriority::Urgent;
        const SlaRule sla = SlaPolicy::rule(m_db, priority);
        const qint64 firstLimit = sla.firstResponseMinutes * 60LL;
        const qint64 resolveLimit = sla.resolutionMinutes * 60LL;
        QDateTime firstResponse = created.addSecs(m_rng.chance(0.85) ? m_rng.below(static_cast<int>(firstLimit))
                                                                    : firstLimit + m_rng.below(static_cast<int>(firstLimit * 2)));
        QDateTime resolved = created.addSecs(m_rng.chance(0.8) ? m_rng.below(static_cast<int>(resolveLimit))
                                                               : resolveLimit + m_rng.below(static_cast<int>(resolveLimit * 2)));
        if (resolved < firstResponse)
            resolved = firstResponse.addSecs(m_rng.between(600, 7200));
        const bool settled = created.daysTo(m_now) > 14 ? m_rng.chance(0.92) : m_rng.chance(0.45);
        if (firstResponse > m_now)
            firstResponse = QDateTime();
        if (!settled || !firstResponse.isValid() || resolved > m_now)
            resolved = QDateTime();
        QDateTime closed;
        if (resolved.isValid() && m_rng.chance(0.6))
            closed = qMin(m_now, resolved.addSecs(3 * kDay));
        const QString status = closed.isValid()     ? QStringLiteral("closed")
                               : resolved.isValid() ? QStringLiteral("resolved")
                               : firstResponse.isValid() ? (m_rng.chance(0.3) ? QStringLiteral("pending") : QStringLiteral("open"))
                                                         : QStringLiteral("new");
        QVariant satisfaction;
        if (resolved.isValid() && m_rng.chance(0.7)) {
            const int s = m_rng.below(100);
            satisfaction = s < 45 ? 5 : s < 75 ? 4 : s < 87 ? 3 : s < 95 ? 2 : 1;
        }
        const QString subject = chinese ? m_rng.pick(m_pools.chineseTicketSubjects) : m_rng.pick(m_pools.ticketSubjects);
        static const QStringList channels = {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("chat"),
                                             QStringLiteral("web"), QStringLiteral("in_person")};
        const QDateTime last = closed.isValid() ? closed : resolved.isValid() ? resolved
                                                         : firstResponse.isValid() ? firstResponse : created;
        auto id = m_tickets.insert(
            {customerId, QVariant(), subject, QStringLiteral(""), status, ticketPriorityKey(priority),
             channels.at(m_rng.below(static_cast<int>(channels.size()))), toStoredInstant(created), toStoredInstant(last),
             toStoredInstant(created.addSecs(firstLimit)), toStoredInstant(created.addSecs(resolveLimit)),
             instant(firstResponse), instant(resolved), instant(closed),
             resolved.isValid() ? (chinese ? QStringLiteral("已处理并回访客户。") : QStringLiteral("Fixed and confirmed with the customer."))
                                : QStringLiteral(""),
             satisfaction, QStringLiteral(""), QVariant()});
        if (!id)
            return id.error();
        ++m_summary.tickets;
        if (firstResponse.isValid()) {
            // The reply that set the first response time is on the ticket's conversation.
            auto reply = m_activities.insert({customerId, QVariant(), id.value(), QStringLiteral("email"),
                                              QStringLiteral("outbound"), toStoredInstant(firstResponse),
                                              chinese ? QStringLiteral("回复：") + subject : QStringLiteral("Re: ") + subject,
                                              QStringLiteral(""), 0, toStoredInstant(firstResponse),
                                              toStoredInstant(firstResponse)});
            if (!reply)
                return reply.error();
            ++m_summary.activities;
        }
        return Ok{};
    }

    Result<qint64> activity(qint64 customerId, qint64 dealId, bool chinese, const QDateTime& at)
    {
        static const QStringList kinds = {QStringLiteral("call"), QStringLiteral("call"), QStringLiteral("email"),
                                          QStringLiteral("email"), QStringLiteral("meeting"), QStringLiteral("note"),
                                          QStringLiteral("message")};
        const QString kind = kinds.at(m_rng.below(static_cast<int>(kinds.size())));
        const QString direction = kind == QStringLiteral("note") ? QStringLiteral("internal")
                                  : m_rng.chance(0.35)           ? QStringLiteral("inbound")
                                                                 : QStringLiteral("outbound");
        const int minutes = kind == QStringLiteral("call") ? m_rng.between(2, 30)
                            : kind == QStringLiteral("meeting") ? m_rng.between(30, 90) : 0;
        const QString summary = chinese ? m_rng.pick(m_pools.chineseCallSummaries) : m_rng.pick(m_pools.callSummaries);
        auto id = m_activities.insert({customerId, dealId ? QVariant(dealId) : QVariant(), QVariant(), kind, direction,
                                       toStoredInstant(at), summary, QStringLiteral(""), minutes, toStoredInstant(at),
                                       toStoredInstant(at)});
        if (id)
            ++m_summary.activities;
        return id;
    }

    Status task(qint64 customerId)
    {
        const QDateTime due = m_now.addSecs(m_rng.between(-20, 20) * kDay + m_rng.below(8 * 3600));
        const QDateTime created = due.addDays(-m_rng.between(1, 14));
        const QDateTime done = due < m_now && m_rng.chance(0.6) ? qMin(m_now, due.addSecs(m_rng.below(2 * kDay))) : QDateTime();
        static const QStringList priorities = {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("normal"),
                                               QStringLiteral("high")};
        auto id = m_tasks.insert({m_rng.pick(m_pools.taskTitles), QStringLiteral(""), toStoredInstant(due), instant(done),
                                  priorities.at(m_rng.below(4)), customerId, QVariant(), QVariant(), QVariant(),
                                  toStoredInstant(created), toStoredInstant(done.isValid() ? done : created)});
        if (!id)
            return id.error();
        ++m_summary.tasks;
        return Ok{};
    }

    Database& m_db;
    const DemoOptions& m_options;
    Random m_rng;
    const DemoPools& m_pools;
    const QDateTime m_now;
    const QDateTime m_start;
    AuditTail m_audit;
    BulkInserter m_customers;
    BulkInserter m_deals;
    BulkInserter m_tickets;
    BulkInserter m_activities;
    BulkInserter m_tasks;
    Query m_history;
    Query m_tagLink;
    std::vector<qint64> m_companies;
    DemoSummary m_summary;
};

// Monthly targets from the last year to three months ahead, a little above what the demo business
// achieves on average, so the KPI tiles and the targets report show progress against something.
Status setDemoTargets(Database& db, const QString& currency)
{
    const QDate today = Clock::nowUtc().toLocalTime().date();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QString since = toStoredInstant(QDateTime(thisMonth.addMonths(-6), QTime(0, 0)));
    const QString until = toStoredInstant(QDateTime(thisMonth, QTime(0, 0)));
    Query q(db.connection(),
            QStringLiteral("SELECT (SELECT coalesce(sum(amount_minor), 0) FROM deals WHERE status = 'won' AND currency = ? "
                           "        AND closed_at >= ? AND closed_at < ?), "
                           "       (SELECT count(*) FROM customers WHERE (kind = 'company' OR company_id IS NULL) "
                           "        AND created_at >= ? AND created_at < ?), "
                           "       (SELECT count(*) FROM tickets WHERE resolved_at >= ? AND resolved_at < ? "
                           "        AND resolved_at <= resolution_due)"));
    q.bindAll({currency, since, until, since, until, since, until});
    if (!q.exec() || !q.next())
        return q.asError();
    // A tenth above the monthly average, rounded to a figure a person would set.
    const auto target = [](qint64 sixMonths, qint64 roundTo) {
        const qint64 monthly = sixMonths * 11 / 60;
        return qMax<qint64>(roundTo, (monthly + roundTo / 2) / roundTo * roundTo);
    };
    const std::pair<KpiMetric, qint64> targets[] = {{KpiMetric::Revenue, target(q.value(0).toLongLong(), 100000)},
                                                    {KpiMetric::NewCustomers, target(q.value(1).toLongLong(), 5)},
                                                    {KpiMetric::TicketsInSla, target(q.value(2).toLongLong(), 5)}};
    for (int i = -11; i <= 3; ++i) {
        for (const auto& [metric, value] : targets) {
            if (auto set = Kpis::setTarget(db, monthKey(thisMonth.addMonths(i)), metric, value); !set)
                return set;
        }
    }
    return Ok{};
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(Database& db, const DemoOptions& options,
                                            const std::function<bool(int, int)>& progress)
{
    // Bulk work touches index pages all over a growing file; a larger page cache for its duration keeps
    // them in memory (about 40 MB per 10,000 customers, capped at 1 GB), then the normal size returns.
    const int cacheKiB = qBound(32 * 1024, options.customers * 4, 1024 * 1024);
    const QVariant previousCache = scalar(db.connection(), QStringLiteral("PRAGMA cache_size"));
    execSql(db.connection(), QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB), nullptr);
    const auto restoreCache = qScopeGuard([&db, previousCache] {
        execSql(db.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(previousCache.toLongLong()), nullptr);
    });
    SqlTransaction tx(db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    auto load = BulkLoad::begin(db, BulkLoad::Indexes::Rebuild);
    if (!load)
        return load.error();
    Result<DemoSummary> summary = [&]() {
        Generator generator(db, options);
        return generator.run(progress);
    }();
    if (!summary)
        return summary;
    if (auto caughtUp = load.value().finish(); !caughtUp)
        return caughtUp.error();
    if (auto campaigns = addDemoCampaigns(db, options.seed, options.currency); !campaigns)
        return campaigns.error();
    if (db.setting(QStringLiteral("business_name")).isEmpty()) {
        if (auto named = db.setSetting(QStringLiteral("business_name"), QStringLiteral("Harbor & Pine Supplies")); !named)
            return named.error();
    }
    if (auto targets = setDemoTargets(db, options.currency); !targets)
        return targets.error();
    db.announce(Entity::Customer, 0, ChangeKind::Bulk);
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    // The customer list shows value tiers from the stored table; the demo leaves it up to date.
    if (auto tiers = ValueTiers::refreshStored(db, QDate::currentDate()); !tiers)
        return tiers.error();
    return summary;
}

} // namespace rapport
