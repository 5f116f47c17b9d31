#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace rapport {

// The first audit entry that does not verify, and why.
struct ChainBreak
{
    qint64 entryId = 0;
    QString reason;
};

// A record (or setting) whose current content is not what its latest audit entry says.
struct RecordProblem
{
    QString entity;
    qint64 id = 0;  // 0 for settings
    QString key;    // the setting's key, for settings
    QString reason;
};

struct IntegrityReport
{
    QString path;
    QString fileProblem;         // the file could not be examined at all (not SQLite, orphan -wal, unreadable)
    QString structureFailure;    // SQLite's checks stopped early (e.g. on a damaged page)
    QString recordsFailure;      // the records could not all be read
    QStringList integrityErrors; // PRAGMA integrity_check lines other than "ok" (the first ones)
    QStringList foreignKeyErrors;
    qint64 foreignKeyErrorCount = 0;
    qint64 auditEntries = 0;
    std::optional<ChainBreak> chainBreak;
    qint64 recordsChecked = 0;
    qint64 settingsChecked = 0;
    QList<RecordProblem> recordProblems; // the first kMaxListed
    qint64 recordProblemCount = 0;
    qint64 slowVerifications = 0;        // rows the fast path could not confirm and the reference code rechecked
    qint64 milliseconds = 0;
    // How long each part took on its thread (for BENCHMARKS.md).
    qint64 structureMs = 0;
    qint64 chainMs = 0;
    qint64 recordsMs = 0;

    static constexpr int kMaxListed = 50;

    bool integrityOk() const { return fileProblem.isEmpty() && structureFailure.isEmpty() && integrityErrors.isEmpty(); }
    bool foreignKeysOk() const { return fileProblem.isEmpty() && structureFailure.isEmpty() && foreignKeyErrorCount == 0; }
    bool chainOk() const { return fileProblem.isEmpty() && !chainBreak; }
    bool recordsOk() const { return fileProblem.isEmpty() && recordsFailure.isEmpty() && recordProblemCount == 0; }
    bool clean() const { return integrityOk() && foreignKeysOk() && chainOk() && recordsOk(); }
};

// `rapport-cli check`: SQLite's own integrity and foreign-key checks, the audit chain end to end, and
// every audited record (and setting) against the row_hash of its latest audit entry, so a change made
// behind the app's back (sqlite3 shell, another program) is named. Streams forward-only; memory stays
// small however large the file is.
class IntegrityChecker
{
public:
    // Examines the file through its own read-only connections (the parts run on worker threads), so it
    // can run on any thread and while the app has the file open. Never writes to the file.
    static IntegrityReport check(const QString& path);

    // The parts, on a connection owned by the calling thread. Each adds its findings to `report` and
    // fails only when it could not run at all.
    static Status checkStructure(const QSqlDatabase& db, IntegrityReport& report);
    static Status checkChain(const QSqlDatabase& db, IntegrityReport& report);
    static Status checkRecords(const QSqlDatabase& db, IntegrityReport& report);
};

} // namespace rapport
