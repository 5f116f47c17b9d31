#pragma once

#include <QSqlDatabase>
#include <QtGlobal>

namespace rapport {

// SQLite's C functions as the QSQLITE driver has them: looked up in the loaded driver plugin (and the shared
// libsqlite3 it depends on), never linked separately, so no second copy of SQLite ever touches the file. Where
// the plugin keeps SQLite's symbols hidden (Qt's bundled SQLite on Windows and macOS) a part is unavailable
// and its callers take their Qt path. Handles are opaque (no sqlite3.h needed).
struct SqliteApi
{
    static constexpr int kOk = 0;
    static constexpr int kRow = 100;
    static constexpr int kDone = 101;

    // Online backup (PageCopy).
    void* (*backupInit)(void*, const char*, void*, const char*) = nullptr;
    int (*backupStep)(void*, int) = nullptr;
    int (*backupFinish)(void*) = nullptr;
    const char* (*errmsg)(void*) = nullptr;

    // Prepared statements (DirectStatement).
    int (*prepare)(void*, const char*, int, void**, const char**) = nullptr; // sqlite3_prepare_v2
    int (*bindParameterCount)(void*) = nullptr;
    int (*bindNull)(void*, int) = nullptr;
    int (*bindInt64)(void*, int, qint64) = nullptr;
    int (*bindDouble)(void*, int, double) = nullptr;
    int (*bindText)(void*, int, const char*, int, void (*)(void*)) = nullptr;
    int (*bindText16)(void*, int, const void*, int, void (*)(void*)) = nullptr;
    int (*bindBlob)(void*, int, const void*, int, void (*)(void*)) = nullptr;
    int (*step)(void*) = nullptr;
    int (*reset)(void*) = nullptr;
    int (*finalize)(void*) = nullptr;
    qint64 (*columnInt64)(void*, int) = nullptr;
    qint64 (*lastInsertRowid)(void*) = nullptr;

    bool hasBackup() const { return backupInit && backupStep && backupFinish && errmsg; }
    bool hasStatements() const
    {
        return errmsg && prepare && bindParameterCount && bindNull && bindInt64 && bindDouble && bindText &&
               bindText16 && bindBlob && step && reset && finalize && columnInt64 && lastInsertRowid;
    }

    // Resolved once, from the driver of the first connection asked about.
    static const SqliteApi& of(const QSqlDatabase& db);
    // The connection's sqlite3* handle, or null when the driver is not SQLite's.
    static void* handleOf(const QSqlDatabase& db);
};

} // namespace rapport
