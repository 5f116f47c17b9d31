#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace rapport {

// Applies the numbered SQL files embedded under :/rapport/migrations in order, by PRAGMA user_version.
// Each file runs in one transaction together with its version bump.
class Migrator
{
public:
    static int latestVersion();
    static QStringList migrationFiles();
    static Status migrate(const QSqlDatabase& db);
    // The statements of one migration file, split at the marker lines.
    static QStringList splitStatements(const QString& script);
};

} // namespace rapport
