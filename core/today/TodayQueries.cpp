#include "TodayQueries.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"

#include <QHash>

#include <algorithm>

namespace rapport {

Result<QList<BirthdayReminder>> TodayQueries::birthdays(const QDate& from, const QDate& to, int limit) const
{
    QList<BirthdayReminder> reminders;
    if (!from.isValid() || !to.isValid() || to < from)
        return reminders;
    // Month-day keys of every day in the range; Feb 29 birthdays are remembered on Feb 28 in other years.
    QHash<QString, QDate> days;
    for (QDate d = from; d <= to && days.size() < 31; d = d.addDays(1)) {
        days.insert(d.toString(QStringLiteral("MM-dd")), d);
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            days.insert(QStringLiteral("02-29"), d);
    }
    QStringList marks;
    for (int i = 0; i < days.size(); ++i)
        marks << QStringLiteral("?");
    Query q(m_db.connection(),
            QStringLiteral("SELECT id, name, birthday FROM customers WHERE archived_at IS NULL AND birthday IS NOT NULL "
                           "AND substr(birthday, 6, 5) IN (%1) ORDER BY substr(birthday, 6, 5), name LIMIT ?")
                .arg(marks.join(QStringLiteral(", "))));
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        q.bind(it.key());
    q.bind(qMax(0, limit));
    if (!q.exec())
        return q.asError();
    while (q.next()) {
        BirthdayReminder r;
        r.customerId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.birthday = fromStoredDate(q.value(2).toString());
        r.nextDate = days.value(q.value(2).toString().mid(5, 5));
        reminders << r;
    }
    std::stable_sort(reminders.begin(), reminders.end(),
                     [](const BirthdayReminder& a, const BirthdayReminder& b) { return a.nextDate < b.nextDate; });
    return reminders;
}

Result<QList<SlaRisk>> TodayQueries::slaRisks(const QDateTime& before, int limit) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT t.id, t.customer_id, coalesce(c.name, ''), t.subject, t.priority, t.resolution_due "
                           "FROM tickets t INDEXED BY tickets_open_due LEFT JOIN customers c ON c.id = t.customer_id "
                           "WHERE t.status IN ('new', 'open', 'pending') AND t.archived_at IS NULL "
                           "AND t.resolution_due IS NOT NULL AND t.resolution_due <= ? "
                           "ORDER BY t.resolution_due, t.id LIMIT ?"));
    q.bindAll({toStoredInstant(before), qMax(0, limit)});
    if (!q.exec())
        return q.asError();
    QList<SlaRisk> risks;
    while (q.next()) {
        SlaRisk r;
        r.ticketId = q.value(0).toLongLong();
        r.customerId = q.value(1).toLongLong();
        r.customerName = q.value(2).toString();
        r.subject = q.value(3).toString();
        r.priority = ticketPriorityFromKey(q.value(4).toString());
        r.resolutionDue = fromStoredInstant(q.value(5).toString());
        risks << r;
    }
    return risks;
}

Result<int> TodayQueries::ticketsDueBefore(const QDateTime& now) const
{
    Query q(m_db.connection(),
            // INDEXED BY: without statistics the planner would look up every ticket of an open status instead.
            QStringLiteral("SELECT count(*) FROM tickets INDEXED BY tickets_open_due "
                           "WHERE status IN ('new', 'open', 'pending') AND archived_at IS NULL "
                           "AND resolution_due IS NOT NULL AND resolution_due < ?"));
    q.bind(toStoredInstant(now));
    if (!q.exec() || !q.next())
        return q.asError();
    return q.value(0).toInt();
}

Result<QDateTime> TodayQueries::lastBackupAt() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT max(created_at) FROM backup_log WHERE verified = 1"));
    if (!q.exec() || !q.next())
        return q.asError();
    return fromStoredInstant(q.value(0).toString());
}

} // namespace rapport
