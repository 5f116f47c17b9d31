#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace rapport {

class Database;

// What a merge did, enough to undo it exactly.
struct MergeRecord
{
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    QVariantMap survivorBefore;  // the survivor's columns before the merge
    QStringList survivorTagsBefore;
    QVariantMap mergedColumns;   // the merged-away customer's columns (id included)
    QStringList mergedTags;
    QHash<QString, QList<qint64>> moved; // "deals.customer_id" -> ids of the rows moved to the survivor
    QList<qint64> campaigns;     // campaign memberships moved
};

// Merges one customer into another in one transaction: the survivor takes the chosen field values; every
// deal, ticket, activity and task (and people at a merged company, and campaign memberships) moves to the
// survivor; tags are combined; the other customer is deleted. Every step is in the audit log, and undo()
// puts everything back (the deleted customer returns with its own id).
class CustomerMerger
{
public:
    // The columns a merge dialog lets the owner choose between.
    static QStringList choosableColumns();
    // `chosen`: column -> value for the survivor (columns not given keep the survivor's value).
    static Result<MergeRecord> merge(Database& db, qint64 survivorId, qint64 mergedId, const QVariantMap& chosen);
    static Status undo(Database& db, const MergeRecord& record);
};

} // namespace rapport
