#include "Exporter.h"

#include "Clock.h"
#include "customers/CustomerRepository.h"
#include "db/Database.h"
#include "db/Query.h"
#include "io/CsvWriter.h"
#include "io/DateParser.h"
#include "io/VCardWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QUuid>

namespace rapport {
namespace {

constexpr int kBatch = 500;

Error writeError(QIODevice* device)
{
    return makeError(QStringLiteral("export.write"), QCoreApplication::translate("rapport::Exporter", "The file could not be written: %1").arg(device->errorString()));
}

QString localTime(const QVariant& stored)
{
    const QDateTime at = fromStoredInstant(stored.toString());
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString amount(qint64 minor)
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

QString birthday(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return date.year() == DateParser::kNoYear ? date.toString(QStringLiteral("--MM-dd")) : date.toString(Qt::ISODate);
}

QString idFilter(const QString& column, const QList<qint64>& ids, QVariantList& values)
{
    if (ids.isEmpty())
        return QString();
    QStringList marks;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    return QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(u','));
}

// Customers, in batches through the repository (the same reading the app shows).
Result<qint64> eachCustomer(Database& db, const Exporter::Options& options,
                            const std::function<bool(const Customer&)>& visit)
{
    CustomerRepository repo(db);
    QList<qint64> ids = options.ids;
    if (ids.isEmpty()) {
        CustomerQuery query;
        query.archived = options.includeArchived ? ArchiveFilter::All : ArchiveFilter::Active;
        query.limit = -1;
        auto all = repo.listIds(query);
        if (!all)
            return all.error();
        ids = all.take();
    }
    qint64 written = 0;
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        auto batch = repo.getMany(ids.mid(from, kBatch));
        if (!batch)
            return batch.error();
        for (const Customer& c : batch.value()) {
            if (!visit(c))
                return makeError(QStringLiteral("export.write"), QString());
            ++written;
        }
        if (options.progress && !options.progress(written))
            return makeError(QStringLiteral("cancelled"), QCoreApplication::translate("rapport::Exporter", "The export was cancelled."));
    }
    return written;
}

Result<qint64> customersCsv(Database& db, QIODevice* device, const Exporter::Options& options)
{
    CsvWriter csv(device);
    csv.writeRow({QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Company"),
                  QStringLiteral("Job Title"), QStringLiteral("Email"), QStringLiteral("Email 2"),
                  QStringLiteral("Phone"), QStringLiteral("Mobile"), QStringLiteral("Website"),
                  QStringLiteral("Street"), QStringLiteral("City"), QStringLiteral("Region"),
                  QStringLiteral("Postal Code"), QStringLiteral("Country"), QStringLiteral("Birthday"),
                  QStringLiteral("Source"), QStringLiteral("Tags"), QStringLiteral("Notes"),
                  QStringLiteral("Lifetime Value"), QStringLiteral("Created"), QStringLiteral("Archived")});
    auto written = eachCustomer(db, options, [&csv](const Customer& c) {
        return csv.writeRow({QString::number(c.id), c.name, customerKindKey(c.kind), c.companyName, c.jobTitle,
                             c.email, c.email2, c.phone, c.mobile, c.website, c.street, c.city, c.region,
                             c.postalCode, c.country, birthday(c.birthday), c.source,
                             c.tags.join(QStringLiteral(", ")), c.notes, amount(c.lifetimeValue),
                             c.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             c.archivedAt.isValid() ? c.archivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                    : QString()});
    });
    if (!written && written.error().message.isEmpty())
        return writeError(device);
    return written;
}

Result<qint64> customersVCard(Database& db, QIODevice* device, const Exporter::Options& options)
{
    auto written = eachCustomer(db, options, [device](const Customer& c) {
        const QByteArray card = VCardWriter::card(c);
        return device->write(card) == card.size();
    });
    if (!written && written.error().message.isEmpty())
        return writeError(device);
    return written;
}

// A query whose rows become CSV rows through `row`.
Result<qint64> queryCsv(Database& db, QIODevice* device, const QStringList& header, const QString& sql,
                        const QVariantList& values, const Exporter::Options& options,
                        const std::function<QStringList(const Query&)>& row)
{
    CsvWriter csv(device);
    csv.writeRow(header);
    Query q(db.connection(), sql);
    for (const QVariant& v : values)
        q.bind(v);
    if (!q.exec())
        return q.asError();
    qint64 written = 0;
    while (q.next()) {
        if (!csv.writeRow(row(q)))
            return writeError(device);
        ++written;
        if (written % kBatch == 0 && options.progress && !options.progress(written))
            return makeError(QStringLiteral("cancelled"), QCoreApplication::translate("rapport::Exporter", "The export was cancelled."));
    }
    return written;
}

Result<qint64> dealsCsv(Database& db, QIODevice* device, const Exporter::Options& options)
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT d.id, d.title, c.name, c.email, d.amount_minor, d.currency, s.name, d.status, "
                       "d.expected_close, d.created_at, d.closed_at, d.lost_reason, d.notes, d.archived_at "
                       "FROM deals d JOIN customers c ON c.id = d.customer_id JOIN pipeline_stages s ON s.id = d.stage_id "
                       "WHERE (? OR d.archived_at IS NULL)") +
        idFilter(QStringLiteral("d.id"), options.ids, values) + QStringLiteral(" ORDER BY d.id");
    values.prepend(options.includeArchived);
    return queryCsv(db, device,
                    {QStringLiteral("ID"), QStringLiteral("Title"), QStringLiteral("Customer"),
                     QStringLiteral("Customer Email"), QStringLiteral("Amount"), QStringLiteral("Currency"),
                     QStringLiteral("Stage"), QStringLiteral("Status"), QStringLiteral("Expected Close"),
                     QStringLiteral("Created"), QStringLiteral("Closed"), QStringLiteral("Lost Reason"),
                     QStringLiteral("Notes"), QStringLiteral("Archived")},
                    sql, values, options, [](const Query& q) {
                        return QStringList{q.value(0).toString(),  q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toString(),  amount(q.value(4).toLongLong()),
                                           q.value(5).toString(),  q.value(6).toString(), q.value(7).toString(),
                                           q.value(8).toString(),  localTime(q.value(9)), localTime(q.value(10)),
                                           q.value(11).toString(), q.value(12).toString(), localTime(q.value(13))};
                    });
}

