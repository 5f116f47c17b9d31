#include "AudienceExport.h"

#include "campaigns/SegmentSql.h"
#include "db/Query.h"
#include "io/CsvWriter.h"

#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QUrl>

namespace rapport {
namespace {

constexpr int kChunk = 500;

const QString kContactable = QStringLiteral(
    "c.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM campaign_members o WHERE o.customer_id = c.id "
    "AND o.status = 'opted_out')");

QString marks(qsizetype n)
{
    QStringList list;
    for (qsizetype i = 0; i < n; ++i)
        list << QStringLiteral("?");
    return list.join(QLatin1Char(','));
}

// Runs `sql` (with "%1" for the id placeholders) over the ids in chunks, calling `row` for each result row.
template <typename Row>
Status forEachChunk(const QSqlDatabase& db, const QString& sql, const QList<qint64>& ids, Row row)
{
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        Query q(db, sql.arg(marks(chunk.size())));
        for (qint64 id : chunk)
            q.bind(id);
        if (!q.exec())
            return q.asError();
        while (q.next())
            row(q);
    }
    return Ok{};
}

} // namespace

Result<QList<qint64>> AudienceExport::campaignAudience(const QSqlDatabase& db, qint64 campaignId)
{
    return fetchAll<qint64>(db,
                            QStringLiteral("SELECT c.id FROM campaign_members m JOIN customers c ON c.id = m.customer_id "
                                           "WHERE m.campaign_id = ? AND %1 ORDER BY c.name COLLATE NOCASE, c.id")
                                .arg(kContactable),
                            {campaignId}, [](const Query& q) { return q.value(0).toLongLong(); });
}

Result<QList<qint64>> AudienceExport::segmentAudience(const QSqlDatabase& db, const Segment& segment)
{
    auto where = SegmentSql::condition(segment);
    if (!where)
        return where.error();
    return fetchAll<qint64>(db,
                            QStringLiteral("SELECT c.id FROM customers c WHERE %1 AND %2 ORDER BY c.name COLLATE NOCASE, c.id")
                                .arg(where.value().sql, kContactable),
                            where.value().values, [](const Query& q) { return q.value(0).toLongLong(); });
}

Result<int> AudienceExport::writeCsv(const QSqlDatabase& db, const QList<qint64>& customerIds, QIODevice* device,
                                     bool byteOrderMark)
{
    CsvWriter csv(device, byteOrderMark);
    csv.writeRow({tr("Name"), tr("First name"), tr("Company"), tr("Email"), tr("Phone"), tr("Mobile"), tr("City"),
                  tr("Region"), tr("Country")});
    // Rows come back per chunk in id order; keep the caller's order.
    QHash<qint64, QStringList> rows;
    auto status = forEachChunk(db,
                               QStringLiteral("SELECT c.id, c.name, c.kind, coalesce(co.name, ''), c.email, c.phone, "
                                              "c.mobile, c.city, c.region, c.country FROM customers c LEFT JOIN customers "
                                              "co ON co.id = c.company_id WHERE c.id IN (%1) AND %2")
                                   .arg(QStringLiteral("%1"), kContactable),
                               customerIds, [&rows](const Query& q) {
                                   const QString name = q.value(1).toString();
                                   const bool person = q.value(2).toString() == QLatin1String("person");
                                   // Mail merges greet by first name; a company has none.
                                   const QString first = person ? name.section(QLatin1Char(' '), 0, 0) : QString();
                                   rows.insert(q.value(0).toLongLong(),
                                               {name, first, q.value(3).toString(), q.value(4).toString(),
                                                q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                                                q.value(8).toString(), q.value(9).toString()});
                               });
    if (!status)
        return status.error();
    int written = 0;
    for (qint64 id : customerIds) {
        auto it = rows.constFind(id);
        if (it == rows.cend())
            continue;
        csv.writeRow(*it);
        ++written;
    }
    if (!csv.ok())
        return makeError(QStringLiteral("io"), tr("The file could not be written: %1").arg(device->errorString()));
    return written;
}

Result<QStringList> AudienceExport::mailtoBatches(const QSqlDatabase& db, const QList<qint64>& customerIds)
{
    QHash<qint64, QString> emails;
    auto status = forEachChunk(db,
                               QStringLiteral("SELECT c.id, c.email FROM customers c WHERE c.id IN (%1) AND c.email <> '' AND %2")
                                   .arg(QStringLiteral("%1"), kContactable),
                               customerIds,
                               [&emails](const Query& q) { emails.insert(q.value(0).toLongLong(), q.value(1).toString()); });
    if (!status)
        return status.error();
    QStringList addresses;
    for (qint64 id : customerIds) {
        if (emails.contains(id))
            addresses << emails.value(id);
    }
    return mailtoBatches(addresses);
}

QStringList AudienceExport::mailtoBatches(const QStringList& addresses, int maxAddresses, int maxLength)
{
    const QString prefix = QStringLiteral("mailto:?bcc=");
    QStringList batches;
    QString current;
    int inCurrent = 0;
    QSet<QString> seen;
    for (const QString& raw : addresses) {
        const QString address = raw.trimmed();
        if (address.isEmpty() || seen.contains(address.toLower()))
            continue;
        seen.insert(address.toLower());
        // Percent-encode everything but the characters an address needs, so , ? & # cannot split the link.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(address, "@.+-_"));
        if (prefix.size() + encoded.size() > maxLength)
            continue; // an address longer than a whole link cannot be sent this way
        const int extra = (inCurrent > 0 ? 1 : 0) + static_cast<int>(encoded.size());
        if (inCurrent > 0 && (inCurrent >= maxAddresses || prefix.size() + current.size() + extra > maxLength)) {
            batches << prefix + current;
            current.clear();
            inCurrent = 0;
        }
        if (inCurrent > 0)
            current += QLatin1Char(',');
        current += encoded;
        ++inCurrent;
    }
    if (inCurrent > 0)
        batches << prefix + current;
    return batches;
}

} // namespace rapport
