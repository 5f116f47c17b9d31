#include "RecordVerifier.h"

#include "db/Query.h"
#include "db/RecordStore.h"
#include "safety/AuditLog.h"
#include "safety/IntegrityChecker.h"
#include "safety/ReadConnection.h"
#include "safety/Sha256.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

#include <algorithm>
#include <map>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::RecordVerifier", text);
}

void addProblem(IntegrityReport& report, RecordProblem problem)
{
    ++report.recordProblemCount;
    if (report.recordProblems.size() < IntegrityReport::kMaxListed)
        report.recordProblems << std::move(problem);
}

Result<QStringList> imageColumns(const QSqlDatabase& db, const TableSpec& spec)
{
    Query q(db, QStringLiteral("SELECT %1 FROM %2 LIMIT 0").arg(imageSelectList(spec), spec.table));
    if (!q.exec())
        return q.asError();
    const QSqlRecord rec = q.raw().record();
    QStringList names;
    for (int i = 0; i < rec.count(); ++i)
        names << rec.fieldName(i);
    return names;
}

// The record's image exactly as RecordStore::image() builds it: the reference the fast path is checked against.
Result<QVariantMap> referenceImage(const QSqlDatabase& db, const TableSpec& spec, qint64 id)
{
    Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(imageSelectList(spec), spec.table));
    q.bind(id);
    if (!q.exec())
        return q.asError();
    QVariantMap row;
    if (q.next()) {
        const QSqlRecord rec = q.raw().record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
    }
    return row;
}

} // namespace

Status RecordVerifier::verify(const QSqlDatabase& db, IntegrityReport& report)
{
    for (const TableSpec& spec : auditedTables()) {
        if (auto checked = verifyTable(db, spec, report); !checked)
            return checked;
        if (auto checked = verifyDeleted(db, spec, report); !checked)
            return checked;
    }
    return verifySettings(db, report);
}

Status RecordVerifier::verifyTable(const QSqlDatabase& db, const TableSpec& spec, IntegrityReport& report)
{
    auto columns = imageColumns(db, spec);
    if (!columns)
        return columns.error();
    // SQLite writes the image as the same compact JSON that AuditLog::rowHash hashes (keys sorted, every
    // value text or null), so most records are confirmed without building a QVariantMap. Any record the
    // fast path cannot confirm is rebuilt and hashed by the reference code before it is reported.
    QStringList sorted = columns.value();
    std::sort(sorted.begin(), sorted.end());
    QStringList pairs;
    for (const QString& name : sorted)
        pairs << QStringLiteral("'%1', CAST(img.%1 AS TEXT)").arg(name);
    const QString latest = QStringLiteral("(SELECT CAST(a.row_hash AS BLOB) FROM audit_log AS a "
                                          "WHERE a.entity = ? AND a.entity_id = img.id ORDER BY a.id DESC LIMIT 1)");
    const QString sql = QStringLiteral("SELECT img.id, %1, %2 FROM (SELECT %3 FROM %4) AS img ORDER BY img.id");
    const QString image = imageSelectList(spec);
    Query q(db, sql.arg(QStringLiteral("CAST(json_object(%1) AS BLOB)").arg(pairs.join(QStringLiteral(", "))), latest,
                        image, spec.table));
    q.bind(entityName(spec.entity));
    bool ran = q.exec();
    // Without SQLite's JSON functions every record takes the reference path: slower, same answers.
    std::optional<Query> plain;
    if (!ran) {
        plain.emplace(db, sql.arg(QStringLiteral("NULL"), latest, image, spec.table));
        plain->bind(entityName(spec.entity));
        if (!plain->exec())
            return plain->asError();
    }
    Query& rows = ran ? q : *plain;
    const QString entity = entityName(spec.entity);
    while (rows.next()) {
        ++report.recordsChecked;
        const qint64 id = rows.value(0).toLongLong();
        const QVariant last = rows.value(2);
        if (last.isNull()) {
            addProblem(report, {entity, id, {}, tr("has no history: it was added without an audit entry")});
            continue;
        }
        const QByteArray expected = last.toByteArray();
        if (expected.isEmpty()) {
            addProblem(report, {entity, id, {}, tr("exists although its history says it was deleted")});
            continue;
        }
        if (Sha256::hexHash(rows.value(1).toByteArray()) == expected)
            continue;
        ++report.slowVerifications;
        auto reference = referenceImage(db, spec, id);
        if (!reference)
            return reference.error();
        if (AuditLog::rowHash(reference.value()).toLatin1() != expected)
            addProblem(report, {entity, id, {}, tr("was changed without an audit entry: it differs from its history")});
    }
    return endOfRows(rows);
}

