#pragma once

#include <QObject>

namespace rapport {

enum class Entity { Customer, Deal, Ticket, Activity, Task, Campaign, Setting, Tag, Stage, Target, Segment };
enum class ChangeKind { Inserted, Updated, Archived, Unarchived, Deleted, Bulk };

QString entityName(Entity entity);

// Screens learn about changes from here (entity + id + kind), never from each other.
// Changes are announced after their transaction commits; a rolled-back change is never announced.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void changed(rapport::Entity entity, qint64 id, rapport::ChangeKind kind);
};

} // namespace rapport
