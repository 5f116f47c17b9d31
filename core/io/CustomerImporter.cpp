#include "CustomerImporter.h"

#include "Clock.h"
#include "db/BulkInserter.h"
#include "db/BulkLoad.h"
#include "db/Database.h"
#include "db/DirectStatement.h"
#include "db/RecordStore.h"
#include "db/SqlTransaction.h"
#include "io/CsvWriter.h"
#include "io/CustomerDraft.h"
#include "io/CustomerSource.h"
#include "io/ImportKeys.h"
#include "io/Normalize.h"
#include "io/PreparedRows.h"
#include "safety/AuditLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QSet>

namespace rapport {
namespace {

// Contact slots that are filled, never overwritten, when a row updates an existing customer.
const QStringList kContactColumns = {QStringLiteral("email"), QStringLiteral("email2"), QStringLiteral("phone"),
                                     QStringLiteral("mobile")};

QVariantMap columnsOf(const Customer& c)
{
    return {
        {QStringLiteral("kind"), customerKindKey(c.kind)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("job_title"), c.jobTitle},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("email2"), c.email2},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("mobile"), c.mobile},
        {QStringLiteral("website"), c.website},
        {QStringLiteral("street"), c.street},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("region"), c.region},
        {QStringLiteral("postal_code"), c.postalCode},
        {QStringLiteral("country"), c.country},
        {QStringLiteral("birthday"), c.birthday.isValid() ? QVariant(toStoredDate(c.birthday)) : QVariant()},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("notes"), c.notes},
    };
}

class CustomerImportRun
{
public:
    CustomerImportRun(Database& db, CustomerSource& source, const ImportOptions& options, BulkLoad& load)
        : m_db(db), m_source(source), m_options(options), m_load(load), m_audit(db),
          m_customers(db, tableSpec(Entity::Customer), m_audit), m_store(db, tableSpec(Entity::Customer)),
          m_keys(db), m_tagLink(db.connection(), QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                                                                "VALUES (?, ?)")),
          m_now(toStoredInstant(Clock::nowUtc()))
    {
    }

    Result<ImportSummary> run()
    {
        m_summary.dryRun = m_options.dryRun;
        m_summary.encodingName = m_source.encodingName();
        if (auto opened = openErrorsFile(); !opened)
            return opened.error();
        if (auto made = m_keys.create(); !made)
            return made.error();
        if (auto seeded = seedKeys(); !seeded)
            return seeded.error();
        const int customersBefore = scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM customers")).toInt();

        QElapsedTimer clock;
        clock.start();
        qint64 lastReport = 0;
        m_total = m_source.total(); // asked before the reader thread starts using the source
        PreparedRows rows(m_source, m_options.defaultCountryCode);
        PreparedRows::Row row;
        for (;;) {
            const Result<bool> more = rows.next(row);
            if (!more)
                return more.error();
            if (!more.value())
                break;
            ++m_summary.counts.rows;
            m_done = row.done;
            if (auto handled = handle(row); !handled)
                return handled.error();
            if (m_summary.counts.rows == kEstimateAfter && largeLoad(customersBefore)) {
                if (auto aside = m_load.setCustomerIndexesAside(); !aside)
                    return aside.error();
                // Without those indexes the rows go to the right-hand edges of a few B-trees: a small page cache
                // serves them and was faster than the 64 MB kept for indexes (5.6 against 6.4 s of CPU per
                // 100,000 rows, half the memory). CustomerImporter::run puts the owner's size back afterwards.
                execSql(m_db.connection(), QStringLiteral("PRAGMA cache_size = -16384"), nullptr);
            }
            if ((m_summary.counts.rows & 255) == 0 && m_options.progress && clock.elapsed() - lastReport >= 100) {
                lastReport = clock.elapsed();
                if (!m_options.progress(progress(clock.elapsed())))
                    return makeError(QStringLiteral("cancelled"), QCoreApplication::translate("rapport::CustomerImporter", "The import was cancelled; nothing was changed."));
            }
        }
        if (m_options.progress && !m_options.progress(progress(clock.elapsed())))
            return makeError(QStringLiteral("cancelled"), QCoreApplication::translate("rapport::CustomerImporter", "The import was cancelled; nothing was changed."));
        if (m_errors && !m_errors->ok())
            return makeError(QStringLiteral("import.errors_file"),
                             QCoreApplication::translate("rapport::CustomerImporter", "The rows with problems could not be saved to %1: %2")
                                 .arg(m_options.errorsCsvPath, m_errorsFile.errorString()));
        m_summary.notices = m_source.notices();
        m_summary.noticeCount = m_source.noticeCount();
        return m_summary;
    }

