#pragma once

#include "Result.h"

namespace rapport {

class Database;

// A few segments and campaigns for the demo database: audiences in every status and won deals attributed
// to the campaigns, so the Campaigns screen has results to show. Deterministic for a given seed.
Status addDemoCampaigns(Database& db, quint64 seed, const QString& currency);

} // namespace rapport
