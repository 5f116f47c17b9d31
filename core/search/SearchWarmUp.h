#pragma once

#include "Result.h"

#include <QString>

class QSqlDatabase;

namespace rapport {

// The first filter keystroke after start used to wait for the search indexes' pages to come from disk
// (348 ms on a 100,000-customer file, against ~33 ms once warm). These read them ahead, while the owner is
// still looking at the window.
class SearchWarmUp
{
public:
    // Reads the short-word index (1-2 characters: every first keystroke) and the trigram index's segment
    // directory in full, so the operating system holds them in memory. Meant for a worker's own connection.
    static Status readIndexes(const QSqlDatabase& conn);
    // The same through a private read-only connection to `path` (for a worker thread).
    static Status readIndexes(const QString& path);
    // One tiny query per index on `conn` (the GUI's connection): loads each index's structure and top pages
    // into that connection's own page cache. Takes a few milliseconds once readIndexes() has run.
    static Status touchIndexes(const QSqlDatabase& conn);
};

} // namespace rapport
