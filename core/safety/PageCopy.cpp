#include "PageCopy.h"

#include "db/Query.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QLibrary>
#include <QSqlDriver>
#include <QSqlError>

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

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::PageCopy", text);
}

// The few SQLite entry points used, with opaque handles (no sqlite3.h needed).
struct Api
{
    void* (*backupInit)(void*, const char*, void*, const char*) = nullptr;
    int (*backupStep)(void*, int) = nullptr;
    int (*backupFinish)(void*) = nullptr;
    const char* (*errmsg)(void*) = nullptr;
    bool ok() const { return backupInit && backupStep && backupFinish && errmsg; }
};
constexpr int kSqliteDone = 101;

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

const Api& api(const QSqlDatabase& db)
{
    static const Api resolved = [&db] {
        Api a;
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
        a.backupInit = reinterpret_cast<decltype(a.backupInit)>(plugin.resolve("sqlite3_backup_init"));
        a.backupStep = reinterpret_cast<decltype(a.backupStep)>(plugin.resolve("sqlite3_backup_step"));
        a.backupFinish = reinterpret_cast<decltype(a.backupFinish)>(plugin.resolve("sqlite3_backup_finish"));
        a.errmsg = reinterpret_cast<decltype(a.errmsg)>(plugin.resolve("sqlite3_errmsg"));
        return a;
    }();
    return resolved;
}

void* handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void* const*>(v.constData());
}

} // namespace

bool PageCopy::available(const QSqlDatabase& source)
{
    return api(source).ok() && handleOf(source);
}

Status PageCopy::copy(const QSqlDatabase& source, const QString& target)
{
    if (!available(source))
        return makeError(QStringLiteral("unavailable"), tr("SQLite's backup functions are not reachable."));
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("rapport-pagecopy-%1").arg(counter.fetchAndAddRelaxed(1));
    Status result = Ok{};
    {
        QSqlDatabase dest = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        dest.setDatabaseName(target);
        if (!dest.open()) {
            result = makeError(QStringLiteral("write"), explainSqlError(dest.lastError().text()));
        } else {
            // A fresh file that is synced and verified afterwards: no journal or syncs needed while copying.
            execSql(dest, QStringLiteral("PRAGMA journal_mode = OFF"), nullptr);
            execSql(dest, QStringLiteral("PRAGMA synchronous = OFF"), nullptr);
            const Api& a = api(source);
            void* to = handleOf(dest);
            void* backup = to ? a.backupInit(to, "main", handleOf(source), "main") : nullptr;
            if (!backup) {
                result = makeError(QStringLiteral("write"), explainSqlError(QString::fromUtf8(to ? a.errmsg(to) : "")));
            } else {
                // One step: the whole copy is read inside one read transaction, so it is one snapshot.
                const int step = a.backupStep(backup, -1);
                const int finish = a.backupFinish(backup);
                if (step != kSqliteDone || finish != 0)
                    result = makeError(QStringLiteral("write"), explainSqlError(QString::fromUtf8(a.errmsg(to))));
            }
            dest.close();
        }
        // The pages carry the live file's WAL flag; a backup is a single self-contained file, so it is turned
        // into a rollback-journal file like a VACUUM INTO copy (which also lets it be read on read-only media).
        if (result && dest.open()) {
            if (scalar(dest, QStringLiteral("PRAGMA journal_mode = DELETE")).toString() != QStringLiteral("delete"))
                result = makeError(QStringLiteral("write"), tr("Cannot finish the copy %1.").arg(target));
            dest.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace rapport
