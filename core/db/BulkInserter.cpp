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
    // The logged image keeps its keys from row to row (the spec's columns, "id", the computed parts): only its
    // values are replaced, through iterators kept from the first row, instead of building a map per row.
    if (m_slots.isEmpty() || !m_image.isDetached() || m_computedKeys != computed.keys()) {
        m_image = computed;
        for (const QString& column : m_columns)
            m_image.insert(column, QVariant());
        m_image.insert(QStringLiteral("id"), QVariant());
        m_computedKeys = computed.keys();
        m_slots.clear();
        for (const QString& column : m_columns)
            m_slots << m_image.find(column);
        m_idSlot = m_image.find(QStringLiteral("id"));
    }
    for (auto it = computed.cbegin(); it != computed.cend(); ++it)
        m_image.find(it.key()).value() = it.value();
    for (int i = 0; i < m_columns.size(); ++i) {
        QVariant& slot = m_slots[i].value();
        slot = bindable(values.at(i));
        m_insert.bind(slot);
    }
    if (!m_insert.exec())
        return m_insert.asError();
    const qint64 id = m_insert.lastInsertId();
    m_idSlot.value() = id;
    if (beforeLog) {
        if (auto added = beforeLog(id); !added)
            return added.error();
    }
    if (auto logged = m_audit.append(entityName(m_spec.entity), id, QStringLiteral("insert"), {}, m_image); !logged)
        return logged.error();
    return id;
}

} // namespace rapport
