// Completing tasks from Today and from the Tasks screen; the status bar's overdue notice.
#include "GuiTestSupport.h"

#include "Clock.h"
#include "customers/CustomerPage.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomersScreen.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTableModel.h"
#include "tasks/TasksScreen.h"
#include "today/TodayScreen.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace rapport;
using namespace rapport::test;

namespace {

struct Seeded
{
    qint64 customer = 0;
    qint64 overdue = 0;
    qint64 later = 0;
};

Seeded seed(Database& db)
{
    Seeded s;
    Customer c;
    c.name = QStringLiteral("Willow Studio");
    c.kind = CustomerKind::Company;
    s.customer = CustomerRepository(db).create(c).value();
    TaskRepository tasks(db);
    Task overdue;
    overdue.title = QStringLiteral("Send the quote");
    overdue.customerId = s.customer;
    overdue.dueAt = Clock::nowUtc().addDays(-2);
    s.overdue = tasks.create(overdue).value();
    Task later;
    later.title = QStringLiteral("Check in after delivery");
    later.customerId = s.customer;
    later.dueAt = Clock::nowUtc().addDays(20);
    s.later = tasks.create(later).value();
    return s;
}

} // namespace

TEST_CASE("On start the status bar says what is overdue; one click on Today completes a task", "[ui][tasks]")
{
    IsolatedSettings settings;
    TempDatabase temp;
    const Seeded s = seed(temp.db());
    MainWindow window(temp.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.overdueNotice().contains(QStringLiteral("1 overdue task")));

    window.showScreen(MainWindow::Screen::Today);
    auto* check = window.todayScreen()->findChild<QCheckBox*>(QStringLiteral("todayTask_%1").arg(s.overdue));
    REQUIRE(check);
    CHECK(window.todayScreen()->findChild<QCheckBox*>(QStringLiteral("todayTask_%1").arg(s.later)) == nullptr);
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    CHECK(TaskRepository(temp.db()).get(s.overdue).value().isDone());
    // The row goes away and so does the notice.
    CHECK(waitFor([&] {
        return window.todayScreen()->findChild<QCheckBox*>(QStringLiteral("todayTask_%1").arg(s.overdue)) == nullptr;
    }));
    CHECK(waitFor([&] { return window.overdueNotice().isEmpty(); }));
    // Undo brings it back.
    window.session().undoStack()->undo();
    CHECK(!TaskRepository(temp.db()).get(s.overdue).value().isDone());
    CHECK(waitFor([&] { return !window.overdueNotice().isEmpty(); }));
}

TEST_CASE("The Tasks screen filters by due date, completes with the checkbox and opens the linked customer",
          "[ui][tasks]")
{
    GuiFixture f;
    const Seeded s = seed(f.db());
    f.window->showScreen(MainWindow::Screen::Tasks);
    TasksScreen* screen = f.window->tasksScreen();
    TaskTableModel* model = screen->model();
    model->reload();
    CHECK(model->rowCount() == 2);

    auto* overdueFilter = screen->findChild<QPushButton*>(QStringLiteral("taskFilter%1").arg(int(TaskDue::Overdue)));
    REQUIRE(overdueFilter);
    QTest::mouseClick(overdueFilter, Qt::LeftButton);
    CHECK(screen->due() == TaskDue::Overdue);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, TaskTableModel::TitleColumn).data().toString() == QStringLiteral("Send the quote"));
    CHECK(model->index(0, TaskTableModel::LinkColumn).data().toString() == QStringLiteral("Willow Studio"));

    screen->setDue(TaskDue::Later);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, TaskTableModel::TitleColumn).data().toString() == QStringLiteral("Check in after delivery"));

    // Ticking the box completes it (through the model, as the view does) and it leaves the "Later" list.
    screen->setDue(TaskDue::Overdue);
    REQUIRE(model->setData(model->index(0, TaskTableModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
    CHECK(TaskRepository(f.db()).get(s.overdue).value().isDone());
    CHECK(waitFor([&] { return model->rowCount() == 0; }));
    screen->setDue(TaskDue::Done);
    CHECK(model->rowCount() == 1);

    // The linked record is one click away.
    screen->setDue(TaskDue::Later);
    QTableView* view = screen->view();
    const QRect cell = view->visualRect(model->index(0, TaskTableModel::LinkColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(f.window->currentScreen() == MainWindow::Screen::Customers);
    CHECK(f.window->customersScreen()->page()->customerId() == s.customer);
}
