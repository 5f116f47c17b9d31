#include "SlaPolicy.h"

#include "db/Database.h"
#include "db/SqlTransaction.h"

#include <QCoreApplication>

namespace rapport {

SlaRule SlaPolicy::defaultRule(TicketPriority priority)
{
    constexpr int hour = 60;
    constexpr int day = 24 * hour;
    switch (priority) {
    case TicketPriority::Urgent: return {1 * hour, 4 * hour};
    case TicketPriority::High: return {4 * hour, 1 * day};
    case TicketPriority::Normal: return {1 * day, 3 * day};
    case TicketPriority::Low: return {2 * day, 7 * day};
    }
    return {1 * day, 3 * day};
}

SlaRule SlaPolicy::rule(const Database& db, TicketPriority priority)
{
    const SlaRule fallback = defaultRule(priority);
    const QString prefix = QStringLiteral("sla.") + ticketPriorityKey(priority);
    bool ok1 = false;
    bool ok2 = false;
    const int first = db.setting(prefix + QStringLiteral(".first_response_minutes")).toInt(&ok1);
    const int resolve = db.setting(prefix + QStringLiteral(".resolution_minutes")).toInt(&ok2);
    return {ok1 && first > 0 ? first : fallback.firstResponseMinutes,
            ok2 && resolve > 0 ? resolve : fallback.resolutionMinutes};
}

Status SlaPolicy::setRule(Database& db, TicketPriority priority, const SlaRule& rule)
{
    constexpr int kYear = 365 * 24 * 60;
    if (rule.firstResponseMinutes <= 0 || rule.resolutionMinutes <= 0 || rule.firstResponseMinutes > kYear ||
        rule.resolutionMinutes > kYear)
        return makeError(QStringLiteral("invalid"),
                         QCoreApplication::translate("rapport::SlaPolicy", "Promised times are between one minute and a year."));
    if (rule.firstResponseMinutes > rule.resolutionMinutes)
        return makeError(QStringLiteral("invalid"),
                         QCoreApplication::translate("rapport::SlaPolicy",
                                                     "The first reply cannot be promised later than the resolution."));
    const QString prefix = QStringLiteral("sla.") + ticketPriorityKey(priority);
    SqlTransaction tx(db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    if (auto saved = db.setSetting(prefix + QStringLiteral(".first_response_minutes"),
                                   QString::number(rule.firstResponseMinutes));
        !saved)
        return saved;
    if (auto saved = db.setSetting(prefix + QStringLiteral(".resolution_minutes"), QString::number(rule.resolutionMinutes));
        !saved)
        return saved;
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

} // namespace rapport
