#pragma once

#include "db/Database.h"

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rapport::test {

// Demo data plus a few hand-made records (updates, an archive, a delete, settings, unusual text).
void fillSample(Database& db, int customers = 60);

QByteArray readBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& data);

// SHA-256 over every row of every ordinary table, per table: equal maps mean equal content.
QMap<QString, QByteArray> tableHashes(const QString& path);

// A plain read-write connection, as an attacker with sqlite3 would have (no lock, no checks).
class RawConnection
{
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    QSqlDatabase db() const;
    void exec(const QString& sql); // REQUIREs success
    // What an attacker does first: the append-only triggers are in the way.
    void dropAuditTriggers();

private:
    QString m_name;
};

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList& args, int timeoutMs = 120000);

} // namespace rapport::test
