#include "Query.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace rapport {

Query::Query(const QSqlDatabase& db, const QString& sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_error = explainSqlError(m_query.lastError().text());
}

Query& Query::bind(const QVariant& value)
{
    m_query.addBindValue(value);
    return *this;
}

Query& Query::bindAll(std::initializer_list<QVariant> values)
{
    for (const auto& v : values)
        m_query.addBindValue(v);
    return *this;
}

bool Query::exec()
{
    if (!m_prepared)
        return false;
    if (m_query.exec())
        return true;
    m_error = explainSqlError(m_query.lastError().text());
    return false;
}

bool Query::isBusy() const
{
    return m_error.contains(QStringLiteral("locked"), Qt::CaseInsensitive);
}

bool Query::isReadOnlyOrFull() const
{
    const QString e = m_query.lastError().text();
    return e.contains(QStringLiteral("readonly"), Qt::CaseInsensitive) ||
           e.contains(QStringLiteral("full"), Qt::CaseInsensitive);
}

bool execSql(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = explainSqlError(q.lastError().text());
    return false;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    Query q(db, sql);
    q.bindAll(values);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

Result<int> fetchCount(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    Query q(db, sql);
    for (const auto& v : values)
        q.bind(v);
    if (!q.exec() || !q.next())
        return q.asError();
    return q.value(0).toInt();
}

QString explainSqlError(const QString& driverText)
{
    const QString t = driverText.trimmed();
    if (t.contains(QStringLiteral("database or disk is full"), Qt::CaseInsensitive))
        return QCoreApplication::translate(
                   "rapport::Sql", "The disk is full, so the change was not saved. Free some space and try again.") +
               QStringLiteral(" (") + t + QStringLiteral(")");
    if (t.contains(QStringLiteral("readonly"), Qt::CaseInsensitive) ||
        t.contains(QStringLiteral("read-only"), Qt::CaseInsensitive))
        return QCoreApplication::translate("rapport::Sql",
                                           "The database file is read-only, so the change was not saved.") +
               QStringLiteral(" (") + t + QStringLiteral(")");
    if (t.contains(QStringLiteral("database is locked"), Qt::CaseInsensitive))
        return QCoreApplication::translate(
                   "rapport::Sql",
                   "The database is busy in another program; the change was not saved. Try again in a moment.") +
               QStringLiteral(" (") + t + QStringLiteral(")");
    if (t.contains(QStringLiteral("malformed"), Qt::CaseInsensitive) ||
        t.contains(QStringLiteral("not a database"), Qt::CaseInsensitive))
        return QCoreApplication::translate("rapport::Sql", "The database file is damaged. Restore it from a backup.") +
               QStringLiteral(" (") + t + QStringLiteral(")");
    return t;
}

Result<QVariantMap> fetchRowMap(Query& query)
{
    if (!query.exec())
        return query.asError();
    QVariantMap row;
    if (query.next()) {
        const QSqlRecord rec = query.raw().record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), query.value(i));
    }
    return row;
}

} // namespace rapport
