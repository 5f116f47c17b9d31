// crash_child DB: writes forever through the core, one transaction at a time, and prints each commit
// ("C <new id> <updated id>") only after COMMIT returned. The harness kills it at a random moment.
#include "db/Database.h"
#include "db/Query.h"
#include "db/RecordStore.h"
#include "db/SqlTransaction.h"

#include <QCoreApplication>

#include <cstdio>

using namespace rapport;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: crash_child DB\n");
        return 2;
    }
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", opened.error().message.toLocal8Bit().constData());
        return 1;
    }
    Database& db = *opened.value();
    RecordStore customers(db, tableSpec(Entity::Customer));
    qint64 previous = scalar(db.connection(), QStringLiteral("SELECT max(id) FROM customers")).toLongLong();
    for (qint64 n = 0;; ++n) {
        // Two changes in one transaction: the new record, and a note on the one before it.
        SqlTransaction tx(db);
        auto id = customers.insert({{QStringLiteral("kind"), QStringLiteral("person")},
                                    {QStringLiteral("name"), QStringLiteral("Crash test %1").arg(n)},
                                    {QStringLiteral("notes"), QString(200 + n % 3000, QLatin1Char('c'))}});
        if (!id) {
            std::fprintf(stderr, "%s\n", id.error().message.toLocal8Bit().constData());
            return 1;
        }
        if (previous > 0) {
            if (auto noted = customers.update(previous, {{QStringLiteral("job_title"), QStringLiteral("next %1").arg(id.value())}});
                !noted) {
                std::fprintf(stderr, "%s\n", noted.error().message.toLocal8Bit().constData());
                return 1;
            }
        }
        if (n % 25 == 0) {
            if (auto set = db.setSetting(QStringLiteral("crash_counter"), QString::number(id.value())); !set) {
                std::fprintf(stderr, "%s\n", set.error().message.toLocal8Bit().constData());
                return 1;
            }
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "%s\n", tx.error().toLocal8Bit().constData());
            return 1;
        }
        std::printf("C %lld %lld\n", static_cast<long long>(id.value()), static_cast<long long>(previous));
        std::fflush(stdout);
        previous = id.value();
    }
}
