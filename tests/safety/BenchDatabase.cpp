// safety_bench_db PATH [CUSTOMERS]: builds a database shaped like the demo data (about 12 audit entries per
// customer) through RecordStore, so every row is audited. Used to measure `check` and `backup` until the
// demo generator can be used instead.
#include "Clock.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/SqlTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace rapport;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: safety_bench_db PATH [CUSTOMERS]" << Qt::endl;
        return 2;
    }
    const int customers = args.size() > 2 ? args.at(2).toInt() : 100000;
    auto opened = Database::open(args.at(1));
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return 1;
    }
    auto& db = *opened.value();
    QRandomGenerator rng(42);
    RecordStore cust(db, tableSpec(Entity::Customer));
    RecordStore deals(db, tableSpec(Entity::Deal));
    RecordStore tickets(db, tableSpec(Entity::Ticket));
    RecordStore acts(db, tableSpec(Entity::Activity));
    RecordStore tasks(db, tableSpec(Entity::Task));
    QElapsedTimer timer;
    timer.start();
    const QStringList cities = {QStringLiteral("Berlin"), QStringLiteral("Lyon"), QStringLiteral("上海"),
                                QStringLiteral("Austin"), QStringLiteral("Porto")};
    auto fail = [&](const Error& e) {
        err << e.message << Qt::endl;
        return 1;
    };
    constexpr int kBatch = 2000;
    for (int start = 0; start < customers; start += kBatch) {
        SqlTransaction tx(db);
        for (int i = start; i < std::min(customers, start + kBatch); ++i) {
            const QString name = QStringLiteral("Customer %1 %2").arg(i).arg(rng.generate() % 100000);
            auto c = cust.insert({{QStringLiteral("kind"), i % 10 == 0 ? QStringLiteral("company") : QStringLiteral("person")},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("email"), QStringLiteral("c%1@example.com").arg(i)},
                                  {QStringLiteral("phone"), QStringLiteral("+49 30 %1").arg(1000000 + i)},
                                  {QStringLiteral("city"), cities.at(i % cities.size())},
                                  {QStringLiteral("country"), QStringLiteral("DE")},
                                  {QStringLiteral("notes"), QStringLiteral("Met at the fair; likes short calls.")}});
            if (!c)
                return fail(c.error());
            const qint64 id = c.value();
            const QString now = toStoredInstant(Clock::nowUtc());
            for (int d = 0; d < 1 + (i % 2); ++d) {
                auto deal = deals.insert({{QStringLiteral("customer_id"), id},
                                          {QStringLiteral("title"), QStringLiteral("Deal %1-%2").arg(i).arg(d)},
                                          {QStringLiteral("amount_minor"), qint64(rng.bounded(1000000))},
                                          {QStringLiteral("stage_id"), 1 + rng.bounded(4)},
                                          {QStringLiteral("stage_changed_at"), now}});
                if (!deal)
                    return fail(deal.error());
                if (d == 0) {
                    if (auto u = deals.update(deal.value(), {{QStringLiteral("stage_id"), 3}}); !u)
                        return fail(u.error());
                }
            }
            auto t = tickets.insert({{QStringLiteral("customer_id"), id},
                                     {QStringLiteral("subject"), QStringLiteral("Question about invoice %1").arg(i)},
                                     {QStringLiteral("description"), QStringLiteral("The invoice total looks wrong.")}});
            if (!t)
                return fail(t.error());
            for (int a = 0; a < 6; ++a) {
                auto act = acts.insert({{QStringLiteral("customer_id"), id},
                                        {QStringLiteral("kind"), QStringLiteral("call")},
                                        {QStringLiteral("occurred_at"), now},
                                        {QStringLiteral("summary"), QStringLiteral("Call %1 about the offer").arg(a)},
                                        {QStringLiteral("duration_minutes"), rng.bounded(60)}});
                if (!act)
                    return fail(act.error());
            }
            auto task = tasks.insert({{QStringLiteral("title"), QStringLiteral("Follow up %1").arg(i)},
                                      {QStringLiteral("customer_id"), id},
                                      {QStringLiteral("due_at"), now}});
            if (!task)
                return fail(task.error());
            if (i % 3 == 0) {
                if (auto u = cust.update(id, {{QStringLiteral("job_title"), QStringLiteral("Owner")}}); !u)
                    return fail(u.error());
            }
        }
        if (!tx.commit())
            return fail(makeError(QStringLiteral("sql"), tx.error()));
    }
    QTextStream(stdout) << "{\"customers\": " << customers << ", \"seconds\": " << timer.elapsed() / 1000.0 << "}"
                        << Qt::endl;
    return 0;
}
