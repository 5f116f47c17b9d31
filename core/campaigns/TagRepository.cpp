#include "TagRepository.h"

#include "db/Database.h"
#include "db/Query.h"
#include "db/RecordStore.h"
#include "db/SqlTransaction.h"

#include <QRegularExpression>

namespace rapport {
namespace {

Status checkName(const QString& name)
{
    if (name.isEmpty())
        return makeError(QStringLiteral("invalid"), TagRepository::tr("A tag needs a name."));
    if (name.size() > 100)
        return makeError(QStringLiteral("invalid"), TagRepository::tr("The tag is too long (at most 100 characters)."));
    return Ok{};
}

} // namespace

Result<QList<TagInfo>> TagRepository::list() const
{
    return fetchAll<TagInfo>(m_db.connection(),
                             QStringLiteral("SELECT t.id, t.name, t.color, (SELECT count(*) FROM customer_tags ct "
                                            "WHERE ct.tag_id = t.id) FROM tags t ORDER BY t.name COLLATE NOCASE"),
                             {}, [](const Query& q) {
                                 return TagInfo{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                                q.value(3).toInt()};
                             });
}

Result<qint64> TagRepository::create(const QString& raw)
{
    const QString name = raw.trimmed();
    if (auto ok = checkName(name); !ok)
        return ok.error();
    Query insert(m_db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
    insert.bind(name);
    if (!insert.exec())
        return makeError(QStringLiteral("duplicate"), tr("There is already a tag named \"%1\".").arg(name));
    m_db.announce(Entity::Tag, insert.lastInsertId(), ChangeKind::Inserted);
    return insert.lastInsertId();
}

// Runs `change` inside one transaction and logs every customer who carried one of `tagIds` before.
template <typename Change>
Status TagRepository::changeTagged(const QList<qint64>& tagIds, Change change)
{
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    QList<qint64> customers;
    for (qint64 tag : tagIds) {
        auto ids = fetchAll<qint64>(m_db.connection(), QStringLiteral("SELECT customer_id FROM customer_tags WHERE tag_id = ?"),
                                    {tag}, [](const Query& q) { return q.value(0).toLongLong(); });
        if (!ids)
            return ids.error();
        for (qint64 id : ids.value()) {
            if (!customers.contains(id))
                customers << id;
        }
    }
    RecordStore store(m_db, tableSpec(Entity::Customer));
    QList<QVariantMap> before;
    for (qint64 id : customers) {
        auto image = store.image(id);
        if (!image)
            return image.error();
        before << image.value();
    }
    if (auto changed = change(); !changed)
        return changed;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        auto after = store.image(customers[i]);
        if (!after)
            return after.error();
        if (after.value() != before[i]) {
            if (auto logged = store.logChange(customers[i], before[i]); !logged)
                return logged;
        }
    }
    for (qint64 tag : tagIds)
        m_db.announce(Entity::Tag, tag, ChangeKind::Updated);
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

Status TagRepository::rename(qint64 id, const QString& raw)
{
    const QString name = raw.trimmed();
    if (auto ok = checkName(name); !ok)
        return ok;
    auto taken = fetchCount(m_db.connection(), QStringLiteral("SELECT count(*) FROM tags WHERE name = ? AND id <> ?"),
                            {name, id});
    if (!taken)
        return taken.error();
    if (taken.value() > 0)
        return makeError(QStringLiteral("duplicate"),
                         tr("There is already a tag named \"%1\". Merge the two tags instead.").arg(name));
    return changeTagged({id}, [&]() -> Status {
        Query update(m_db.connection(), QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"));
        update.bindAll({name, id});
        if (!update.exec())
            return update.asError();
        if (update.rowsAffected() == 0)
            return makeError(QStringLiteral("not_found"), tr("The tag no longer exists."));
        return Ok{};
    });
}

Status TagRepository::merge(qint64 from, qint64 into)
{
    if (from == into)
        return makeError(QStringLiteral("invalid"), tr("Choose two different tags to merge."));
    return changeTagged({from, into}, [&]() -> Status {
        Query add(m_db.connection(), QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                                                    "SELECT customer_id, ? FROM customer_tags WHERE tag_id = ?"));
        add.bindAll({into, from});
        if (!add.exec())
            return add.asError();
        Query drop(m_db.connection(), QStringLiteral("DELETE FROM tags WHERE id = ?"));
        drop.bind(from);
        if (!drop.exec())
            return drop.asError();
        return Ok{};
    });
}

Status TagRepository::setColor(qint64 id, const QString& color)
{
    static const QRegularExpression hex(QStringLiteral("^(#[0-9a-fA-F]{6})?$"));
    if (!hex.match(color).hasMatch())
        return makeError(QStringLiteral("invalid"), tr("\"%1\" is not a colour (expected #rrggbb).").arg(color));
    Query update(m_db.connection(), QStringLiteral("UPDATE tags SET color = ? WHERE id = ?"));
    update.bindAll({color.toLower(), id});
    if (!update.exec())
        return update.asError();
    m_db.announce(Entity::Tag, id, ChangeKind::Updated);
    return Ok{};
}

Status TagRepository::remove(qint64 id)
{
    return changeTagged({id}, [&]() -> Status {
        Query drop(m_db.connection(), QStringLiteral("DELETE FROM tags WHERE id = ?"));
        drop.bind(id);
        if (!drop.exec())
            return drop.asError();
        return Ok{};
    });
}

} // namespace rapport
