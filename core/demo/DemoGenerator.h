#pragma once

#include "Result.h"

#include <functional>

namespace rapport {

class Database;

struct DemoOptions
{
    int customers = 300;
    quint64 seed = 1;
    // Averages per customer; the benchmark raises them (issue 9: ~3 deals, 1 ticket, 5 activities).
    double dealsPerCustomer = 1.6;
    double ticketsPerCustomer = 0.5;
    double activitiesPerCustomer = 2.0;
    double tasksPerCustomer = 0.3;
    QString currency = QStringLiteral("USD");
};

struct DemoSummary
{
    int companies = 0;
    int people = 0;
    int deals = 0;
    int tickets = 0;
    int activities = 0;
    int tasks = 0;
};

// Realistic, deterministic demo data for a small business: companies and people with English and Chinese
// names, deals through the pipeline over 24 months with stage history and repeat purchases, tickets with
// SLA times and satisfaction, activities, and tasks (some overdue). All in one transaction, fully audited.
class DemoGenerator
{
public:
    // `progress(done, total)` is called now and then; returning false cancels and rolls everything back.
    static Result<DemoSummary> generate(Database& db, const DemoOptions& options,
                                        const std::function<bool(int, int)>& progress = {});
};

} // namespace rapport
