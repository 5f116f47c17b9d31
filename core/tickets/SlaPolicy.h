#pragma once

#include "Result.h"
#include "tickets/Ticket.h"

namespace rapport {

class Database;

// Promised times per priority, in minutes. Defaults: urgent 1 h / 4 h, high 4 h / 1 day,
// normal 1 day / 3 days, low 2 days / 7 days; the owner may change them (settings "sla.<priority>.*").
struct SlaRule
{
    int firstResponseMinutes = 0;
    int resolutionMinutes = 0;
};

class SlaPolicy
{
public:
    static SlaRule defaultRule(TicketPriority priority);
    static SlaRule rule(const Database& db, TicketPriority priority);
    // Stores the owner's rule; it applies to tickets created (or re-prioritised) from now on.
    static Status setRule(Database& db, TicketPriority priority, const SlaRule& rule);
};

} // namespace rapport
