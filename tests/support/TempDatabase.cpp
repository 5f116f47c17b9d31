#include "TempDatabase.h"

#include <stdexcept>

namespace rapport::test {

TempDatabase::TempDatabase()
{
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(path());
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_db = opened.take();
}

} // namespace rapport::test
