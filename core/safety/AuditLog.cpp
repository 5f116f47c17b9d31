#include "AuditLog.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/DirectStatement.h"
#include "db/Query.h"
#include "safety/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace rapport {

QJsonValue AuditLog::canonicalValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(value.toString());
}

namespace {

// Canonical JSON written by hand: keys in QMap order, every value as a JSON string or null. It is what the
// hashes are computed over, so it must never depend on a library's formatting choices; it is also several
// times faster than building QJsonObjects for every logged row.
bool needsEscaping(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == u'"' || c == u'\\')
            return true;
    }
    return false;
}

void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    if (!needsEscaping(text)) { // the common case: one append instead of one per character
        out += text;
        out += QLatin1Char('"');
        return;
    }
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

bool isNullValue(const QVariant& v)
{
    return !v.isValid() || v.isNull();
}

void appendJsonValue(QString& out, const QVariant& v)
{
    if (isNullValue(v))
        out += QStringLiteral("null");
    else
        appendJsonString(out, v.toString());
}

// Worth recording when a record appears or disappears: empty text and nulls say nothing.
bool isBlank(const QVariant& v)
{
    return isNullValue(v) || v.toString().isEmpty();
}

// A record appearing (every bulk insert): its changes JSON and the JSON its row hash is taken of, in one pass
// over the image. The same texts as changesJson({}, row) and rowHash(row) build (the audit tests hold them).
void appearingTexts(const QVariantMap& row, QString* changes, QString* image)
{
    changes->reserve(512);
    image->reserve(512);
    *changes += QLatin1Char('{');
    *image += QLatin1Char('{');
    bool firstChange = true;
    bool firstField = true;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QVariant& v = it.value();
        if (!firstField)
            *image += QLatin1Char(',');
        firstField = false;
        appendJsonString(*image, it.key());
        *image += QLatin1Char(':');
        if (isNullValue(v)) {
            *image += QStringLiteral("null");
            continue;
        }
        const QString text = v.toString();
        appendJsonString(*image, text);
        if (text.isEmpty())
            continue;
        if (!firstChange)
            *changes += QLatin1Char(',');
        firstChange = false;
        appendJsonString(*changes, it.key());
        *changes += QStringLiteral(":[null,");
        appendJsonString(*changes, text);
        *changes += QLatin1Char(']');
    }
    *changes += QLatin1Char('}');
    *image += QLatin1Char('}');
}

} // namespace

QString AuditLog::rowHash(const QVariantMap& row)
{
    if (row.isEmpty())
        return {};
    QString json;
    json.reserve(512);
    json += QLatin1Char('{');
    bool first = true;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (!first)
            json += QLatin1Char(',');
        first = false;
        appendJsonString(json, it.key());
        json += QLatin1Char(':');
        appendJsonValue(json, it.value());
    }
    json += QLatin1Char('}');
    // Sha256 gives QCryptographicHash's results with the CPU's SHA instructions: two hashes per logged row.
    return QString::fromLatin1(Sha256::hexHash(json.toUtf8()));
}

QString AuditLog::entryHash(const AuditEntry& e)
{
    return entryHash(e, toStoredInstant(e.at));
}

QString AuditLog::entryHash(const AuditEntry& e, const QString& storedAt)
{
    const QString content = QString::number(e.id) + QLatin1Char('\x1f') + storedAt +
                            QLatin1Char('\x1f') + e.entity + QLatin1Char('\x1f') + QString::number(e.entityId) +
                            QLatin1Char('\x1f') + e.action + QLatin1Char('\x1f') + e.changesJson +
                            QLatin1Char('\x1f') + e.rowHash + QLatin1Char('\x1f') + e.prevHash;
    return QString::fromLatin1(Sha256::hexHash(content.toUtf8()));
}

