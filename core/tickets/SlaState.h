#pragma once

#include "tickets/Ticket.h"

#include <QDateTime>

namespace rapport {

// Where a ticket stands against its promised times.
//  - Unresolved tickets: Breached once any promise still open is past (a missing first reply after its due
//    time, or the resolution after its due time); DueSoon when the nearest promise has a quarter or less of
//    its time left (the deadline itself still counts as due soon); otherwise OnTrack.
//  - Resolved and closed tickets: Met when the first reply (or the resolution, if nobody replied first) and
//    the resolution came in time; otherwise Breached.
//  - None: no promised times at all.
enum class SlaState
{
    None,
    OnTrack,
    DueSoon,
    Breached,
    Met
};

struct SlaStatus
{
    SlaState state = SlaState::None;
    QDateTime nextDue; // unresolved tickets: the nearest promise still open
    bool awaitingFirstResponse = false;
};

SlaStatus slaStatus(const Ticket& ticket, const QDateTime& nowUtc);
bool isUnresolved(TicketStatus status);

} // namespace rapport