private:
    static constexpr int kEstimateAfter = 1000; // rows read before the file's size is judged

    // Judged from the share of the file read so far: will this import add at least as many customers as the
    // table holds, and enough for rebuilding the indexes to pay (below ~20,000 rows it makes no difference)?
    bool largeLoad(int customersBefore) const
    {
        if (m_done <= 0 || m_total <= 0)
            return false;
        const double expectedRows = double(m_summary.counts.rows) * double(m_total) / double(m_done);
        return expectedRows >= 20000 && expectedRows >= customersBefore;
    }

    ImportProgress progress(qint64 elapsedMs) const
    {
        ImportProgress p;
        p.rows = m_summary.counts.rows;
        p.done = m_done;
        p.total = m_total;
        const double seconds = double(elapsedMs) / 1000.0;
        p.rowsPerSecond = seconds > 0 ? double(p.rows) / seconds : 0;
        if (p.total > 0 && p.done > 0 && seconds > 0.2)
            p.secondsLeft = seconds * double(p.total - p.done) / double(p.done);
        return p;
    }

    Status openErrorsFile()
    {
        if (m_options.errorsCsvPath.isEmpty())
            return Ok{};
        m_errorsFile.setFileName(m_options.errorsCsvPath);
        if (!m_errorsFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(QStringLiteral("import.errors_file"),
                             QCoreApplication::translate("rapport::CustomerImporter", "Cannot write %1: %2").arg(m_options.errorsCsvPath, m_errorsFile.errorString()));
        m_errors.emplace(&m_errorsFile);
        m_errors->writeRow(m_source.headers() << QCoreApplication::translate("rapport::CustomerImporter", "Row") << QCoreApplication::translate("rapport::CustomerImporter", "Problem"));
        return Ok{};
    }

    // Every customer already in the file can be matched, archived ones too: an import never doubles them.
    Status seedKeys()
    {
        Query q(m_db.connection(),
                QStringLiteral("SELECT c.id, c.kind, c.name, c.email, c.email2, c.phone, c.mobile, coalesce(co.name, '') "
                               "FROM customers c LEFT JOIN customers co ON co.id = c.company_id"));
        if (!q.exec())
            return q.asError();
        while (q.next()) {
            CustomerDraft d;
            d.customer.kind = customerKindFromKey(q.value(1).toString());
            d.customer.name = q.value(2).toString();
            d.customer.email = Normalize::email(q.value(3).toString());
            d.customer.email2 = Normalize::email(q.value(4).toString());
            d.customer.phone = q.value(5).toString();
            d.customer.mobile = q.value(6).toString();
            d.companyName = q.value(7).toString();
            if (auto added = addKeys(d.matchKeys(m_options.defaultCountryCode), q.value(0).toLongLong()); !added)
                return added;
        }
        return Ok{};
    }

    Status addKeys(const QStringList& keys, qint64 id)
    {
        for (const QString& key : keys) {
            if (auto added = m_keys.add(key, id); !added)
                return added;
        }
        return Ok{};
    }

    Result<QStringList> emailsOf(qint64 id)
    {
        Query q(m_db.connection(), QStringLiteral("SELECT email, email2 FROM customers WHERE id = ?"));
        q.bind(id);
        if (!q.exec())
            return q.asError();
        QStringList keys;
        if (q.next()) {
            for (int i = 0; i < 2; ++i) {
                const QString email = Normalize::email(q.value(i).toString());
                if (!email.isEmpty())
                    keys << QStringLiteral("e:") + email;
            }
        }
        return keys;
    }

    // An email match is certain. A phone or name match is not taken when both sides have emails and they
    // differ: two colleagues can share an office line.
    Result<qint64> findMatch(const CustomerDraft& d, const QStringList& keys)
    {
        const QStringList ownEmails = d.emailKeys();
        for (const QString& key : keys) {
            auto id = m_keys.find(key);
            if (!id)
                return id;
            if (id.value() == 0)
                continue;
            if (key.startsWith(QStringLiteral("e:")) || ownEmails.isEmpty())
                return id;
            auto theirs = emailsOf(id.value());
            if (!theirs)
                return theirs.error();
            bool conflict = !theirs.value().isEmpty();
            for (const QString& e : theirs.value())
                conflict = conflict && !ownEmails.contains(e);
            if (!conflict)
                return id;
        }
        return qint64(0);
    }

    Status handle(PreparedRows::Row& prepared)
    {
        const CustomerRow& row = prepared.row;
        if (!prepared.draft)
            return invalid(row, prepared.problem);
        CustomerDraft& d = *prepared.draft;
        const QStringList& keys = prepared.keys;
        if (m_options.onDuplicate != DuplicatePolicy::Create) {
            auto match = findMatch(d, keys);
            if (!match)
                return match.error();
            if (match.value() != 0 && m_placeholders.remove(match.value())) {
                // The company was made earlier in this file for a person's Company column; this row is it.
                auto filled = update(match.value(), d);
                if (!filled)
                    return filled.error();
                --m_summary.counts.companiesCreated;
                ++m_summary.counts.created;
                return addKeys(keys, match.value());
            }
            if (match.value() != 0) {
                if (m_options.onDuplicate == DuplicatePolicy::Update) {
                    auto changed = update(match.value(), d);
                    if (!changed)
                        return changed.error();
                    ++(changed.value() ? m_summary.counts.updated : m_summary.counts.duplicates);
                } else {
                    ++m_summary.counts.duplicates;
                }
                return addKeys(keys, match.value()); // its other email or phone now finds it too
            }
        }
        auto companyId = companyFor(d.companyName);
        if (!companyId)
            return companyId.error();
        d.customer.companyId = companyId.value();
        auto id = insert(d.customer);
        if (!id)
            return invalid(row, id.error().message);
        ++m_summary.counts.created;
        return addKeys(keys, id.value());
    }

    Status invalid(const CustomerRow& row, const QString& reason)
    {
        ++m_summary.counts.invalid;
        if (m_summary.invalidRows.size() < ImportSummary::kMaxListed)
            m_summary.invalidRows.append({row.row, reason, row.original});
        if (m_errors)
            m_errors->writeRow(QStringList(row.original) << QString::number(row.row) << reason);
        return Ok{};
    }

    Result<qint64> companyFor(const QString& name)
    {
        if (name.isEmpty())
            return qint64(0);
        // Many rows name the same few companies: remember the last few thousand ids (bounded, so memory stays flat).
        if (const auto cached = m_companyIds.constFind(name); cached != m_companyIds.cend())
            return cached.value();
        if (m_companyIds.size() >= 4096)
            m_companyIds.clear();
        const QString key = CustomerDraft::companyKey(name);
        auto found = m_keys.find(key);
        if (!found)
            return found;
        if (found.value() != 0) {
            m_companyIds.insert(name, found.value());
            return found;
        }
        Customer company;
        company.kind = CustomerKind::Company;
        company.name = name;
        auto id = insert(company);
        if (!id)
            return id;
        ++m_summary.counts.companiesCreated;
        m_placeholders.insert(id.value());
        if (auto added = m_keys.add(key, id.value()); !added)
            return added.error();
        m_companyIds.insert(name, id.value());
        return id;
    }

    // A tag as stored: an existing tag keeps its own spelling ("VIP" for a row's "vip"; names are unique
    // whatever their case).
    struct StoredTag
    {
        qint64 id = 0;
        QString name;
    };

    Result<StoredTag> tag(const QString& name)
    {
        if (const auto it = m_tags.constFind(name); it != m_tags.cend())
            return it.value();
        Query ensure(m_db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
        ensure.bind(name);
        if (!ensure.exec())
            return ensure.asError();
        Query stored(m_db.connection(), QStringLiteral("SELECT id, name FROM tags WHERE name = ?"));
        stored.bind(name);
        if (!stored.exec() || !stored.next())
            return stored.asError();
        const StoredTag found{stored.value(0).toLongLong(), stored.value(1).toString()};
        m_tags.insert(name, found);
        return found;
    }

    Status linkTags(qint64 customerId, const QStringList& tags)
    {
        for (const QString& name : tags) {
            auto stored = tag(name);
            if (!stored)
                return stored.error();
            m_tagLink.bindInt(customerId).bindInt(stored.value().id);
            if (!m_tagLink.exec())
                return m_tagLink.asError();
        }
        return Ok{};
    }

    Result<qint64> insert(const Customer& c)
    {
        QVariantMap values = columnsOf(c);
        values.insert(QStringLiteral("company_id"), c.companyId > 0 ? QVariant(c.companyId) : QVariant());
        values.insert(QStringLiteral("created_at"), m_now);
        values.insert(QStringLiteral("updated_at"), m_now);
        QVariantList ordered;
        ordered.reserve(m_customers.columns().size());
        for (const QString& column : m_customers.columns())
            ordered << values.value(column);
        // The logged image shows the tags as the database will render them: in their stored spelling.
        QStringList storedTags;
        for (const QString& name : c.tags) {
            auto stored = tag(name);
            if (!stored)
                return stored.error();
            storedTags << stored.value().name;
        }
        return m_customers.insert(ordered, {{QStringLiteral("tags"), renderTagList(storedTags)}},
                                  [this, &c](qint64 id) { return linkTags(id, c.tags); });
    }

    // Fills the match in with the row: non-empty values win, emails and phones go into free slots (an
    // existing one is never dropped), tags are added. True when something changed.
    Result<bool> update(qint64 id, const CustomerDraft& d)
    {
        auto before = m_store.image(id);
        if (!before)
            return before.error();
        const QVariantMap& old = before.value();
        QVariantMap changes;
        const QVariantMap row = columnsOf(d.customer);
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (it.key() == QStringLiteral("kind") || kContactColumns.contains(it.key()))
                continue;
            if (!it.value().isNull() && !it.value().toString().isEmpty() && it.value().toString() != old.value(it.key()).toString())
                changes.insert(it.key(), it.value());
        }
        for (const bool email : {true, false}) {
            const QString first = email ? QStringLiteral("email") : QStringLiteral("phone");
            const QString second = email ? QStringLiteral("email2") : QStringLiteral("mobile");
            auto key = [&](const QString& v) {
                return email ? Normalize::email(v) : Normalize::phone(v, m_options.defaultCountryCode);
            };
            QStringList have;
            for (const QString& column : {first, second}) {
                if (!old.value(column).toString().isEmpty())
                    have << key(old.value(column).toString());
            }
            for (const QString& value : {row.value(first).toString(), row.value(second).toString()}) {
                if (value.isEmpty() || have.contains(key(value)))
                    continue;
                for (const QString& column : {first, second}) {
                    if (old.value(column).toString().isEmpty() && !changes.contains(column)) {
                        changes.insert(column, value);
                        have << key(value);
                        break;
                    }
                }
            }
        }
        if (d.customer.kind == CustomerKind::Person && !d.companyName.isEmpty()) {
            auto company = companyFor(d.companyName);
            if (!company)
                return company.error();
            if (company.value() != old.value(QStringLiteral("company_id")).toLongLong())
                changes.insert(QStringLiteral("company_id"), company.value());
        }
        const QStringList oldTags = old.value(QStringLiteral("tags")).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
        QStringList newTags;
        for (const QString& tag : d.customer.tags) {
            if (!oldTags.contains(tag, Qt::CaseInsensitive))
                newTags << tag;
        }
        if (changes.isEmpty() && newTags.isEmpty())
            return false;
        m_audit.forget(); // RecordStore appends to the chain below
        if (!changes.isEmpty()) {
            if (auto updated = m_store.update(id, changes); !updated)
                return updated.error();
        }
        if (!newTags.isEmpty()) {
            auto middle = m_store.image(id);
            if (!middle)
                return middle.error();
            if (auto linked = linkTags(id, newTags); !linked)
                return linked.error();
            if (auto logged = m_store.logChange(id, middle.value()); !logged)
                return logged.error();
        }
        return true;
    }

    Database& m_db;
    CustomerSource& m_source;
    const ImportOptions& m_options;
    BulkLoad& m_load;
    AuditTail m_audit;
    BulkInserter m_customers;
    RecordStore m_store;
    ImportKeys m_keys;
    DirectStatement m_tagLink;
    QHash<QString, StoredTag> m_tags; // as written in the file -> as stored
    QHash<QString, qint64> m_companyIds; // company name as written -> id, a bounded cache of the keys table
    QSet<qint64> m_placeholders; // companies made for a person's Company column, not yet seen as rows
    QString m_now;
    qint64 m_done = 0; // the source's progress at the row being handled (its reader runs ahead on a thread)
    qint64 m_total = 0;
    QFile m_errorsFile;
    std::optional<CsvWriter> m_errors;
    ImportSummary m_summary;
};

} // namespace

