#pragma once

#include "Result.h"
#include "campaigns/Segment.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

class QIODevice;

namespace rapport {

// Hands an audience to the owner's mail-merge, SMS tool or mail client. Customers who opted out of any
// campaign, and archived customers, are never exported.
class AudienceExport
{
    Q_DECLARE_TR_FUNCTIONS(rapport::AudienceExport)

public:
    // Mail clients refuse long mailto: links; these limits are safe for Outlook, Apple Mail and Thunderbird.
    static constexpr int kMaxAddressesPerBatch = 50;
    static constexpr int kMaxUrlLength = 2000;

    // Members of the campaign that may be contacted, by name.
    static Result<QList<qint64>> campaignAudience(const QSqlDatabase& db, qint64 campaignId);
    static Result<QList<qint64>> segmentAudience(const QSqlDatabase& db, const Segment& segment);

    // CSV (UTF-8 with BOM, formula cells neutralised): name, first name, company, email, phone, mobile, city,
    // region, country. Returns how many rows were written. Files get a byte-order mark (Excel needs it for
    // Chinese); a pipe to another program does not want one.
    static Result<int> writeCsv(const QSqlDatabase& db, const QList<qint64>& customerIds, QIODevice* device,
                                bool byteOrderMark = true);
    // mailto:?bcc=... links, each within the limits above; each address once; customers without email skipped.
    static Result<QStringList> mailtoBatches(const QSqlDatabase& db, const QList<qint64>& customerIds);
    static QStringList mailtoBatches(const QStringList& addresses, int maxAddresses = kMaxAddressesPerBatch,
                                     int maxLength = kMaxUrlLength);
};

} // namespace rapport
