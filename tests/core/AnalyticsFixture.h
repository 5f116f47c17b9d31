#pragma once
// Small fixed datasets for the analytics tests: every time is given, so the answers can be worked out by hand.

#include "TempDatabase.h"
#include "catch.h"

#include "Clock.h"
#include "analytics/ReportRange.h"
#include "customers/CustomerRepository.h"
#include "deals/DealRepository.h"
#include "tickets/TicketRepository.h"

#include <QTimeZone>

namespace rapport::test {

inline QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

inline ReportRange utcRange(const char* from, const char* to)
{
    ReportRange range;
    range.from = QDate::fromString(QString::fromLatin1(from), Qt::ISODate);
    range.to = QDate::fromString(QString::fromLatin1(to), Qt::ISODate);
    range.zone = QTimeZone(0);
    return range;
}

// Stage ids of the default pipeline.
enum Stage : qint64 { Contact = 1, Analysis = 2, Proposal = 3, Negotiation = 4, Won = 5, Lost = 6 };

class AnalyticsData
{
public:
    ~AnalyticsData() { Clock::setOverride({}); }
    Database& db() { return m_db.db(); }
    QSqlDatabase sql() { return m_db.db().connection(); }
    QString path() const { return m_db.path(); }
    // Lets another process (the CLI) open the file.
    void close() { m_db.close(); }

    qint64 customer(const QString& name, const QDateTime& created = at("2023-01-01T00:00:00Z"),
                    CustomerKind kind = CustomerKind::Company, qint64 companyId = 0)
    {
        Clock::setOverride([created] { return created; });
        Customer c;
        c.name = name;
        c.kind = kind;
        c.companyId = companyId;
        const qint64 id = CustomerRepository(db()).create(c).value();
        Clock::setOverride({});
        return id;
    }

    // A deal that starts in the first stage of `path` and moves through the rest at the given times.
    qint64 deal(qint64 customerId, qint64 amountMinor, const QList<std::pair<qint64, QDateTime>>& path,
                const QString& lostReason = {}, const QDate& expectedClose = {})
    {
        DealRepository deals(db());
        Deal d;
        d.customerId = customerId;
        d.title = QStringLiteral("Deal %1").arg(++m_deals);
        d.amountMinor = amountMinor;
        d.currency = QStringLiteral("USD");
        d.stageId = path.first().first;
        d.createdAt = path.first().second;
        d.closedAt = path.first().second;
        d.expectedClose = expectedClose;
        d.lostReason = lostReason;
        const QDateTime created = path.first().second;
        Clock::setOverride([created] { return created; });
        const qint64 id = deals.create(d).value();
        for (qsizetype i = 1; i < path.size(); ++i) {
            const QDateTime when = path.at(i).second;
            Clock::setOverride([when] { return when; });
            REQUIRE(deals.moveToStage(id, path.at(i).first, when, lostReason));
        }
        Clock::setOverride({});
        return id;
    }

    // A purchase: a deal created and won at `when`.
    qint64 purchase(qint64 customerId, qint64 amountMinor, const QDateTime& when)
    {
        return deal(customerId, amountMinor, {{Won, when}});
    }

    qint64 ticket(qint64 customerId, TicketPriority priority, const QDateTime& created, const QDateTime& firstResponse = {},
                  const QDateTime& resolved = {}, int satisfaction = 0)
    {
        Ticket t;
        t.customerId = customerId;
        t.subject = QStringLiteral("Ticket %1").arg(++m_tickets);
        t.priority = priority;
        t.createdAt = created;
        t.firstResponseAt = firstResponse;
        t.resolvedAt = resolved;
        t.status = resolved.isValid() ? TicketStatus::Resolved : firstResponse.isValid() ? TicketStatus::Open
                                                                                          : TicketStatus::New;
        t.satisfaction = satisfaction;
        return TicketRepository(db()).create(t).value();
    }

private:
    TempDatabase m_db;
    int m_deals = 0;
    int m_tickets = 0;
};

} // namespace rapport::test
