#pragma once

#include "Result.h"
#include "analytics/ReportRange.h"
#include "tickets/Ticket.h"

#include <QList>

#include <optional>

namespace rapport {

struct ServiceWeek
{
    QDate monday;
    qint64 opened = 0;
    qint64 resolved = 0;
};

struct SlaCompliance
{
    TicketPriority priority = TicketPriority::Normal;
    Ratio firstResponse; // answered in time / tickets whose first-response time is decided
    Ratio resolution;    // resolved in time / tickets whose resolution time is decided
};

struct ComplainingCustomer
{
    qint64 customerId = 0;
    QString name;
    qint64 tickets = 0;
    std::optional<double> satisfaction;
};

struct ServiceSummary
{
    QList<ServiceWeek> weeks;        // every week (Monday first) the range touches
    QList<SlaCompliance> compliance; // urgent, high, normal, low
    Ratio firstResponse;             // all priorities
    Ratio resolution;
    qint64 rated = 0;
    std::optional<double> satisfaction; // average 1-5 over tickets resolved in the range and rated
    QList<ComplainingCustomer> mostComplaints; // at most 10
};

// Tickets opened and resolved, SLA compliance, satisfaction and the customers with the most tickets.
class ServiceReport
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ServiceReport)

public:
    // `now` decides tickets still waiting: one past its due time without an answer counts as missed.
    static Result<ServiceSummary> compute(const QSqlDatabase& db, const ReportRange& range, const QDateTime& now);
    static QString definition();
};

} // namespace rapport
