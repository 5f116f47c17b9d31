#include "ChainVerifier.h"

#include "Clock.h"
#include "db/Query.h"
#include "safety/AuditLog.h"
#include "safety/IntegrityChecker.h"
#include "safety/ReadConnection.h"
#include "safety/Sha256.h"

#include <QCoreApplication>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::ChainVerifier", text);
}

// The reference computation (AuditLog::entryHash), used to confirm before an entry is reported.
QByteArray referenceHash(const Query& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = fromStoredInstant(QString::fromUtf8(q.value(1).toByteArray()));
    e.entity = QString::fromUtf8(q.value(2).toByteArray());
    e.entityId = q.value(3).toLongLong();
    e.action = QString::fromUtf8(q.value(4).toByteArray());
    e.changesJson = QString::fromUtf8(q.value(5).toByteArray());
    e.rowHash = QString::fromUtf8(q.value(6).toByteArray());
    e.prevHash = QString::fromUtf8(q.value(7).toByteArray());
    return AuditLog::entryHash(e).toLatin1();
}

} // namespace

Status ChainVerifier::verify(const QSqlDatabase& db, IntegrityReport& report)
{
    // Text columns come back as raw UTF-8 (BLOB), which is what the hash covers: no conversions per row.
    Query q(db, QStringLiteral("SELECT id, CAST(at AS BLOB), CAST(entity AS BLOB), CAST(entity_id AS BLOB), "
                               "CAST(action AS BLOB), CAST(changes AS BLOB), CAST(row_hash AS BLOB), "
                               "CAST(prev_hash AS BLOB), CAST(hash AS BLOB) FROM audit_log ORDER BY id"));
    if (!q.exec())
        return q.asError();
    const char separator = '\x1f';
    const QByteArrayView sep(&separator, 1);
    qint64 expected = 1;
    QByteArray previousHash; // the first entry links to ""
    Sha256 sha;
    while (q.next()) {
        ++report.auditEntries;
        const qint64 id = q.value(0).toLongLong();
        if (id != expected) {
            // Ids are unique and sorted, so a jump means entries were deleted.
            const QString reason =
                id == expected + 1
                    ? tr("entry %1 is missing: the log goes from entry %2 to entry %3").arg(expected).arg(expected - 1).arg(id)
                    : tr("entries %1 to %2 are missing: the log goes from entry %3 to entry %4")
                          .arg(expected).arg(id - 1).arg(expected - 1).arg(id);
            report.chainBreak = ChainBreak{expected, reason};
            return Ok{};
        }
        const QByteArray prevHash = q.value(7).toByteArray();
        if (prevHash != previousHash) {
            report.chainBreak = ChainBreak{
                id, id == 1 ? tr("entry 1 does not start the log: it links to an earlier entry that is not there")
                            : tr("entry %1 does not link to entry %2: entry %2 was changed or replaced")
                                  .arg(id).arg(id - 1)};
            return Ok{};
        }
        const QByteArray stored = q.value(8).toByteArray();
        sha.reset();
        sha.addData(QByteArray::number(id));
        for (int column = 1; column <= 7; ++column) {
            sha.addData(sep);
            sha.addData(q.value(column).toByteArray());
        }
        if (sha.result().toHex() != stored) {
            ++report.slowVerifications;
            if (referenceHash(q) != stored) {
                report.chainBreak = ChainBreak{id, tr("entry %1 was edited: its content does not match its hash").arg(id)};
                return Ok{};
            }
        }
        previousHash = stored;
        ++expected;
    }
    return endOfRows(q);
}

} // namespace rapport
