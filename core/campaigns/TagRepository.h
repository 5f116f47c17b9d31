#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport {

class Database;

struct TagInfo
{
    qint64 id = 0;
    QString name;
    QString color; // "#rrggbb" or empty
    int customers = 0;
};

// Managing the owner's tags. A customer's tags are part of its audited record, so renaming, merging or
// deleting a tag writes an audit entry for every customer that carries it, in one transaction.
class TagRepository
{
    Q_DECLARE_TR_FUNCTIONS(rapport::TagRepository)

public:
    explicit TagRepository(Database& db) : m_db(db) {}

    Result<QList<TagInfo>> list() const;
    Result<qint64> create(const QString& name);
    // A name another tag already has is refused (merge them instead); a change of case is fine.
    Status rename(qint64 id, const QString& name);
    // Every customer tagged `from` gets `into`; then `from` is deleted.
    Status merge(qint64 from, qint64 into);
    Status setColor(qint64 id, const QString& color);
    Status remove(qint64 id);

private:
    template <typename Change>
    Status changeTagged(const QList<qint64>& tagIds, Change change);

    Database& m_db;
};

} // namespace rapport
