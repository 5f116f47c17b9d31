#include "BulkInserter.h"

#include "db/Database.h"
#include "safety/AuditLog.h"

#include <QSqlRecord>

namespace rapport {

BulkInserter::BulkInserter(Database& db, const TableSpec& spec, const QStringList& columns, AuditTail& audit)
    : m_db(db), m_spec(spec), m_audit(audit),
      m_insert(db.connection(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(spec.table, columns.join(QStringLiteral(", ")),
                                         QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")))),
      m_image(db.connection(), QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(imageSelectList(spec), spec.table))
{
}

Result<QVariantMap> BulkInserter::image(qint64 id)
{
    m_image.bind(id);
    if (!m_image.exec())
        return m_image.asError();
    QVariantMap row;
    if (m_image.next()) {
        const QSqlRecord rec = m_image.raw().record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), m_image.value(i));
    }
    m_image.raw().finish();
    return row;
}

Result<qint64> BulkInserter::insert(const QVariantList& values, const std::function<Status(qint64)>& beforeLog)
{
    for (const auto& v : values)
        m_insert.bind(bindable(v));
    if (!m_insert.exec())
        return m_insert.asError();
    const qint64 id = m_insert.lastInsertId();
    if (beforeLog) {
        if (auto added = beforeLog(id); !added)
            return added.error();
    }
    auto after = image(id);
    if (!after)
        return after.error();
    if (auto logged = m_audit.append(entityName(m_spec.entity), id, QStringLiteral("insert"), {}, after.value());
        !logged)
        return logged.error();
    return id;
}

Status BulkInserter::logUpdate(qint64 id, const QVariantMap& before)
{
    auto after = image(id);
    if (!after)
        return after.error();
    return m_audit.append(entityName(m_spec.entity), id, QStringLiteral("update"), before, after.value());
}

} // namespace rapport
