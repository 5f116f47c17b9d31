#include "ReadConnection.h"

#include "db/Query.h"
#include "safety/FileSync.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

namespace rapport {

Result<std::unique_ptr<ReadConnection>> ReadConnection::open(const QString& path, bool immutable)
{
    static QAtomicInteger<int> counter;
    const auto tr = [](const char* text) { return QCoreApplication::translate("rapport::ReadConnection", text); };
    // SQLite would create a missing file even for reading; a check of nothing must not leave an empty file.
    if (!QFileInfo(path).isFile())
        return makeError(QStringLiteral("missing"), tr("There is no database at %1.").arg(path));
    std::unique_ptr<ReadConnection> c(new ReadConnection);
    c->m_path = path;
    c->m_name = QStringLiteral("rapport-read-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c->m_name);
    if (!conn.isValid())
        return makeError(QStringLiteral("driver"), tr("The SQLite driver for Qt (QSQLITE) is not installed."));
    // SQLite needs a -shm beside a WAL file even to read it; on a read-only disk none can be made, and nobody
    // can be writing the file there, so it is read as immutable.
    if (!FileSync::folderWritable(QFileInfo(path).absolutePath()) && !QFileInfo::exists(path + QStringLiteral("-shm")))
        immutable = true;
    if (immutable) {
        // A file: URI (percent-encoded, so any path works) with SQLite's immutable flag.
        conn.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                             QStringLiteral("?immutable=1"));
        conn.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        conn.setDatabaseName(path);
        conn.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!conn.open())
        return makeError(QStringLiteral("open"),
                         tr("Cannot read %1: %2").arg(path, explainSqlError(conn.lastError().text())));
    return Result<std::unique_ptr<ReadConnection>>(std::move(c));
}

Status endOfRows(Query& query)
{
    const QSqlError error = query.raw().lastError();
    if (error.type() == QSqlError::NoError)
        return Ok{};
    return makeError(QStringLiteral("sql"), explainSqlError(error.text()));
}

ReadConnection::~ReadConnection()
{
    {
        QSqlDatabase conn = QSqlDatabase::database(m_name, false);
        if (conn.isOpen())
            conn.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReadConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace rapport
