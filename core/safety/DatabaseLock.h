#pragma once

#include "Result.h"

#include <QLockFile>
#include <QString>

namespace rapport {

// The single-writer lock beside a database ("<file>.lock"), shared by Database::open and restore.
class DatabaseLock
{
public:
    // Takes `lock` (made for lockPath()) or says who holds it. A live owner's lock never goes stale by age;
    // a dead owner's is recovered, and so is an empty lock file a crash left between creating and filling it.
    static Status acquire(const QString& dbPath, QLockFile& lock);
    static QString lockPath(const QString& dbPath) { return dbPath + QStringLiteral(".lock"); }
};

} // namespace rapport
