#include "SlaState.h"

namespace rapport {

bool isUnresolved(TicketStatus status)
{
    return status == TicketStatus::New || status == TicketStatus::Open || status == TicketStatus::Pending;
}

SlaStatus slaStatus(const Ticket& t, const QDateTime& nowUtc)
{
    SlaStatus s;
    if (!isUnresolved(t.status)) {
        if (!t.resolutionDue.isValid() && !t.firstResponseDue.isValid())
            return s;
        const QDateTime resolved = t.resolvedAt.isValid() ? t.resolvedAt : t.closedAt;
        const QDateTime replied = t.firstResponseAt.isValid() ? t.firstResponseAt : resolved;
        const bool replyInTime = !t.firstResponseDue.isValid() || (replied.isValid() && replied <= t.firstResponseDue);
        const bool resolvedInTime = !t.resolutionDue.isValid() || (resolved.isValid() && resolved <= t.resolutionDue);
        s.state = replyInTime && resolvedInTime ? SlaState::Met : SlaState::Breached;
        return s;
    }

    s.awaitingFirstResponse = !t.firstResponseAt.isValid() && t.firstResponseDue.isValid();
    // The promises still open: the first reply (until given) and the resolution.
    QDateTime due;
    for (const QDateTime& candidate : {s.awaitingFirstResponse ? t.firstResponseDue : QDateTime(), t.resolutionDue}) {
        if (candidate.isValid() && (!due.isValid() || candidate < due))
            due = candidate;
    }
    if (!due.isValid())
        return s;
    s.nextDue = due;
    if (nowUtc > due) {
        s.state = SlaState::Breached;
        return s;
    }
    // "Soon" scales with the promise: the last hour of a 4-hour promise, the last 18 hours of 3 days.
    const qint64 span = t.createdAt.isValid() ? t.createdAt.secsTo(due) : 0;
    const qint64 left = nowUtc.secsTo(due);
    s.state = (span <= 0 || left * 4 <= span) ? SlaState::DueSoon : SlaState::OnTrack;
    return s;
}

} // namespace rapport
