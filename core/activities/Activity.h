#pragma once

#include <QDateTime>
#include <QString>

namespace rapport {

enum class ActivityKind { Call, Email, Meeting, Note, Message };
enum class Direction { Inbound, Outbound, Internal };

QString activityKindKey(ActivityKind kind);
ActivityKind activityKindFromKey(const QString& key);
QString directionKey(Direction direction);
Direction directionFromKey(const QString& key);

struct Activity
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 dealId = 0;
    qint64 ticketId = 0;
    ActivityKind kind = ActivityKind::Note;
    Direction direction = Direction::Outbound;
    QDateTime occurredAt;
    QString summary;
    QString body;
    int durationMinutes = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ActivityQuery
{
    qint64 customerId = 0;
    qint64 dealId = 0;
    qint64 ticketId = 0;
    int offset = 0;
    int limit = 200;
};

} // namespace rapport