Result<qint64> ticketsCsv(Database& db, QIODevice* device, const Exporter::Options& options)
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT t.id, t.subject, c.name, c.email, t.status, t.priority, t.channel, t.created_at, "
                       "t.first_response_due, t.resolution_due, t.first_response_at, t.resolved_at, t.closed_at, "
                       "t.resolution, t.satisfaction, t.feedback, t.description, t.archived_at "
                       "FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE (? OR t.archived_at IS NULL)") +
        idFilter(QStringLiteral("t.id"), options.ids, values) + QStringLiteral(" ORDER BY t.id");
    values.prepend(options.includeArchived);
    return queryCsv(db, device,
                    {QStringLiteral("ID"), QStringLiteral("Subject"), QStringLiteral("Customer"),
                     QStringLiteral("Customer Email"), QStringLiteral("Status"), QStringLiteral("Priority"),
                     QStringLiteral("Channel"), QStringLiteral("Created"), QStringLiteral("First Response Due"),
                     QStringLiteral("Resolution Due"), QStringLiteral("First Response"), QStringLiteral("Resolved"),
                     QStringLiteral("Closed"), QStringLiteral("Resolution"), QStringLiteral("Satisfaction"),
                     QStringLiteral("Feedback"), QStringLiteral("Description"), QStringLiteral("Archived")},
                    sql, values, options, [](const Query& q) {
                        QStringList row;
                        for (int i = 0; i < 18; ++i) {
                            const bool instant = (i >= 7 && i <= 12) || i == 17;
                            row << (instant ? localTime(q.value(i)) : q.value(i).toString());
                        }
                        return row;
                    });
}

