#pragma once

#include "IoTestUtil.h"

#include "TempDatabase.h"
#include "db/Query.h"
#include "io/CustomerImporter.h"
#include "io/CustomerSource.h"
#include "safety/IntegrityChecker.h"

namespace rapport::test {

template <typename T>
T require(Result<T> r)
{
    INFO((r ? QString() : r.error().code + QStringLiteral(": ") + r.error().message).toStdString());
    REQUIRE(r.ok());
    return r.take();
}

inline ImportSummary importFile(Database& db, const QString& path, ImportOptions options = {},
                                SourceOptions source = {})
{
    auto opened = require(openCustomerSource(path, source));
    return require(CustomerImporter::run(db, *opened, options));
}

inline QVariant one(Database& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    return scalar(db.connection(), sql, values);
}

// Everything an import could touch, so "exactly as it was" can be compared.
inline QString fingerprint(Database& db)
{
    QString out;
    for (const char* table : {"customers", "tags", "customer_tags", "deals", "deal_stage_history", "activities",
                              "audit_log"}) {
        out += QStringLiteral("%1:%2:%3;")
                   .arg(QString::fromLatin1(table))
                   .arg(one(db, QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).toLongLong())
                   .arg(one(db, QStringLiteral("SELECT total(rowid) FROM %1").arg(QString::fromLatin1(table))).toDouble());
    }
    out += one(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")).toString();
    out += one(db, QStringLiteral("SELECT group_concat(name || email || phone || coalesce(birthday, ''), '|') FROM "
                                  "customers")).toString();
    return out;
}

inline void requireClean(const QString& path)
{
    const IntegrityReport report = IntegrityChecker::check(path);
    const std::string chain = report.chainBreak ? report.chainBreak->reason.toStdString() : std::string();
    const std::string record =
        report.recordProblems.isEmpty() ? std::string() : report.recordProblems.first().reason.toStdString();
    INFO(chain);
    INFO(record);
    REQUIRE(report.clean());
}

} // namespace rapport::test
