#pragma once

#include "Result.h"

#include <QStringList>

namespace rapport {

struct RestoreOutcome
{
    QString restoredFrom;
    QString movedAside; // where the previous file went (empty when there was none)
};

// Puts a backup in place of a database file. The backup is verified first; the current file (with its
// -wal and -shm) is moved aside as "<file>.before-restore-<UTC time>", never deleted; the copy is
// owner-only. Refused while another process holds the database's lock.
class RestoreService
{
public:
    static Result<RestoreOutcome> restore(const QString& backupPath, const QString& dbPath);
};

} // namespace rapport
