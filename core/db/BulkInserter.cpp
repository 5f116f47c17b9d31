#include "BulkInserter.h"

#include "db/Database.h"
#include "safety/AuditLog.h"

#include <algorithm>

namespace rapport {
namespace {

QStringList insertColumns(const TableSpec& spec)
{
    QStringList columns = spec.columns;
    columns.removeAll(QStringLiteral("id"));
    return columns;
}

QString insertSql(const TableSpec& spec, const QStringList& columns)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(spec.table, columns.join(QStringLiteral(", ")),
             QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
}

QByteArray nocaseKey(const QString& text)
{
    QByteArray key = text.toUtf8();
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return key;
}

} // namespace

QVariant renderTagList(const QStringList& tags)
{
    QStringList distinct;
    QList<QByteArray> keys;
    for (const QString& raw : tags) {
        const QString tag = raw.trimmed();
        const QByteArray key = nocaseKey(tag);
        if (!tag.isEmpty() && !keys.contains(key)) {
            distinct << tag;
            keys << key;
        }
    }
    if (distinct.isEmpty())
        return {};
    std::sort(distinct.begin(), distinct.end(),
              [](const QString& a, const QString& b) { return nocaseKey(a) < nocaseKey(b); });
    return distinct.join(QStringLiteral(", "));
}

BulkInserter::BulkInserter(Database& db, const TableSpec& spec, AuditTail& audit)
    : m_db(db), m_spec(spec), m_audit(audit), m_columns(insertColumns(spec)),
      m_insert(db.connection(), insertSql(spec, m_columns))
{
}

Result<qint64> BulkInserter::insert(const QVariantList& values, const QVariantMap& computed,
                                    const std::function<Status(qint64)>& beforeLog)
{
    Q_ASSERT(values.size() == m_columns.size());
    QVariantMap image = computed;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QVariant value = bindable(values.at(i));
        m_insert.bind(value);
        image.insert(m_columns.at(i), value);
    }
    if (!m_insert.exec())
        return m_insert.asError();
    const qint64 id = m_insert.lastInsertId();
    image.insert(QStringLiteral("id"), id);
    if (beforeLog) {
        if (auto added = beforeLog(id); !added)
            return added.error();
    }
    if (auto logged = m_audit.append(entityName(m_spec.entity), id, QStringLiteral("insert"), {}, image); !logged)
        return logged.error();
    return id;
}

} // namespace rapport
