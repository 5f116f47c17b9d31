#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace rapport {

class Query;

// After next() returned false: the end of the rows, or an error (a damaged page) that stopped them early.
Status endOfRows(Query& query);

// A private, read-only SQLite connection to a database file, for checks, probes, backups and
// verification. SQLite opens the file O_RDONLY, so nothing done through it can change the file.
// Like every Qt SQL connection it belongs to the thread that opened it; open one per worker.
class ReadConnection
{
public:
    ~ReadConnection();
    ReadConnection(const ReadConnection&) = delete;
    ReadConnection& operator=(const ReadConnection&) = delete;

    // `immutable` reads the main file alone, ignoring (and never touching) a -wal or -shm beside it.
    static Result<std::unique_ptr<ReadConnection>> open(const QString& path, bool immutable = false);
    QSqlDatabase db() const;
    const QString& path() const { return m_path; }

private:
    ReadConnection() = default;
    QString m_path;
    QString m_name;
};

} // namespace rapport
