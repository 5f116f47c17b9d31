#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace rapport {

// SQLite's online backup API (a page-by-page copy of one consistent snapshot), reached through the very
// SQLite library Qt's QSQLITE driver uses: its functions are looked up in the loaded driver plugin, never
// linked separately, so no second copy of SQLite ever touches the file. Where the plugin keeps SQLite's
// symbols hidden (Qt's bundled SQLite on Windows and macOS) it is unavailable and callers use VACUUM INTO.
class PageCopy
{
public:
    static bool available(const QSqlDatabase& source);
    // Copies the main database of `source` (any connection, read-only is fine) into the empty file `target`.
    static Status copy(const QSqlDatabase& source, const QString& target);
};

} // namespace rapport
