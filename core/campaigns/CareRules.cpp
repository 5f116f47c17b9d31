#include "CareRules.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"
#include "tasks/TaskRepository.h"

#include <QHash>

#include <algorithm>

namespace rapport {
namespace {

// How far back a rule looks for won deals and resolved tickets, so an app left closed for a few weeks still
// catches up, while the first run on an old database does not bury the owner in stale tasks.
constexpr int kCatchUpDays = 30;

struct Candidate
{
    QString key;
    QString title;
    QDateTime due;
    TaskPriority priority = TaskPriority::Normal;
    qint64 customerId = 0;
    qint64 dealId = 0;
    qint64 ticketId = 0;
};

QString settingKey(CareRule rule, const char* what)
{
    return QStringLiteral("care.%1.%2").arg(CareRules::ruleKey(rule), QString::fromLatin1(what));
}

Result<QList<Candidate>> candidates(const QSqlDatabase& db, CareRule rule, int days, const QDateTime& now)
{
    const QString cutoff = toStoredInstant(now.addDays(-days));
    const QString since = toStoredInstant(now.addDays(-days - kCatchUpDays));
    const QString key = CareRules::ruleKey(rule);
    switch (rule) {
    case CareRule::WonFollowUp:
        return fetchAll<Candidate>(
            db,
            QStringLiteral("SELECT d.id, d.customer_id, c.name, d.title, d.closed_at FROM deals d JOIN customers c "
                           "ON c.id = d.customer_id WHERE d.status = 'won' AND d.closed_at <= ? AND d.closed_at >= ? "
                           "AND c.archived_at IS NULL ORDER BY d.closed_at, d.id"),
            {cutoff, since}, [&](const Query& q) {
                Candidate c;
                c.key = QStringLiteral("care:%1:deal:%2").arg(key).arg(q.value(0).toLongLong());
                c.customerId = q.value(1).toLongLong();
                c.dealId = q.value(0).toLongLong();
                c.title = CareRules::tr("Follow up with %1 after “%2”").arg(q.value(2).toString(), q.value(3).toString());
                c.due = fromStoredInstant(q.value(4).toString()).addDays(days);
                return c;
            });
    case CareRule::ImportantCheckIn:
    case CareRule::AtRiskCall: {
        const bool important = rule == CareRule::ImportantCheckIn;
        return fetchAll<Candidate>(
            db,
            QStringLiteral("SELECT c.id, c.name, coalesce(c.last_contact_at, '') FROM customer_value_tiers v "
                           "JOIN customers c ON c.id = v.customer_id WHERE v.tier = ? AND c.archived_at IS NULL "
                           "AND (c.last_contact_at IS NULL OR c.last_contact_at < ?) ORDER BY c.id"),
            {important ? QStringLiteral("important") : QStringLiteral("at_risk"), cutoff}, [&](const Query& q) {
                Candidate c;
                // Keyed by the last contact: once the owner gets in touch, a later lapse earns a new task.
                const QString last = q.value(2).toString();
                c.key = QStringLiteral("care:%1:customer:%2:%3")
                            .arg(key)
                            .arg(q.value(0).toLongLong())
                            .arg(last.isEmpty() ? QStringLiteral("never") : last);
                c.customerId = q.value(0).toLongLong();
                c.title = important ? CareRules::tr("Check in with %1").arg(q.value(1).toString())
                                    : CareRules::tr("Call %1: at risk of leaving").arg(q.value(1).toString());
                c.priority = important ? TaskPriority::Normal : TaskPriority::High;
                c.due = now;
                return c;
            });
    }
    case CareRule::TicketFeedback:
        return fetchAll<Candidate>(
            db,
            QStringLiteral("SELECT t.id, t.customer_id, c.name, t.subject, t.resolved_at FROM tickets t JOIN customers c "
                           "ON c.id = t.customer_id WHERE t.status IN ('resolved', 'closed') AND t.satisfaction IS NULL "
                           "AND t.resolved_at <= ? AND t.resolved_at >= ? AND c.archived_at IS NULL "
                           "ORDER BY t.resolved_at, t.id"),
            {cutoff, since}, [&](const Query& q) {
                Candidate c;
                c.key = QStringLiteral("care:%1:ticket:%2").arg(key).arg(q.value(0).toLongLong());
                c.customerId = q.value(1).toLongLong();
                c.ticketId = q.value(0).toLongLong();
                c.title = CareRules::tr("Ask %1 for feedback on “%2”").arg(q.value(2).toString(), q.value(3).toString());
                c.due = fromStoredInstant(q.value(4).toString()).addDays(days);
                return c;
            });
    }
    return QList<Candidate>{};
}

} // namespace

QString CareRules::ruleKey(CareRule rule)
{
    switch (rule) {
    case CareRule::WonFollowUp: return QStringLiteral("won_followup");
    case CareRule::ImportantCheckIn: return QStringLiteral("important_checkin");
    case CareRule::AtRiskCall: return QStringLiteral("at_risk_call");
    case CareRule::TicketFeedback: return QStringLiteral("ticket_feedback");
    }
    return {};
}

QString CareRules::ruleName(CareRule rule)
{
    switch (rule) {
    case CareRule::WonFollowUp: return tr("Follow up after a won deal");
    case CareRule::ImportantCheckIn: return tr("Check in with Important customers");
    case CareRule::AtRiskCall: return tr("Call At-risk customers");
    case CareRule::TicketFeedback: return tr("Ask for feedback after a ticket");
    }
    return {};
}

QString CareRules::ruleDescription(CareRule rule)
{
    switch (rule) {
    case CareRule::WonFollowUp: return tr("A task %1 days after each won deal.");
    case CareRule::ImportantCheckIn: return tr("A task when an Important customer has not been contacted for %1 days.");
    case CareRule::AtRiskCall: return tr("A call task when an At-risk customer has not been contacted for %1 days.");
    case CareRule::TicketFeedback: return tr("A task %1 days after a ticket is resolved without a rating.");
    }
    return {};
}

QList<CareRule> CareRules::rules()
{
    return {CareRule::WonFollowUp, CareRule::ImportantCheckIn, CareRule::AtRiskCall, CareRule::TicketFeedback};
}

CareSettings CareRules::load(const Database& db)
{
    CareSettings s;
    s.reminderDays = qBound(0, db.setting(QStringLiteral("care.reminder_days"), QString::number(s.reminderDays)).toInt(), 60);
    for (CareRule rule : rules()) {
        const size_t i = static_cast<size_t>(rule);
        s.enabled[i] = db.setting(settingKey(rule, "enabled"), QStringLiteral("0")) == QLatin1String("1");
        const int days = db.setting(settingKey(rule, "days"), QString::number(s.days[i])).toInt();
        s.days[i] = qBound(0, days, 3650);
    }
    return s;
}

Status CareRules::save(Database& db, const CareSettings& s)
{
    SqlTransaction tx(db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    if (auto saved = db.setSetting(QStringLiteral("care.reminder_days"), QString::number(qBound(0, s.reminderDays, 60)));
        !saved)
        return saved;
    for (CareRule rule : rules()) {
        const size_t i = static_cast<size_t>(rule);
        if (auto saved = db.setSetting(settingKey(rule, "enabled"), s.enabled[i] ? QStringLiteral("1") : QStringLiteral("0"));
            !saved)
            return saved;
        if (auto saved = db.setSetting(settingKey(rule, "days"), QString::number(qBound(0, s.days[i], 3650))); !saved)
            return saved;
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

Result<CareRunResult> CareRules::run(Database& db, const CareSettings& settings, const QDateTime& nowUtc)
{
    CareRunResult result;
    SqlTransaction tx(db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    TaskRepository tasks(db);
    for (CareRule rule : rules()) {
        if (!settings.isEnabled(rule))
            continue;
        auto found = candidates(db.connection(), rule, settings.daysFor(rule), nowUtc);
        if (!found)
            return found.error();
        for (const Candidate& c : found.value()) {
            auto seen = fetchCount(db.connection(), QStringLiteral("SELECT count(*) FROM care_log WHERE origin_key = ?"), {c.key});
            if (!seen)
                return seen.error();
            if (seen.value() > 0)
                continue;
            Task task;
            task.title = c.title;
            task.dueAt = c.due;
            task.priority = c.priority;
            task.customerId = c.customerId;
            task.dealId = c.dealId;
            task.ticketId = c.ticketId;
            task.originKey = c.key;
            auto id = tasks.create(task);
            if (!id)
                return id.error();
            Query log(db.connection(), QStringLiteral("INSERT INTO care_log (origin_key, rule, task_id, created_at) "
                                                      "VALUES (?, ?, ?, ?)"));
            log.bindAll({c.key, ruleKey(rule), id.value(), toStoredInstant(nowUtc)});
            if (!log.exec())
                return log.asError();
            ++result.created[static_cast<size_t>(rule)];
        }
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return result;
}

Result<QList<CareCreated>> CareRules::created(const QSqlDatabase& db, int limit)
{
    return fetchAll<CareCreated>(
        db,
        QStringLiteral("SELECT l.rule, l.created_at, coalesce(l.task_id, 0), coalesce(t.title, ''), coalesce(c.name, ''), "
                       "t.done_at IS NOT NULL FROM care_log l LEFT JOIN tasks t ON t.id = l.task_id LEFT JOIN customers c "
                       "ON c.id = t.customer_id ORDER BY l.created_at DESC, l.origin_key LIMIT ?"),
        {limit}, [](const Query& q) {
            CareCreated c;
            for (CareRule rule : rules()) {
                if (ruleKey(rule) == q.value(0).toString())
                    c.rule = rule;
            }
            c.createdAt = fromStoredInstant(q.value(1).toString());
            c.taskId = q.value(2).toLongLong();
            c.taskTitle = q.value(3).toString();
            c.customerName = q.value(4).toString();
            c.done = q.value(5).toBool();
            return c;
        });
}

Result<QList<CareReminder>> CareRules::reminders(const QSqlDatabase& db, const QDate& today, int daysAhead)
{
    // Month-day of each coming day; 29 February is remembered on 1 March in other years.
    QHash<QString, QDate> days;
    for (int i = 0; i <= qMax(0, daysAhead); ++i) {
        const QDate d = today.addDays(i);
        days.insert(d.toString(QStringLiteral("MM-dd")), d);
        if (d.month() == 3 && d.day() == 1 && !QDate::isLeapYear(d.year()))
            days.insert(QStringLiteral("02-29"), d);
    }
    QStringList marks;
    QVariantList values;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        marks << QStringLiteral("?");
        values << it.key();
    }
    const QString in = marks.join(QLatin1Char(','));
    QVariantList all = values;
    all << values << toStoredInstant(today.addYears(-1).startOfDay().toUTC());
    auto rows = fetchAll<CareReminder>(
        db,
        QStringLiteral("SELECT 0, id, name, birthday FROM customers WHERE archived_at IS NULL AND birthday IS NOT NULL "
                       "AND substr(birthday, 6, 5) IN (%1) "
                       "UNION ALL SELECT 1, id, name, created_at FROM customers WHERE archived_at IS NULL "
                       "AND substr(created_at, 6, 5) IN (%1) AND created_at < ?")
            .arg(in),
        all, [&days](const Query& q) {
            CareReminder r;
            r.kind = q.value(0).toInt() == 0 ? ReminderKind::Birthday : ReminderKind::Anniversary;
            r.customerId = q.value(1).toLongLong();
            r.customerName = q.value(2).toString();
            const QString stored = q.value(3).toString();
            r.date = days.value(stored.mid(5, 5));
            const int year = stored.left(4).toInt();
            // A birthday stored without a real year (e.g. 1900 or 0004 from a phone) says nothing about age.
            r.years = (r.kind == ReminderKind::Birthday && year < 1901) ? 0 : r.date.year() - year;
            return r;
        });
    if (!rows)
        return rows.error();
    QList<CareReminder> list = rows.take();
    std::sort(list.begin(), list.end(), [](const CareReminder& a, const CareReminder& b) {
        return a.date != b.date ? a.date < b.date : a.customerName.localeAwareCompare(b.customerName) < 0;
    });
    return list;
}

} // namespace rapport
