#include "CustomerMerger.h"

#include "db/Database.h"
#include "db/Query.h"
#include "db/RecordStore.h"
#include "db/SqlTransaction.h"

#include <QCoreApplication>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::CustomerMerger", text);
}

struct Link
{
    Entity entity;
    const char* column;
};

// Every place that points at a customer, except tags and campaign memberships (not audited; handled apart).
const Link kLinks[] = {
    {Entity::Deal, "customer_id"},     {Entity::Deal, "contact_id"},     {Entity::Ticket, "customer_id"},
    {Entity::Ticket, "contact_id"},    {Entity::Activity, "customer_id"}, {Entity::Task, "customer_id"},
    {Entity::Customer, "company_id"},
};

// Images read NULL as a null QString, which bindable() would write as ''; nullable columns need a real NULL.
QVariantMap withNulls(QVariantMap columns)
{
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (it.value().isNull() && it.key() != QStringLiteral("id"))
            it.value() = QVariant();
    }
    return columns;
}

QString linkKey(const Link& link)
{
    return tableSpec(link.entity).table + u'.' + QString::fromLatin1(link.column);
}

Result<QStringList> tagsOf(Database& db, qint64 id)
{
    return fetchAll<QString>(db.connection(),
                             QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                                            "WHERE ct.customer_id = ? ORDER BY t.name"),
                             {id}, [](const Query& q) { return q.value(0).toString(); });
}

// Replaces a customer's tag links (the tags themselves exist) and logs the change.
Status setTagLinks(Database& db, RecordStore& customers, qint64 id, const QStringList& tags)
{
    auto before = customers.image(id);
    if (!before)
        return before.error();
    Query clear(db.connection(), QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"));
    clear.bind(id);
    if (!clear.exec())
        return clear.asError();
    for (const QString& tag : tags) {
        Query link(db.connection(), QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                                                   "SELECT ?, id FROM tags WHERE name = ?"));
        link.bindAll({id, tag});
        if (!link.exec())
            return link.asError();
    }
    auto after = customers.image(id);
    if (!after)
        return after.error();
    if (after.value() != before.value())
        return customers.logChange(id, before.value());
    return Ok{};
}

Status moveCampaigns(Database& db, qint64 from, qint64 to, const QList<qint64>& campaigns)
{
    for (qint64 campaign : campaigns) {
        Query move(db.connection(), QStringLiteral("UPDATE OR IGNORE campaign_members SET customer_id = ? "
                                                   "WHERE campaign_id = ? AND customer_id = ?"));
        move.bindAll({to, campaign, from});
        if (!move.exec())
            return move.asError();
    }
    return Ok{};
}

} // namespace

QStringList CustomerMerger::choosableColumns()
{
    return {QStringLiteral("name"),    QStringLiteral("company_id"), QStringLiteral("job_title"),
            QStringLiteral("email"),   QStringLiteral("email2"),     QStringLiteral("phone"),
            QStringLiteral("mobile"),  QStringLiteral("website"),    QStringLiteral("street"),
            QStringLiteral("city"),    QStringLiteral("region"),     QStringLiteral("postal_code"),
            QStringLiteral("country"), QStringLiteral("birthday"),   QStringLiteral("source"),
            QStringLiteral("notes")};
}