QString AuditLog::changesJson(const QVariantMap& before, const QVariantMap& after)
{
    if (before.isEmpty() || after.isEmpty()) {
        // A record appearing or disappearing (every bulk insert): its non-blank fields, in key order, without
        // merging two key sets. Gives the same text as the general case below.
        const bool appearing = before.isEmpty();
        const QVariantMap& side = appearing ? after : before;
        QString json;
        json.reserve(512);
        json += QLatin1Char('{');
        bool first = true;
        for (auto it = side.cbegin(); it != side.cend(); ++it) {
            if (isBlank(it.value()))
                continue;
            if (!first)
                json += QLatin1Char(',');
            first = false;
            appendJsonString(json, it.key());
            json += appearing ? QStringLiteral(":[null,") : QStringLiteral(":[");
            appendJsonValue(json, it.value());
            json += appearing ? QStringLiteral("]") : QStringLiteral(",null]");
        }
        json += QLatin1Char('}');
        return json;
    }
    std::set<QString> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    const bool appearing = before.isEmpty();
    const bool disappearing = after.isEmpty();
    QString json;
    json.reserve(256);
    json += QLatin1Char('{');
    bool first = true;
    for (const QString& key : keys) {
        const QVariant b = before.value(key);
        const QVariant a = after.value(key);
        if (isNullValue(a) == isNullValue(b) && a.toString() == b.toString())
            continue;
        if ((appearing && isBlank(a)) || (disappearing && isBlank(b)))
            continue;
        if (!first)
            json += QLatin1Char(',');
        first = false;
        appendJsonString(json, key);
        json += QStringLiteral(":[");
        appendJsonValue(json, b);
        json += QLatin1Char(',');
        appendJsonValue(json, a);
        json += QLatin1Char(']');
    }
    json += QLatin1Char('}');
    return json;
}

AuditTail::AuditTail(Database& db) : m_db(db) {}

AuditTail::~AuditTail() = default;

Status AuditTail::load()
{
    Query last(m_db.connection(), QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last.exec())
        return last.asError();
    // The first entry's prev_hash is empty, not null (the column is NOT NULL).
    m_lastHash = QStringLiteral("");
    if (last.next()) {
        m_lastId = last.value(0).toLongLong();
        m_lastHash = last.value(1).toString();
    }
    m_loaded = true;
    return Ok{};
}

Status AuditTail::append(const QString& entity, qint64 entityId, const QString& action, const QVariantMap& before,
                         const QVariantMap& after)
{
    if (!m_loaded) {
        if (auto loaded = load(); !loaded)
            return loaded;
    }
    AuditEntry e;
    e.id = m_lastId + 1;
    e.prevHash = m_lastHash;
    e.at = Clock::nowUtc();
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    if (before.isEmpty() && !after.isEmpty()) {
        QString image;
        appearingTexts(after, &e.changesJson, &image);
        e.rowHash = QString::fromLatin1(Sha256::hexHash(image.toUtf8()));
    } else {
        e.changesJson = AuditLog::changesJson(before, after);
        e.rowHash = after.isEmpty() ? QStringLiteral("") : AuditLog::rowHash(after);
    }
    if (e.at != m_at) {
        m_at = e.at;
        m_storedAt = toStoredInstant(e.at);
    }
    e.hash = AuditLog::entryHash(e, m_storedAt);

    if (!m_insert) {
        m_insert = std::make_unique<DirectStatement>(m_db.connection(),
                                           QStringLiteral("INSERT INTO audit_log (id, at, entity, entity_id, action, "
                                                          "changes, row_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, "
                                                          "?, ?, ?, ?)"));
    }
    DirectStatement& insert = *m_insert;
    insert.bindInt(e.id).bindText(m_storedAt).bindText(e.entity).bindInt(e.entityId).bindText(e.action);
    insert.bindText(e.changesJson).bindText(e.rowHash).bindText(e.prevHash).bindText(e.hash);
    if (!insert.exec())
        return insert.asError();
    m_lastId = e.id;
    m_lastHash = e.hash;
    return Ok{};
}

Status AuditLog::append(const QString& entity, qint64 entityId, const QString& action, const QVariantMap& before,
                        const QVariantMap& after)
{
    return AuditTail(m_db).append(entity, entityId, action, before, after);
}

Result<QList<AuditEntry>> AuditLog::history(const QString& entity, qint64 entityId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, at, entity, entity_id, action, changes, row_hash, prev_hash, "
                                              "hash FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"));
    q.bindAll({entity, entityId});
    if (!q.exec())
        return q.asError();
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromStoredInstant(q.value(1).toString());
        e.entity = q.value(2).toString();
        e.entityId = q.value(3).toLongLong();
        e.action = q.value(4).toString();
        e.changesJson = q.value(5).toString();
        e.rowHash = q.value(6).toString();
        e.prevHash = q.value(7).toString();
        e.hash = q.value(8).toString();
        entries << e;
    }
    return entries;
}

} // namespace rapport