Status RecordVerifier::verifyDeleted(const QSqlDatabase& db, const TableSpec& spec, IntegrityReport& report)
{
    // Latest entry per record from the covering index; only records that are gone are looked at further.
    Query q(db, QStringLiteral("SELECT g.entity_id FROM (SELECT entity_id, max(id) AS last FROM audit_log "
                               "WHERE entity = ? GROUP BY entity_id) AS g "
                               "WHERE NOT EXISTS (SELECT 1 FROM %1 WHERE id = g.entity_id) "
                               "AND (SELECT action FROM audit_log WHERE id = g.last) <> 'delete' "
                               "ORDER BY g.entity_id")
                    .arg(spec.table));
    q.bind(entityName(spec.entity));
    if (!q.exec())
        return q.asError();
    const QString entity = entityName(spec.entity);
    while (q.next())
        addProblem(report, {entity, q.value(0).toLongLong(), {}, tr("is gone, but its history has no delete")});
    return endOfRows(q);
}

Status RecordVerifier::verifySettings(const QSqlDatabase& db, IntegrityReport& report)
{
    // Fold the settings' history: for each key, the row_hash of the latest entry that touched it and the
    // keys that entry's image covered (setSetting writes one key per entry).
    struct Latest
    {
        QByteArray rowHash;
        QStringList keys;
    };
    std::map<QString, Latest> latest;
    Query log(db, QStringLiteral("SELECT CAST(changes AS BLOB), CAST(row_hash AS BLOB) FROM audit_log "
                                 "WHERE entity = ? ORDER BY id"));
    log.bind(entityName(Entity::Setting));
    if (!log.exec())
        return log.asError();
    while (log.next()) {
        const QStringList keys = QJsonDocument::fromJson(log.value(0).toByteArray()).object().keys();
        for (const QString& key : keys)
            latest[key] = Latest{log.value(1).toByteArray(), keys};
    }
    if (auto read = endOfRows(log); !read)
        return read;

    QVariantMap current;
    Query settings(db, QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    if (!settings.exec())
        return settings.asError();
    while (settings.next())
        current.insert(settings.value(0).toString(), settings.value(1));
    if (auto read = endOfRows(settings); !read)
        return read;

    const QString entity = entityName(Entity::Setting);
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        ++report.settingsChecked;
        const auto found = latest.find(it.key());
        if (found == latest.end()) {
            addProblem(report, {entity, 0, it.key(), tr("has no history: it was added without an audit entry")});
            continue;
        }
        QVariantMap image;
        for (const QString& key : found->second.keys) {
            if (current.contains(key))
                image.insert(key, current.value(key));
        }
        if (AuditLog::rowHash(image).toLatin1() != found->second.rowHash)
            addProblem(report, {entity, 0, it.key(), tr("was changed without an audit entry: it differs from its history")});
    }
    for (const auto& [key, entry] : latest) {
        if (!current.contains(key) && !entry.rowHash.isEmpty())
            addProblem(report, {entity, 0, key, tr("is gone, but its history has no delete")});
    }
    return Ok{};
}

} // namespace rapport
