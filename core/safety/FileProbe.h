#pragma once

#include "Result.h"

#include <QString>

namespace rapport {

// Looks at a database file before anything opens it for writing, so a damaged or foreign file is
// reported and never changed. Error codes: "empty", "not_sqlite", "damaged", "orphan_wal",
// "not_rapport", "too_new", "unreadable".
class FileProbe
{
public:
    // Cheap checks without SQLite (a few header bytes): the SQLite header, page size, a size that is a whole
    // number of pages and not shorter than the header says, and a -wal beside it that belongs to it.
    // Checking first matters: even a read-only SQLite connection deletes a -wal beside an empty file.
    static Status inspect(const QString& path);
    // Read-only SQLite checks: a Rapport file (application id), not newer than this app, a schema that
    // matches its version, and optionally PRAGMA quick_check. The connection is read-only: nothing is written.
    static Status probe(const QString& path, bool quickCheck);
    // inspect() then probe(); a failure's message names the newest backup beside the file, if any.
    static Status examine(const QString& path, bool quickCheck);

    static QString walPath(const QString& path) { return path + QStringLiteral("-wal"); }
    static QString shmPath(const QString& path) { return path + QStringLiteral("-shm"); }
    static QString journalPath(const QString& path) { return path + QStringLiteral("-journal"); }
    // Whether a -wal with content sits beside `path` (for a missing file this is an orphan).
    static bool hasWal(const QString& path);
    // " The newest verified backup is ..." / " No backup was found in ...": appended to damage messages.
    static QString backupHint(const QString& path);
    // The error with backupHint() added when the file is damaged (or unreadable and a backup exists).
    static Error withBackupHint(const QString& path, const Error& error);
};

} // namespace rapport
