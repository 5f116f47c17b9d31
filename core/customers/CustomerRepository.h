#pragma once

#include "Result.h"
#include "customers/Customer.h"
#include "customers/CustomerQuery.h"
#include "db/RecordStore.h"

#include <QList>

namespace rapport {

class Database;

class CustomerRepository
{
public:
    explicit CustomerRepository(Database& db);

    // Checks required name, email and phone formats; the message says which field and why.
    static Status validate(const Customer& customer);

    Result<qint64> create(const Customer& customer);
    Result<Customer> get(qint64 id) const;
    Status update(const Customer& customer);
    Status setArchived(qint64 id, bool archived);
    // Deletes the customer with its deals, tickets, activities and tasks (each logged); people at a
    // deleted company stay, without a company.
    Status remove(qint64 id);
    // Replaces the customer's tags, creating tags that do not exist yet.
    Status setTags(qint64 id, const QStringList& tags);
    Status addTag(const QList<qint64>& ids, const QString& tag);

    Result<QList<Customer>> list(const CustomerQuery& query) const;
    // How list(query) finds the customers its text or tag filter matches (see MatchPlan and
    // CustomerQuery::matches).
    MatchPlan matchPlan(const CustomerQuery& query) const;
    Result<int> count(const CustomerQuery& query) const;
    // Just the ids of list(query), in its order (offset and limit apply; limit < 0 means all). A list view
    // keeps these to jump deep into a large list without re-sorting at every OFFSET.
    Result<QList<qint64>> listIds(const CustomerQuery& query) const;
    // The customers with these ids, in the given order; ids that no longer exist are left out.
    Result<QList<Customer>> getMany(const QList<qint64>& ids) const;
    Result<QStringList> allTags() const;

private:
    static QVariantMap toColumns(const Customer& c);
    Status writeTags(qint64 id, const QStringList& tags);

    Database& m_db;
    RecordStore m_store;
};

} // namespace rapport
