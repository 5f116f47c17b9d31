#pragma once

#include "Result.h"

#include <QString>

namespace rapport {

// Steps that write a database file outside Database's own connection, each safe against a crash midway.
class DatabaseFileSetup
{
public:
    // Builds a new, migrated, WAL-mode database beside `path` ("<path>.creating") and renames it into place,
    // so a crash while creating leaves no empty or half-made file that would then be refused as damaged.
    static Status createAtomically(const QString& path);
    // Lets SQLite roll back a transaction a crash interrupted in a rollback-journal file (a hot -journal):
    // SQLite's own atomic-commit recovery, which a read-only connection cannot run.
    static Status recoverHotJournal(const QString& path);
    // Puts a file (not in use) into WAL mode now, so its first open does not have to switch it.
    static Status useWal(const QString& path);
    static bool hasHotJournal(const QString& path);
};

} // namespace rapport
