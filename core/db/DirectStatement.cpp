#include "DirectStatement.h"

#include "db/SqliteApi.h"

#include <QDateTime>

namespace rapport {
namespace {

// SQLite's SQLITE_STATIC (the bound bytes stay valid until the statement has run: m_held keeps them) and
// SQLITE_TRANSIENT (SQLite copies them at once).
void (*const kStatic)(void*) = nullptr;
void (*const kTransient)(void*) = reinterpret_cast<void (*)(void*)>(-1);

} // namespace

bool DirectStatement::available(const QSqlDatabase& db)
{
    return SqliteApi::of(db).hasStatements() && SqliteApi::handleOf(db);
}

DirectStatement::DirectStatement(const QSqlDatabase& db, const QString& sql)
{
    if (available(db)) {
        m_api = &SqliteApi::of(db);
        m_db = SqliteApi::handleOf(db);
        const QByteArray utf8 = sql.toUtf8();
        if (m_api->prepare(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SqliteApi::kOk || !m_stmt) {
            fail();
            m_stmt = nullptr;
            return;
        }
        m_parameters = m_api->bindParameterCount(m_stmt);
        m_held.reserve(m_parameters);
        return;
    }
    m_query.emplace(db, sql);
    m_error = m_query->error();
}

DirectStatement::~DirectStatement()
{
    if (m_stmt)
        m_api->finalize(m_stmt);
}

bool DirectStatement::fail()
{
    m_error = explainSqlError(QString::fromUtf8(m_api->errmsg(m_db)));
    return false;
}

DirectStatement& DirectStatement::bindInt(qint64 value)
{
    if (m_query) {
        m_query->bind(value);
        return *this;
    }
    if (m_stmt && m_position < m_parameters)
        m_api->bindInt64(m_stmt, m_position + 1, value);
    ++m_position;
    return *this;
}

DirectStatement& DirectStatement::bindText(const QString& text)
{
    if (m_query) {
        m_query->bind(text);
        return *this;
    }
    if (m_stmt && m_position < m_parameters) {
        if (QStringView(text).isValidUtf16()) {
            m_held.push_back(text.toUtf8());
            m_api->bindText(m_stmt, m_position + 1, m_held.back().constData(), int(m_held.back().size()), kStatic);
        } else {
            // Lone surrogates: hand them over as Qt does, so SQLite stores the very same bytes.
            m_api->bindText16(m_stmt, m_position + 1, text.utf16(), int(text.size() * sizeof(QChar)), kTransient);
        }
    }
    ++m_position;
    return *this;
}

DirectStatement& DirectStatement::bindUtf8(const QByteArray& text)
{
    if (m_query) {
        m_query->bind(QString::fromUtf8(text));
        return *this;
    }
    if (m_stmt && m_position < m_parameters) {
        m_held.push_back(text);
        m_api->bindText(m_stmt, m_position + 1, m_held.back().constData(), int(m_held.back().size()), kStatic);
    }
    ++m_position;
    return *this;
}

DirectStatement& DirectStatement::bind(const QVariant& value)
{
    if (m_query) {
        m_query->bind(value);
        return *this;
    }
    // Null as Qt's driver sees it: no value, or a null string or byte array.
    const bool null =
        !value.isValid() || value.isNull() ||
        (value.typeId() == QMetaType::QString && static_cast<const QString*>(value.constData())->isNull()) ||
        (value.typeId() == QMetaType::QByteArray && static_cast<const QByteArray*>(value.constData())->isNull());
    if (null) {
        if (m_stmt && m_position < m_parameters)
            m_api->bindNull(m_stmt, m_position + 1);
        ++m_position;
        return *this;
    }
    // Qt's QSQLITE driver's mapping, type by type.
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return bindInt(value.toLongLong());
    case QMetaType::Double:
        if (m_stmt && m_position < m_parameters)
            m_api->bindDouble(m_stmt, m_position + 1, value.toDouble());
        ++m_position;
        return *this;
    case QMetaType::QByteArray:
        if (m_stmt && m_position < m_parameters) {
            m_held.push_back(value.toByteArray());
            m_api->bindBlob(m_stmt, m_position + 1, m_held.back().constData(), int(m_held.back().size()), kStatic);
        }
        ++m_position;
        return *this;
    case QMetaType::QDateTime:
        return bindText(value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime:
        return bindText(value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
    default:
        return bindText(value.toString());
    }
}

bool DirectStatement::exec()
{
    m_hasRow = false;
    if (m_query) {
        if (!m_query->exec()) {
            m_error = m_query->error();
            return false;
        }
        m_hasRow = m_query->next();
        m_firstInt = m_hasRow ? m_query->value(0).toLongLong() : 0;
        m_lastInsertId = m_query->lastInsertId();
        m_query->raw().finish();
        return true;
    }
    if (!m_stmt)
        return false; // the prepare error stays
    const int bound = m_position;
    m_position = 0;
    if (bound != m_parameters) {
        m_held.clear();
        m_error = QStringLiteral("%1 values bound for %2 parameters").arg(bound).arg(m_parameters);
        return false;
    }
    const int rc = m_api->step(m_stmt);
    bool ok = true;
    if (rc == SqliteApi::kRow) {
        m_hasRow = true;
        m_firstInt = m_api->columnInt64(m_stmt, 0);
    } else if (rc == SqliteApi::kDone) {
        m_lastInsertId = m_api->lastInsertRowid(m_db);
    } else {
        ok = fail();
    }
    m_api->reset(m_stmt);
    m_held.clear();
    return ok;
}

qint64 DirectStatement::lastInsertId() const
{
    return m_lastInsertId;
}

} // namespace rapport