Result<qint64> activitiesCsv(Database& db, QIODevice* device, const Exporter::Options& options)
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT a.id, c.name, c.email, a.kind, a.direction, a.occurred_at, a.summary, a.body, "
                       "a.duration_minutes, d.title FROM activities a JOIN customers c ON c.id = a.customer_id "
                       "LEFT JOIN deals d ON d.id = a.deal_id WHERE 1") +
        idFilter(QStringLiteral("a.id"), options.ids, values) + QStringLiteral(" ORDER BY a.occurred_at, a.id");
    return queryCsv(db, device,
                    {QStringLiteral("ID"), QStringLiteral("Customer"), QStringLiteral("Customer Email"),
                     QStringLiteral("Kind"), QStringLiteral("Direction"), QStringLiteral("Date"),
                     QStringLiteral("Summary"), QStringLiteral("Body"), QStringLiteral("Duration"),
                     QStringLiteral("Deal")},
                    sql, values, options, [](const Query& q) {
                        return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toString(), q.value(4).toString(), localTime(q.value(5)),
                                           q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                                           q.value(9).toString()};
                    });
}

QString icalInstant(const QVariant& stored)
{
    return fromStoredInstant(stored.toString()).toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

Result<qint64> tasksICalendar(Database& db, QIODevice* device, const Exporter::Options& options)
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT t.id, t.title, t.notes, t.due_at, t.done_at, t.priority, t.created_at, t.updated_at, "
                       "coalesce(c.name, ''), coalesce(d.title, ''), coalesce(k.subject, '') FROM tasks t "
                       "LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN deals d ON d.id = t.deal_id "
                       "LEFT JOIN tickets k ON k.id = t.ticket_id WHERE 1") +
        idFilter(QStringLiteral("t.id"), options.ids, values) + QStringLiteral(" ORDER BY t.id");
    Query q(db.connection(), sql);
    for (const QVariant& v : values)
        q.bind(v);
    if (!q.exec())
        return q.asError();
    auto put = [device](const QString& line) {
        const QByteArray bytes = VCardWriter::folded(line.toUtf8()) + "\r\n";
        return device->write(bytes) == bytes.size();
    };
    bool ok = put(QStringLiteral("BEGIN:VCALENDAR")) && put(QStringLiteral("VERSION:2.0")) &&
              put(QStringLiteral("PRODID:-//Rapport//Rapport CRM//EN")) && put(QStringLiteral("CALSCALE:GREGORIAN"));
    const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QUuid space(QStringLiteral("{6f1d3c2a-8a51-4d0e-9a3b-52617070f0e1}"));
    qint64 written = 0;
    while (ok && q.next()) {
        const QString title = VCardWriter::escaped(q.value(1).toString());
        QStringList about;
        if (!q.value(8).toString().isEmpty())
            about << QCoreApplication::translate("rapport::Exporter", "Customer: %1").arg(q.value(8).toString());
        if (!q.value(9).toString().isEmpty())
            about << QCoreApplication::translate("rapport::Exporter", "Deal: %1").arg(q.value(9).toString());
        if (!q.value(10).toString().isEmpty())
            about << QCoreApplication::translate("rapport::Exporter", "Ticket: %1").arg(q.value(10).toString());
        QString description = q.value(2).toString();
        if (!about.isEmpty())
            description = (description.isEmpty() ? QString() : description + QStringLiteral("\n\n")) + about.join(u'\n');
        const QString priority = q.value(5).toString();
        const bool done = !q.value(4).isNull();
        ok = put(QStringLiteral("BEGIN:VTODO")) &&
             put(QStringLiteral("UID:") + QUuid::createUuidV5(space, QStringLiteral("task/%1").arg(q.value(0).toLongLong()))
                                              .toString(QUuid::WithoutBraces)) &&
             put(QStringLiteral("DTSTAMP:") + stamp) && put(QStringLiteral("CREATED:") + icalInstant(q.value(6))) &&
             put(QStringLiteral("LAST-MODIFIED:") + icalInstant(q.value(7))) && put(QStringLiteral("SUMMARY:") + title) &&
             (description.isEmpty() || put(QStringLiteral("DESCRIPTION:") + VCardWriter::escaped(description))) &&
             (q.value(3).isNull() || put(QStringLiteral("DUE:") + icalInstant(q.value(3)))) &&
             put(QStringLiteral("PRIORITY:") + (priority == QStringLiteral("high")  ? QStringLiteral("1")
                                                : priority == QStringLiteral("low") ? QStringLiteral("9")
                                                                                    : QStringLiteral("5"))) &&
             put(done ? QStringLiteral("STATUS:COMPLETED") : QStringLiteral("STATUS:NEEDS-ACTION")) &&
             (!done || (put(QStringLiteral("COMPLETED:") + icalInstant(q.value(4))) && put(QStringLiteral("PERCENT-COMPLETE:100")))) &&
             (done || q.value(3).isNull() ||
              (put(QStringLiteral("BEGIN:VALARM")) && put(QStringLiteral("ACTION:DISPLAY")) &&
               put(QStringLiteral("DESCRIPTION:") + title) && put(QStringLiteral("TRIGGER;RELATED=END:PT0S")) &&
               put(QStringLiteral("END:VALARM")))) &&
             put(QStringLiteral("END:VTODO"));
        ++written;
        if (ok && written % kBatch == 0 && options.progress && !options.progress(written))
            return makeError(QStringLiteral("cancelled"), QCoreApplication::translate("rapport::Exporter", "The export was cancelled."));
    }
    if (!ok || !put(QStringLiteral("END:VCALENDAR")))
        return writeError(device);
    return written;
}

} // namespace

