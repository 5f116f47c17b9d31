#include "SqlTransaction.h"

#include "Database.h"

namespace rapport {

SqlTransaction::SqlTransaction(Database& db) : m_db(db)
{
    m_active = m_db.begin(&m_error);
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit(&m_error))
        return true;
    m_db.rollback();
    return false;
}

} // namespace rapport
