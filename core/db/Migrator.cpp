#include "Migrator.h"

#include "Query.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace rapport {

QStringList Migrator::migrationFiles()
{
    initMigrationResources();
    QDir dir(QStringLiteral(":/rapport/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (auto& f : files)
        f = dir.filePath(f);
    return files;
}

int Migrator::latestVersion()
{
    return static_cast<int>(migrationFiles().size());
}

QStringList Migrator::splitStatements(const QString& script)
{
    static const QRegularExpression marker(QStringLiteral("^--@@\\s*$"), QRegularExpression::MultilineOption);
    QStringList statements;
    for (const QString& part : script.split(marker)) {
        // Drop comment-only chunks; keep comments inside statements.
        QString body;
        for (const QString& line : part.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QStringLiteral("--")))
                body += line + QLatin1Char('\n');
        }
        if (!body.trimmed().isEmpty())
            statements << part.trimmed();
    }
    return statements;
}

Status Migrator::migrate(const QSqlDatabase& db)
{
    const QStringList files = migrationFiles();
    const int current = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    for (int version = current + 1; version <= files.size(); ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("migration"), QStringLiteral("Cannot read %1").arg(file.fileName()));
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

        QString error;
        if (!execSql(db, QStringLiteral("BEGIN IMMEDIATE"), &error))
            return makeError(QStringLiteral("migration"), error);
        bool ok = true;
        for (const QString& sql : statements) {
            if (!execSql(db, sql, &error)) {
                error = QCoreApplication::translate("rapport::Migrator", "Upgrading the database to version %1 failed: %2")
                            .arg(version)
                            .arg(error);
                ok = false;
                break;
            }
        }
        ok = ok && execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(version), &error) &&
             execSql(db, QStringLiteral("COMMIT"), &error);
        if (!ok) {
            QString ignored;
            execSql(db, QStringLiteral("ROLLBACK"), &ignored);
            return makeError(QStringLiteral("migration"), error);
        }
    }
    return Ok{};
}

} // namespace rapport