Result<MergeRecord> CustomerMerger::merge(Database& db, qint64 survivorId, qint64 mergedId, const QVariantMap& chosen)
{
    if (survivorId == mergedId)
        return makeError(QStringLiteral("invalid"), tr("A customer cannot be merged into itself."));
    RecordStore customers(db, tableSpec(Entity::Customer));
    SqlTransaction tx(db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    MergeRecord record;
    record.survivorId = survivorId;
    record.mergedId = mergedId;
    auto survivor = customers.image(survivorId);
    auto merged = customers.image(mergedId);
    if (!survivor || !merged)
        return !survivor ? survivor.error() : merged.error();
    if (survivor.value().isEmpty() || merged.value().isEmpty())
        return makeError(QStringLiteral("not_found"), tr("One of the two customers no longer exists."));
    if (survivor.value().value(QStringLiteral("kind")) != merged.value().value(QStringLiteral("kind")))
        return makeError(QStringLiteral("invalid"), tr("A person and a company cannot be merged."));
    for (const QString& column : tableSpec(Entity::Customer).columns) {
        record.survivorBefore.insert(column, survivor.value().value(column));
        record.mergedColumns.insert(column, merged.value().value(column));
    }
    auto survivorTags = tagsOf(db, survivorId);
    auto mergedTags = tagsOf(db, mergedId);
    if (!survivorTags || !mergedTags)
        return !survivorTags ? survivorTags.error() : mergedTags.error();
    record.survivorTagsBefore = survivorTags.value();
    record.mergedTags = mergedTags.value();

    // The survivor's own people must not end up at themselves.
    for (const Link& link : kLinks) {
        RecordStore store(db, tableSpec(link.entity));
        const QString column = QString::fromLatin1(link.column);
        auto ids = store.idsWhere(column + QStringLiteral(" = ?"), {mergedId});
        if (!ids)
            return ids.error();
        if (link.entity == Entity::Customer)
            ids.value().removeAll(survivorId);
        if (auto moved = store.updateEach(ids.value(), {{column, survivorId}}); !moved)
            return moved.error();
        record.moved.insert(linkKey(link), ids.value());
    }
    auto campaigns = fetchAll<qint64>(db.connection(),
                                      QStringLiteral("SELECT campaign_id FROM campaign_members WHERE customer_id = ? AND campaign_id NOT IN "
                                                     "(SELECT campaign_id FROM campaign_members WHERE customer_id = ?)"),
                                      {mergedId, survivorId}, [](const Query& q) { return q.value(0).toLongLong(); });
    if (!campaigns)
        return campaigns.error();
    record.campaigns = campaigns.value();
    if (auto moved = moveCampaigns(db, mergedId, survivorId, record.campaigns); !moved)
        return moved.error();

    QVariantMap changes;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        if (choosableColumns().contains(it.key()))
            changes.insert(it.key(), it.value());
    }
    if (changes.value(QStringLiteral("company_id")).toLongLong() == mergedId || changes.value(QStringLiteral("company_id")).toLongLong() == survivorId)
        changes.insert(QStringLiteral("company_id"), QVariant());
    if (!changes.isEmpty()) {
        if (auto updated = customers.update(survivorId, withNulls(changes)); !updated)
            return updated.error();
    }
    QStringList tags = record.survivorTagsBefore;
    for (const QString& tag : record.mergedTags) {
        if (!tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    if (auto tagged = setTagLinks(db, customers, survivorId, tags); !tagged)
        return tagged.error();
    if (auto removed = customers.remove(mergedId); !removed)
        return removed.error();
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return record;
}

Status CustomerMerger::undo(Database& db, const MergeRecord& record)
{
    RecordStore customers(db, tableSpec(Entity::Customer));
    SqlTransaction tx(db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    auto exists = customers.image(record.mergedId);
    if (!exists)
        return exists.error();
    if (!exists.value().isEmpty())
        return makeError(QStringLiteral("conflict"), tr("The merged customer's number is in use again."));
    // The merged customer comes back with its own id; its history continues from its delete entry.
    QVariantMap columns = record.mergedColumns;
    columns.remove(QStringLiteral("updated_at"));
    if (auto back = customers.insert(withNulls(columns)); !back)
        return back.error();
    if (auto tagged = setTagLinks(db, customers, record.mergedId, record.mergedTags); !tagged)
        return tagged;
    for (const Link& link : kLinks) {
        RecordStore store(db, tableSpec(link.entity));
        if (auto moved = store.updateEach(record.moved.value(linkKey(link)),
                                          {{QString::fromLatin1(link.column), record.mergedId}});
            !moved)
            return moved;
    }
    if (auto moved = moveCampaigns(db, record.survivorId, record.mergedId, record.campaigns); !moved)
        return moved;
    QVariantMap before = record.survivorBefore;
    for (const QString& column : {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"), QStringLiteral("archived_at")})
        before.remove(column);
    if (auto restored = customers.update(record.survivorId, withNulls(before)); !restored)
        return restored;
    if (auto tagged = setTagLinks(db, customers, record.survivorId, record.survivorTagsBefore); !tagged)
        return tagged;
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

} // namespace rapport
