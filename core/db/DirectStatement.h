#pragma once

#include "Result.h"
#include "db/Query.h"

#include <QByteArray>
#include <QVariant>
#include <optional>
#include <vector>

namespace rapport {

struct SqliteApi;

// A prepared statement for the hot loops of bulk work (imports, bulk catch-up), bound through SQLite's C API
// (SqliteApi) when the driver lets us: QSqlQuery spends about 2,000 instructions naming each bound position and
// hands text to SQLite as UTF-16 to convert, which was a fifth of an import's time. Values are bound in order,
// as with Query; the same SQL, the same stored values (text that is not valid UTF-16 goes in as UTF-16, exactly
// as Qt would pass it). Where SQLite's functions are out of reach it runs through Query instead.
class DirectStatement
{
public:
    DirectStatement(const QSqlDatabase& db, const QString& sql);
    ~DirectStatement();
    DirectStatement(const DirectStatement&) = delete;
    DirectStatement& operator=(const DirectStatement&) = delete;

    // As Qt's driver binds it: null -> NULL, bool and integers -> integer, double -> real, byte array -> blob,
    // anything else -> its text.
    DirectStatement& bind(const QVariant& value);
    DirectStatement& bindText(const QString& text);
    DirectStatement& bindInt(qint64 value);
    // Text already in valid UTF-8 (e.g. NameGrams): stored as is, no conversion.
    DirectStatement& bindUtf8(const QByteArray& text);

    // Runs the statement to its first row (or its end) with the values bound since the last run, then resets
    // it: no read stays open. firstInt() is that row's first column.
    bool exec();
    bool hasRow() const { return m_hasRow; }
    qint64 firstInt() const { return m_firstInt; }
    qint64 lastInsertId() const;

    const QString& error() const { return m_error; }
    Error asError(const QString& code = QStringLiteral("sql")) const { return Error{code, m_error}; }

    // True when this connection's statements bind directly (the benchmark reports it).
    static bool available(const QSqlDatabase& db);

private:
    bool fail();

    const SqliteApi* m_api = nullptr;
    void* m_db = nullptr;
    void* m_stmt = nullptr;
    int m_parameters = 0;
    int m_position = 0;
    std::vector<QByteArray> m_held; // bound text kept alive until the statement has run
    std::optional<Query> m_query;   // the Qt path
    bool m_hasRow = false;
    qint64 m_firstInt = 0;
    qint64 m_lastInsertId = 0;
    QString m_error;
};

} // namespace rapport
