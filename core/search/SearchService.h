#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace rapport {

class Database;

struct SearchHit
{
    enum class Kind { Company, Person, Deal, Ticket };
    Kind kind = Kind::Person;
    qint64 id = 0;
    QString title;    // name, deal title or ticket subject
    QString subtitle; // company / email, customer name
};

QString searchHitKindKey(SearchHit::Kind kind);

// Global search: customers (people and companies), deals and tickets, best matches first within each kind.
// Any user text is safe; matching is by substring (trigram index), 1-2 character queries use the gram index.
class SearchService
{
public:
    explicit SearchService(const Database& db) : m_db(db) {}
    // At most `limitPerKind` hits of each kind, grouped in the order companies, people, deals, tickets.
    Result<QList<SearchHit>> search(const QString& text, int limitPerKind = 8) const;

private:
    Result<QList<SearchHit>> searchCustomers(const QString& text, int limit) const;
    Result<QList<SearchHit>> searchTitles(const QString& text, int limit, SearchHit::Kind kind) const;

    const Database& m_db;
};

} // namespace rapport
