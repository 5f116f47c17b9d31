#include "SqliteApi.h"

#include <QLibrary>
#include <QSqlDriver>
#include <QVariant>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

namespace rapport {
namespace {

// The file of the loaded module that holds `address`: the driver plugin Qt actually loaded.
QString moduleOf(const void* address)
{
#if defined(Q_OS_WIN)
    HMODULE module = nullptr;
    if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                            static_cast<LPCWSTR>(address), &module))
        return {};
    wchar_t name[MAX_PATH * 4];
    const DWORD size = GetModuleFileNameW(module, name, DWORD(std::size(name)));
    return size > 0 ? QString::fromWCharArray(name, int(size)) : QString();
#elif defined(Q_OS_UNIX)
    Dl_info info;
    if (!dladdr(address, &info) || !info.dli_fname)
        return {};
    return QString::fromLocal8Bit(info.dli_fname);
#else
    Q_UNUSED(address);
    return {};
#endif
}

template <typename F> void resolve(QLibrary& plugin, F*& function, const char* name)
{
    function = reinterpret_cast<F*>(plugin.resolve(name));
}

} // namespace

const SqliteApi& SqliteApi::of(const QSqlDatabase& db)
{
    static const SqliteApi resolved = [&db] {
        SqliteApi a;
        const QSqlDriver* driver = db.driver();
        if (!driver)
            return a;
        const QString module = moduleOf(driver->metaObject());
        if (module.isEmpty())
            return a;
        // Already loaded: QLibrary hands back the same module, and its lookup also searches the module's own
        // dependencies (the shared libsqlite3 of a Qt built with the system SQLite).
        QLibrary plugin(module);
        if (!plugin.load())
            return a;
        resolve(plugin, a.backupInit, "sqlite3_backup_init");
        resolve(plugin, a.backupStep, "sqlite3_backup_step");
        resolve(plugin, a.backupFinish, "sqlite3_backup_finish");
        resolve(plugin, a.errmsg, "sqlite3_errmsg");
        resolve(plugin, a.prepare, "sqlite3_prepare_v2");
        resolve(plugin, a.bindParameterCount, "sqlite3_bind_parameter_count");
        resolve(plugin, a.bindNull, "sqlite3_bind_null");
        resolve(plugin, a.bindInt64, "sqlite3_bind_int64");
        resolve(plugin, a.bindDouble, "sqlite3_bind_double");
        resolve(plugin, a.bindText, "sqlite3_bind_text");
        resolve(plugin, a.bindText16, "sqlite3_bind_text16");
        resolve(plugin, a.bindBlob, "sqlite3_bind_blob");
        resolve(plugin, a.step, "sqlite3_step");
        resolve(plugin, a.reset, "sqlite3_reset");
        resolve(plugin, a.finalize, "sqlite3_finalize");
        resolve(plugin, a.columnInt64, "sqlite3_column_int64");
        resolve(plugin, a.lastInsertRowid, "sqlite3_last_insert_rowid");
        return a;
    }();
    return resolved;
}

void* SqliteApi::handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void* const*>(v.constData());
}

} // namespace rapport
