#pragma once

#include "db/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace rapport::test {

// A fresh, fully migrated database in its own temporary folder, removed afterwards.
class TempDatabase
{
public:
    TempDatabase();
    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace rapport::test
