#include "analytics/ServiceReport.h"

#include "Clock.h"
#include "db/Query.h"

namespace rapport {
namespace {

// Met = done by the due time; missed = done late, or not done and already overdue; the rest is not decided yet.
const char* const kSlaSql = R"SQL(
SELECT priority,
       sum(first_response_at IS NOT NULL AND first_response_at <= first_response_due),
       sum((first_response_at IS NOT NULL AND first_response_at <= first_response_due)
           OR (first_response_at IS NOT NULL AND first_response_at > first_response_due)
           OR (first_response_at IS NULL AND first_response_due < :now)),
       sum(resolved_at IS NOT NULL AND resolved_at <= resolution_due),
       sum((resolved_at IS NOT NULL) OR (resolved_at IS NULL AND resolution_due < :now))
FROM tickets
WHERE created_at >= :start AND created_at < :end AND first_response_due IS NOT NULL AND resolution_due IS NOT NULL
GROUP BY priority
)SQL";

} // namespace

Result<ServiceSummary> ServiceReport::compute(const QSqlDatabase& db, const ReportRange& range, const QDateTime& now)
{
    if (auto valid = range.validate(); !valid)
        return valid.error();
    ServiceSummary report;
    const QString currency = businessCurrency(db);
    const auto spans = range.weekSpans();
    for (const auto& span : spans)
        report.weeks << ServiceWeek{QDate::fromString(span.key, Qt::ISODate)};
    for (const bool opened : {true, false}) {
        const QString sql = opened ? QStringLiteral("SELECT count(*) FROM tickets WHERE created_at >= :span_start "
                                                    "AND created_at < :span_end")
                                   : QStringLiteral("SELECT count(*) FROM tickets WHERE resolved_at >= :span_start "
                                                    "AND resolved_at < :span_end");
        const Status done = forEachSpan(db, sql, range, currency, spans, [&report, opened](int i, Query& q) {
            if (q.next())
                (opened ? report.weeks[i].opened : report.weeks[i].resolved) = q.value(0).toLongLong();
        });
        if (!done)
            return done.error();
    }

    for (TicketPriority p : {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal, TicketPriority::Low}) {
        SlaCompliance c;
        c.priority = p;
        report.compliance << c;
    }
    const QString sla = QString::fromUtf8(kSlaSql);
    Query s(db, sla);
    bindNamed(s, sla, range, currency, {{QStringLiteral(":now"), toStoredInstant(now)}});
    if (!s.exec())
        return s.asError();
    while (s.next()) {
        const TicketPriority p = ticketPriorityFromKey(s.value(0).toString());
        for (auto& c : report.compliance) {
            if (c.priority != p)
                continue;
            c.firstResponse = Ratio{s.value(1).toLongLong(), s.value(2).toLongLong()};
            c.resolution = Ratio{s.value(3).toLongLong(), s.value(4).toLongLong()};
            report.firstResponse.part += c.firstResponse.part;
            report.firstResponse.whole += c.firstResponse.whole;
            report.resolution.part += c.resolution.part;
            report.resolution.whole += c.resolution.whole;
        }
    }

    const QString satisfaction = QStringLiteral("SELECT count(satisfaction), avg(satisfaction) FROM tickets "
                                                "WHERE resolved_at >= :start AND resolved_at < :end");
    Query a(db, satisfaction);
    bindNamed(a, satisfaction, range, currency);
    if (!a.exec() || !a.next())
        return a.asError();
    report.rated = a.value(0).toLongLong();
    if (report.rated > 0)
        report.satisfaction = a.value(1).toDouble();

    // Counted per customer along tickets_customer_created (no sort), names looked up for the ten only.
    const QString most = QStringLiteral("SELECT m.customer_id, c.name, m.n, m.satisfaction FROM ("
                                        "  SELECT customer_id, count(*) AS n, avg(satisfaction) AS satisfaction "
                                        "  FROM tickets INDEXED BY tickets_customer_created "
                                        "  WHERE created_at >= :start AND created_at < :end GROUP BY customer_id "
                                        "  ORDER BY n DESC, customer_id LIMIT 10"
                                        ") m JOIN customers c ON c.id = m.customer_id ORDER BY m.n DESC, m.customer_id");
    Query m(db, most);
    bindNamed(m, most, range, currency);
    if (!m.exec())
        return m.asError();
    while (m.next()) {
        ComplainingCustomer c{m.value(0).toLongLong(), m.value(1).toString(), m.value(2).toLongLong(), std::nullopt};
        if (!m.value(3).isNull())
            c.satisfaction = m.value(3).toDouble();
        report.mostComplaints << c;
    }
    return report;
}

QString ServiceReport::definition()
{
    return tr("Tickets opened and tickets resolved in each week of the period (weeks start on Monday). SLA compliance "
              "covers tickets opened in the period: a ticket meets its first-response or resolution promise when it "
              "was answered or resolved by the due time; it misses it when that happened late, or has not happened and "
              "the due time has passed; tickets still within their time are not counted yet. Satisfaction is the "
              "average rating (1 to 5) of tickets resolved in the period that were rated. Most tickets lists the "
              "customers who opened the most tickets in the period.");
}

} // namespace rapport
