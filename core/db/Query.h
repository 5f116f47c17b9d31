#pragma once

#include <QVariantMap>

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>
#include <initializer_list>
#include <utility>

namespace rapport {

// A prepared statement with positional values. Every value reaches SQL through bindValue().
class Query
{
public:
    Query(const QSqlDatabase& db, const QString& sql);

    Query& bind(const QVariant& value);
    Query& bindAll(std::initializer_list<QVariant> values);
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    QSqlQuery& raw() { return m_query; }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Set after a failed prepare or exec: "what failed: the driver's words".
    const QString& error() const { return m_error; }
    Error asError(const QString& code = QStringLiteral("sql")) const { return Error{code, m_error}; }
    bool isBusy() const;
    bool isReadOnlyOrFull() const;

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_error;
    bool m_prepared = false;
};

// Run one statement without results; false + message on failure.
bool execSql(const QSqlDatabase& db, const QString& sql, QString* error);
// First column of the first row, or an invalid QVariant.
QVariant scalar(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});

// Runs `sql` with `values` and turns every row into a T with `read(const Query&)`.
template <typename T, typename Read>
Result<QList<T>> fetchAll(const QSqlDatabase& db, const QString& sql, const QVariantList& values, Read read)
{
    Query q(db, sql);
    for (const auto& v : values)
        q.bind(v);
    if (!q.exec())
        return q.asError();
    QList<T> rows;
    while (q.next())
        rows << read(q);
    return rows;
}

// The integer in the first column of the first row (e.g. a count).
Result<int> fetchCount(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

// Runs a bound query and returns its first row by column name (empty when there is none): a record's image.
Result<QVariantMap> fetchRowMap(Query& query);

// Turns a SQLite failure into words a shop owner understands (disk full, read-only, locked, ...).
QString explainSqlError(const QString& driverText);

} // namespace rapport
