// Import throughput: a generated customer CSV imported end to end (parse, map, check, dedupe, audited insert,
// full-text index, commit) against raw prepared INSERTs of the same rows into the same schema, in the same run.
// Usage: bench_import [--rows N] [--repeats R] [--import-only]
// Prints "name<TAB>value<TAB>unit" lines, then one JSON line. --import-only skips the raw baseline (for the
// 1,000,000-row memory figure: peak RSS then belongs to the import alone).
#include "ProcessStats.h"
#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqlTransaction.h"
#include "io/CustomerDraft.h"
#include "io/CustomerImporter.h"
#include "io/CustomerSource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace rapport;

namespace {

struct Row
{
    QString name, email, phone, company, city, birthday, tags;
};

Row makeRow(int i)
{
    static const char* cities[] = {"北京", "上海", "Springfield", "Portland", "深圳", "Austin"};
    const QString n = QString::number(i);
    return {(i % 3 == 0 ? QStringLiteral("客户") : QStringLiteral("Customer ")) + n,
            QStringLiteral("c%1@example.com").arg(i),
            QStringLiteral("+86 138 %1").arg(10000000 + i),
            QStringLiteral("Company %1").arg(i % 2000),
            QString::fromUtf8(cities[i % 6]),
            QStringLiteral("19%1-%2-%3").arg(60 + i % 40).arg(1 + i % 12, 2, 10, QLatin1Char('0')).arg(1 + i % 28, 2, 10, QLatin1Char('0')),
            i % 5 == 0 ? QStringLiteral("VIP") : QString()};
}

void writeCsv(const QString& path, int rows)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("Name,Email,Phone,Company,City,Birthday,Tags\n");
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        const Row r = makeRow(i);
        chunk += QStringList{r.name, r.email, r.phone, r.company, r.city, r.birthday, r.tags}.join(u',').toUtf8() + '\n';
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
}

std::unique_ptr<Database> freshDb(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    return db.take();
}

// The same rows (companies included) as plain prepared INSERTs in one transaction: no parsing, no checks,
// no dedupe, no audit log. Triggers (full-text index) run as they do for the import.
double g_cpu = 0; // CPU seconds of the last measured run: the fair figure on a loaded machine