std::optional<ExportKind> exportKindForKey(QStringView key)
{
    if (key == u"customers")
        return ExportKind::Customers;
    if (key == u"deals")
        return ExportKind::Deals;
    if (key == u"tickets")
        return ExportKind::Tickets;
    if (key == u"activities")
        return ExportKind::Activities;
    if (key == u"tasks")
        return ExportKind::Tasks;
    return std::nullopt;
}

bool Exporter::supports(ExportKind kind, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return kind != ExportKind::Tasks;
    case ExportFormat::VCard: return kind == ExportKind::Customers;
    case ExportFormat::ICalendar: return kind == ExportKind::Tasks;
    }
    return false;
}

ExportFormat Exporter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("vcf") || suffix == QStringLiteral("vcard"))
        return ExportFormat::VCard;
    if (suffix == QStringLiteral("ics") || suffix == QStringLiteral("ical"))
        return ExportFormat::ICalendar;
    return ExportFormat::Csv;
}

Result<qint64> Exporter::write(Database& db, ExportKind kind, ExportFormat format, QIODevice* device,
                               const Options& options)
{
    if (!supports(kind, format))
        return makeError(QStringLiteral("export.format"),
                         QCoreApplication::translate("rapport::Exporter", "That format does not fit: customers export to CSV or vCard (.vcf), tasks to "
                            "iCalendar (.ics), deals, tickets and activities to CSV."));
    switch (kind) {
    case ExportKind::Customers:
        return format == ExportFormat::VCard ? customersVCard(db, device, options) : customersCsv(db, device, options);
    case ExportKind::Deals: return dealsCsv(db, device, options);
    case ExportKind::Tickets: return ticketsCsv(db, device, options);
    case ExportKind::Activities: return activitiesCsv(db, device, options);
    case ExportKind::Tasks: return tasksICalendar(db, device, options);
    }
    return makeError(QStringLiteral("export.format"), QString());
}

Result<qint64> Exporter::writeFile(Database& db, ExportKind kind, ExportFormat format, const QString& path,
                                   const Options& options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("export.write"), QCoreApplication::translate("rapport::Exporter", "Cannot write %1: %2").arg(path, file.errorString()));
    auto written = write(db, kind, format, &file, options);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return makeError(QStringLiteral("export.write"), QCoreApplication::translate("rapport::Exporter", "Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace rapport
