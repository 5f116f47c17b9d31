// 100,000 customers: the list opens, scrolls to the end and sorts by value in SQL.
#include "GuiTestSupport.h"

#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersScreen.h"
#include "demo/DemoGenerator.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

using namespace rapport;
using namespace rapport::test;

TEST_CASE("A 100,000-customer database opens, scrolls and sorts by value", "[ui][large]")
{
    IsolatedSettings settings;
    TempDatabase temp;
    DemoOptions options;
    options.customers = 100000;
    // Only what sorting by value needs: customers and their deals.
    options.dealsPerCustomer = 0.8;
    options.ticketsPerCustomer = 0;
    options.activitiesPerCustomer = 0;
    options.tasksPerCustomer = 0;
    REQUIRE(DemoGenerator::generate(temp.db(), options));

    MainWindow window(temp.db());
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showScreen(MainWindow::Screen::Customers);
    CustomersScreen* screen = window.customersScreen();
    CustomerTableModel* model = screen->model();
    QTableView* view = screen->view();
    CustomerQuery active;
    const int total = CustomerRepository(temp.db()).count(active).value();
    CHECK(total > 90000);
    CHECK(model->rowCount() == total);

    // Click the Value header: sorted in SQL, in the header's direction.
    QHeaderView* header = view->horizontalHeader();
    const int x = header->sectionViewportPosition(CustomerTableModel::ValueColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    REQUIRE(model->query().sort == CustomerSort::Value);
    auto checkOrder = [&] {
        CustomerQuery top;
        top.sort = CustomerSort::Value;
        top.descending = model->query().descending;
        top.limit = 1;
        const Customer first = CustomerRepository(temp.db()).list(top).value().first();
        CHECK(model->idAt(0) == first.id);
        qint64 previous = model->customerAt(0)->lifetimeValue;
        for (int row = 1; row < 300; ++row) {
            const qint64 value = model->customerAt(row)->lifetimeValue;
            if (model->query().descending)
                CHECK(value <= previous);
            else
                CHECK(value >= previous);
            previous = value;
        }
    };
    checkOrder();
    const bool firstDescending = model->query().descending;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    CHECK(model->query().descending != firstDescending);
    checkOrder();
    CHECK(model->rowCount() == total);

    // The end of the list is one page away, not the whole table.
    view->scrollToBottom();
    QApplication::processEvents();
    CHECK(model->customerAt(total - 1) != nullptr);
    CHECK(model->index(total - 1, CustomerTableModel::NameColumn).data().toString().size() > 0);
}
