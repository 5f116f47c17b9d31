#pragma once

#include "customers/Customer.h"
#include "search/FtsQuery.h"

#include <optional>

namespace rapport {

enum class ArchiveFilter { Active, Archived, All };

// The columns the customer list can sort by; each maps to an indexed SQL expression in code.
enum class CustomerSort { Name, Company, Email, Phone, Value, LastContact, OpenDeals, Created, Tags, Tier };

struct CustomerQuery
{
    QString text;                      // full-text filter, any user text
    std::optional<CustomerKind> kind;  // people or companies only
    QString tag;                       // only customers with this tag
    qint64 companyId = 0;              // only people at this company
    SqlCondition segment;              // only customers in a segment (SegmentSql::condition); empty = all
    QString tier;                      // stored value tier key ("important", ...), "none" = no tier; empty = any
    ArchiveFilter archived = ArchiveFilter::Active;
    CustomerSort sort = CustomerSort::Name;
    bool descending = false;
    int offset = 0;
    int limit = 100;
    // How many customers the query matches, when the caller has counted them (the list model has): a text or
    // tag most customers have is then tested row by row along the sort's index, which stops after a page,
    // instead of collecting and sorting every match. -1 = not known.
    int matches = -1;
};

} // namespace rapport