QString CustomerImporter::countryCodeForCurrency(const QString& currency)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("CNY"), QStringLiteral("86")}, {QStringLiteral("USD"), QStringLiteral("1")},
        {QStringLiteral("CAD"), QStringLiteral("1")},  {QStringLiteral("GBP"), QStringLiteral("44")},
        {QStringLiteral("HKD"), QStringLiteral("852")}, {QStringLiteral("TWD"), QStringLiteral("886")},
        {QStringLiteral("SGD"), QStringLiteral("65")}, {QStringLiteral("JPY"), QStringLiteral("81")},
        {QStringLiteral("AUD"), QStringLiteral("61")}, {QStringLiteral("CHF"), QStringLiteral("41")},
        {QStringLiteral("INR"), QStringLiteral("91")},
    };
    return codes.value(currency.toUpper());
}

Result<ImportSummary> CustomerImporter::run(Database& db, CustomerSource& source, const ImportOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    // A larger page cache for the duration keeps the growing indexes in memory (a large load shrinks it again).
    const QVariant previousCache = scalar(db.connection(), QStringLiteral("PRAGMA cache_size"));
    execSql(db.connection(), QStringLiteral("PRAGMA cache_size = -65536"), nullptr);
    const auto restoreCache = qScopeGuard([&db, previousCache] {
        execSql(db.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(previousCache.toLongLong()), nullptr);
    });

    const ImportKeys::OnDisk keysOnDisk(db);
    Result<ImportSummary> summary = makeError(QStringLiteral("sql"), QString());
    {
        SqlTransaction tx(db);
        if (!tx.active())
            return makeError(QStringLiteral("sql"), tx.error());
        // Search indexes and figures catch up once at the end instead of per row (updates keep their
        // triggers, which leave rows added during the load to the catch-up).
        auto load = BulkLoad::begin(db);
        if (!load)
            return load.error();
        summary = CustomerImportRun(db, source, options, load.value()).run();
        if (!summary)
            return summary; // the transaction rolls back, the triggers with it
        if (auto caughtUp = load.value().finish(); !caughtUp)
            return caughtUp.error();
        if (options.dryRun) {
            summary.value().seconds = double(timer.nsecsElapsed()) / 1e9;
            return summary; // rolled back on leaving this scope
        }
        db.announce(Entity::Customer, 0, ChangeKind::Bulk);
        if (!tx.commit())
            return makeError(QStringLiteral("sql"), tx.error());
    }
    ImportKeys(db).drop();
    summary.value().seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace rapport
