// QAbstractItemModelTester on every model of the GUI, through reloads, refreshes, sorting and filtering.
#include "GuiTestSupport.h"

#include "Clock.h"
#include "activities/ActivityRepository.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "customers/HistoryModel.h"
#include "customers/TimelineModel.h"
#include "deals/DealListModel.h"
#include "deals/DealRepository.h"
#include "demo/DemoGenerator.h"
#include "shell/SearchResultsModel.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTableModel.h"
#include "tickets/TicketListModel.h"
#include "tickets/TicketRepository.h"

#include <QAbstractItemModelTester>

using namespace rapport;
using namespace rapport::test;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

qint64 busiestCompany(Database& db)
{
    CustomerQuery q;
    q.kind = CustomerKind::Company;
    q.sort = CustomerSort::Value;
    q.descending = true;
    q.limit = 1;
    return CustomerRepository(db).list(q).value().first().id;
}
} // namespace

TEST_CASE("Every GUI model passes QAbstractItemModelTester", "[ui][models]")
{
    TempDatabase temp;
    DemoOptions options;
    options.customers = 150;
    REQUIRE(DemoGenerator::generate(temp.db(), options));
    Database& db = temp.db();
    const qint64 company = busiestCompany(db);

    SECTION("CustomerTableModel: windows, sorting on every column, filters, refresh")
    {
        CustomerTableModel model(db);
        model.setPageSize(20); // several pages for 150 customers
        QAbstractItemModelTester tester(&model, kFatal);
        model.reload();
        CHECK(model.rowCount() > 100);
        for (int c = 0; c < CustomerTableModel::ColumnCount; ++c) {
            model.sort(c, Qt::DescendingOrder);
            model.sort(c, Qt::AscendingOrder);
            for (int row : {0, model.rowCount() / 2, model.rowCount() - 1})
                CHECK(model.index(row, CustomerTableModel::NameColumn).data().isValid());
        }
        CustomerQuery filter;
        filter.text = QStringLiteral("a");
        model.setFilter(filter);
        filter.kind = CustomerKind::Company;
        model.setFilter(filter);
        filter = {};
        filter.archived = ArchiveFilter::All;
        model.setFilter(filter);
        Customer extra;
        extra.name = QStringLiteral("Zed Newcomer");
        REQUIRE(CustomerRepository(db).create(extra));
        const int before = model.rowCount();
        model.refresh();
        CHECK(model.rowCount() == before + 1);
    }
    SECTION("TaskTableModel over every due filter")
    {
        TaskTableModel model(db);
        QAbstractItemModelTester tester(&model, kFatal);
        for (TaskDue due : {TaskDue::All, TaskDue::Open, TaskDue::Overdue, TaskDue::Today, TaskDue::ThisWeek,
                            TaskDue::Later, TaskDue::Done}) {
            TaskQuery q;
            q.due = due;
            model.setQuery(q);
            for (int row = 0; row < model.rowCount(); ++row)
                CHECK(model.index(row, TaskTableModel::TitleColumn).data().isValid());
        }
        model.refresh();
    }
    SECTION("TimelineModel with incremental fetching")
    {
        TimelineModel model(db);
        model.setBatchSize(3);
        model.setCustomer(company);
        CHECK(model.rowCount() == 3);
        // Attached after the first batch: the tester itself fetches more while handling a reset.
        QAbstractItemModelTester tester(&model, kFatal);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() > 3);
        model.setBatchSize(1000);
        Activity a;
        a.customerId = company;
        a.kind = ActivityKind::Note;
        a.summary = QStringLiteral("Newest note");
        REQUIRE(ActivityRepository(db).create(a));
        model.reload();
        CHECK(model.index(0).data(TimelineModel::DetailRole).toString() == QStringLiteral("Newest note"));
    }
    SECTION("Deal, ticket and history lists")
    {
        DealListModel deals(db);
        TicketListModel tickets(db);
        HistoryModel history(db);
        QAbstractItemModelTester t1(&deals, kFatal);
        QAbstractItemModelTester t2(&tickets, kFatal);
        QAbstractItemModelTester t3(&history, kFatal);
        deals.setCustomer(company);
        tickets.setCustomer(company);
        history.setRecord(QStringLiteral("customer"), company);
        CHECK(deals.rowCount() > 0);
        CHECK(history.rowCount() > 0);
        deals.setCustomer(0);
        tickets.setCustomer(0);
        history.setRecord(QStringLiteral("customer"), 0);
    }
    SECTION("SearchResultsModel groups with headers")
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        auto hits = SearchService(db).search(QStringLiteral("a"), 5);
        REQUIRE(hits);
        model.setHits(hits.value());
        CHECK(model.rowCount() > model.hitCount());
        const int first = model.firstHitRow();
        REQUIRE(first >= 1);
        CHECK(model.index(first - 1).data(SearchResultsModel::IsHeaderRole).toBool());
        CHECK(!(model.flags(model.index(first - 1)) & Qt::ItemIsSelectable));
        model.setHits({});
        CHECK(model.rowCount() == 0);
    }
}

TEST_CASE("History describes changes in words", "[ui][history]")
{
    const QString text = HistoryModel::describeChanges(
        QStringLiteral("update"), QStringLiteral(R"({"email":["a@example.com","b@example.com"],"updated_at":["x","y"]})"));
    CHECK(text == QStringLiteral("Email: a@example.com → b@example.com"));
    CHECK(HistoryModel::describeChanges(QStringLiteral("update"), QStringLiteral(R"({"phone":[null,"555"]})")) ==
          QStringLiteral("Phone: (empty) → 555"));
    const auto names = [](qint64 id) { return id == 7 ? QStringLiteral("Acme Ltd") : QStringLiteral("?"); };
    CHECK(HistoryModel::describeChanges(QStringLiteral("update"), QStringLiteral(R"({"company_id":[null,7]})"), names) ==
          QStringLiteral("Company: (empty) → Acme Ltd"));
}