double rawInserts(const QString& path, int rows)
{
    QList<Row> data;
    data.reserve(rows);
    for (int i = 0; i < rows; ++i)
        data << makeRow(i);
    auto db = freshDb(path);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    SqlTransaction tx(*db);
    const QString now = toStoredInstant(Clock::nowUtc());
    Query company(db->connection(), QStringLiteral("INSERT INTO customers (kind, name, created_at, updated_at) "
                                                   "VALUES ('company', ?, ?, ?)"));
    for (int c = 0; c < qMin(rows, 2000); ++c) {
        company.bindAll({QStringLiteral("Company %1").arg(c), now, now});
        company.exec();
    }
    Query insert(db->connection(), QStringLiteral("INSERT INTO customers (kind, name, company_id, email, phone, city, "
                                                  "birthday, created_at, updated_at) VALUES ('person', ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < rows; ++i) {
        const Row& r = data.at(i);
        insert.bindAll({r.name, i % 2000 + 1, r.email, r.phone, r.city, r.birthday, now, now});
        if (!insert.exec()) {
            std::fprintf(stderr, "raw insert: %s\n", qPrintable(insert.error()));
            std::exit(1);
        }
    }
    tx.commit();
    g_cpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    return double(timer.nsecsElapsed()) / 1e9;
}

double importOnce(const QString& csv, const QString& path, ImportSummary* summary)
{
    auto db = freshDb(path);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    auto source = openCustomerSource(csv);
    if (!source) {
        std::fprintf(stderr, "open: %s\n", qPrintable(source.error().message));
        std::exit(1);
    }
    ImportOptions options;
    options.defaultCountryCode = QStringLiteral("86");
    auto result = CustomerImporter::run(*db, *source.value(), options);
    if (!result) {
        std::fprintf(stderr, "import: %s\n", qPrintable(result.error().message));
        std::exit(1);
    }
    *summary = result.take();
    g_cpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    return double(timer.nsecsElapsed()) / 1e9;
}

// Reading and checking alone (parse, map, check, match keys), no database: what a second thread could take.
double readOnly(const QString& csv)
{
    const std::clock_t cpu = std::clock();
    auto source = openCustomerSource(csv);
    if (!source)
        std::exit(1);
    CustomerRow row;
    qint64 keys = 0;
    while (source.value()->next(row).value()) {
        auto draft = CustomerDraft::fromRow(row, source.value()->dateOrder());
        if (draft)
            keys += draft.value().matchKeys(QStringLiteral("86")).size();
    }
    if (keys == 0)
        std::fprintf(stderr, "no keys\n");
    return double(std::clock() - cpu) / CLOCKS_PER_SEC;
}


} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.contains(QStringLiteral("--rows")) ? args.value(args.indexOf(QStringLiteral("--rows")) + 1).toInt() : 100000;
    const int repeats = args.contains(QStringLiteral("--repeats")) ? args.value(args.indexOf(QStringLiteral("--repeats")) + 1).toInt() : 3;
    const bool importOnly = args.contains(QStringLiteral("--import-only"));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("customers.csv"));
    writeCsv(csv, rows);
    const QString dbPath = dir.filePath(QStringLiteral("bench.sqlite"));

    double bestImport = 1e9;
    double bestRaw = 1e9;
    double importCpu = 1e9;
    double rawCpu = 1e9;
    ImportSummary summary;
    for (int r = 0; r < repeats; ++r) {
        bestImport = qMin(bestImport, importOnce(csv, dbPath, &summary));
        importCpu = qMin(importCpu, g_cpu);
        if (!importOnly) {
            bestRaw = qMin(bestRaw, rawInserts(dbPath, rows));
            rawCpu = qMin(rawCpu, g_cpu);
        }
    }
    const double readCpu = readOnly(csv);
    std::printf("read_check_cpu_seconds\t%.3f\ts\n", readCpu);
    const double importRate = rows / bestImport;
    const double rawRate = importOnly ? 0 : rows / bestRaw;
    std::printf("import_seconds\t%.3f\ts\nimport_cpu_seconds\t%.3f\ts\nimport_rows_per_s\t%.0f\trows/s\n", bestImport,
                importCpu, importRate);
    if (!importOnly)
        std::printf("raw_seconds\t%.3f\ts\nraw_cpu_seconds\t%.3f\ts\nraw_rows_per_s\t%.0f\trows/s\nimport_vs_raw\t%.3f\t"
                    "ratio\nimport_vs_raw_cpu\t%.3f\tratio\n",
                    bestRaw, rawCpu, rawRate, importRate / rawRate, rawCpu / importCpu);
    std::printf("peak_rss\t%lld\tKiB\n", static_cast<qint64>(rapport::proc::procStatusKb("VmHWM:", -1)));
    const QJsonObject json{{QStringLiteral("bench"), QStringLiteral("import_customers")},
                           {QStringLiteral("rows"), rows},
                           {QStringLiteral("created"), summary.counts.created},
                           {QStringLiteral("companies"), summary.counts.companiesCreated},
                           {QStringLiteral("import_s"), bestImport},
                           {QStringLiteral("import_cpu_s"), importCpu},
                           {QStringLiteral("read_check_cpu_s"), readCpu},
                           {QStringLiteral("raw_cpu_s"), importOnly ? QJsonValue() : QJsonValue(rawCpu)},
                           {QStringLiteral("raw_s"), importOnly ? QJsonValue() : QJsonValue(bestRaw)},
                           {QStringLiteral("ratio"), importOnly ? QJsonValue() : QJsonValue(importRate / rawRate)},
                           {QStringLiteral("peak_rss_kib"), static_cast<qint64>(rapport::proc::procStatusKb("VmHWM:", -1))}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
