#pragma once

#include <QString>

namespace rapport {

class Database;

// RAII transaction: rolls back unless commit() succeeded. Nested use becomes a savepoint.
class SqlTransaction
{
public:
    explicit SqlTransaction(Database& db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool active() const { return m_active; }
    const QString& error() const { return m_error; }
    bool commit();

private:
    Database& m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace rapport
