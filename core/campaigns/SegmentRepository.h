#pragma once

#include "Result.h"
#include "campaigns/Segment.h"
#include "db/RecordStore.h"

#include <QList>
#include <QSqlDatabase>

namespace rapport {

class Database;

// Saved segments (audited like every record) and the customers they match right now.
class SegmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(rapport::SegmentRepository)

public:
    explicit SegmentRepository(Database& db);

    // Name required and unique (case-insensitively); every condition valid.
    Status validate(const Segment& segment) const;
    Result<qint64> create(const Segment& segment);
    Status update(const Segment& segment);
    // Campaigns that targeted the segment keep their audience; they only forget the link.
    Status remove(qint64 id);
    Result<Segment> get(qint64 id) const;
    // By exact name, then case-insensitively; "not_found" if none.
    Result<Segment> byName(const QString& name) const;
    Result<QList<Segment>> list() const;

    // Works on the given connection, so a worker thread can count with its own.
    static Result<int> count(const QSqlDatabase& db, const Segment& segment);
    static Result<QList<qint64>> customerIds(const QSqlDatabase& db, const Segment& segment);
    Result<int> count(const Segment& segment) const;
    Result<QList<qint64>> customerIds(const Segment& segment) const;

private:
    Database& m_db;
    RecordStore m_store;
};

} // namespace rapport
