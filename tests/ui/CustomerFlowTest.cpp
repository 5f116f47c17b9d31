// Drives the real MainWindow: create a customer through the form, find them by part of a Chinese name,
// log a call and see it on the timeline, archive and undo.
#include "GuiTestSupport.h"

#include "activities/ActivityDialog.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerPage.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersScreen.h"
#include "customers/NewCustomerDialog.h"
#include "customers/TimelineModel.h"
#include "shell/SearchPopup.h"
#include "shell/SearchResultsModel.h"

#include <QAction>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

using namespace rapport;
using namespace rapport::test;

namespace {

// Types text the way an input method commits it (QTest::keyClicks only sends Latin-1).
void commitText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

qint64 createThroughForm(GuiFixture& f, QString* firstError)
{
    QAction* action = findChild<QAction>(f.window.get(), "newCustomerAction");
    REQUIRE(action);
    const bool driven = driveModal<NewCustomerDialog>([action] { action->trigger(); }, [firstError](NewCustomerDialog* d) {
        auto* name = findChild<QLineEdit>(d, "nameEdit");
        auto* email = findChild<QLineEdit>(d, "emailEdit");
        auto* phone = findChild<QLineEdit>(d, "phoneEdit");
        auto* save = findChild<QPushButton>(d, "saveButton");
        if (!name || !email || !phone || !save)
            return;
        name->setFocus();
        commitText(name, QStringLiteral("王小明"));
        QTest::keyClicks(email, QStringLiteral("wang.xiaoming@"));
        QTest::keyClicks(phone, QStringLiteral("+86 21 5555 0100"));
        QTest::mouseClick(save, Qt::LeftButton);
        // Refused: the dialog stays open, says why, and puts the cursor in the email field.
        *firstError = d->form()->errorText();
        CHECK(d->isVisible());
        CHECK(d->focusWidget() == email);
        email->clear();
        QTest::keyClicks(email, QStringLiteral("wang.xiaoming@example.cn"));
        QTest::mouseClick(save, Qt::LeftButton);
    });
    REQUIRE(driven);
    CustomerQuery q;
    q.text = QStringLiteral("王小明");
    auto found = CustomerRepository(f.db()).list(q);
    REQUIRE(found);
    return found.value().isEmpty() ? 0 : found.value().first().id;
}

} // namespace

TEST_CASE("A customer created through the form, with an invalid email refused first", "[ui][customers]")
{
    GuiFixture f;
    QString firstError;
    const qint64 id = createThroughForm(f, &firstError);
    CHECK(firstError.contains(QStringLiteral("not an email address")));
    REQUIRE(id > 0);
    auto customer = CustomerRepository(f.db()).get(id);
    REQUIRE(customer);
    CHECK(customer.value().email == QStringLiteral("wang.xiaoming@example.cn"));
    CHECK(customer.value().phone == QStringLiteral("+86 21 5555 0100"));
    // The new customer's page is open.
    CustomersScreen* screen = f.window->customersScreen();
    CHECK(f.window->currentScreen() == MainWindow::Screen::Customers);
    CHECK(screen->isShowingCustomer());
    CHECK(screen->page()->customerId() == id);
    // And the list shows them.
    screen->showList();
    CHECK(waitFor([&] { return screen->model()->rowCount() == 1; }));
    CHECK(screen->model()->index(0, CustomerTableModel::NameColumn).data().toString() == QStringLiteral("王小明"));
}

TEST_CASE("Global search finds a customer by part of a Chinese name and opens them", "[ui][search]")
{
    GuiFixture f;
    QString ignored;
    const qint64 id = createThroughForm(f, &ignored);
    REQUIRE(id > 0);
    f.window->showScreen(MainWindow::Screen::Today);
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));

    QTest::keyClick(f.window.get(), Qt::Key_K, Qt::ControlModifier);
    SearchPopup* popup = f.window->searchPopup();
    REQUIRE(waitFor([&] { return popup->isVisible(); }));
    CHECK(popup->field()->hasFocus());
    commitText(popup->field(), QStringLiteral("小明"));
    REQUIRE(waitFor([&] { return popup->model()->hitCount() > 0; }));
    const SearchHit* hit = popup->model()->hitAt(popup->list()->currentIndex().row());
    REQUIRE(hit);
    CHECK(hit->id == id);
    CHECK(hit->kind == SearchHit::Kind::Person);
    // Punctuation is searched for, not parsed.
    popup->field()->clear();
    QTest::keyClicks(popup->field(), QStringLiteral("\"(*AND- "));
    popup->searchNow();
    CHECK(popup->model()->hitCount() == 0);
    popup->field()->clear();
    commitText(popup->field(), QStringLiteral("小明"));
    REQUIRE(waitFor([&] { return popup->model()->hitCount() > 0; }));
    QTest::keyClick(popup->field(), Qt::Key_Return);
    CHECK(!popup->isVisible());
    CHECK(f.window->currentScreen() == MainWindow::Screen::Customers);
    CHECK(f.window->customersScreen()->page()->customerId() == id);
    // Esc closes without opening anything.
    f.window->openSearch();
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup->field(), Qt::Key_Escape);
    CHECK(!popup->isVisible());
}

TEST_CASE("Logging a call from the customer page puts it on the timeline, and undo removes it", "[ui][timeline]")
{
    GuiFixture f;
    Customer c;
    c.name = QStringLiteral("Harbour Street Bakery");
    c.kind = CustomerKind::Company;
    auto id = CustomerRepository(f.db()).create(c);
    REQUIRE(id);
    f.window->openCustomer(id.value());
    CustomerPage* page = f.window->customersScreen()->page();
    auto* timeline = findChild<QListView>(page, "timelineView");
    REQUIRE(timeline);
    CHECK(timeline->model()->rowCount() == 0);

    auto* logCall = findChild<QPushButton>(page, "logCallButton");
    REQUIRE(logCall);
    const bool driven = driveModal<ActivityDialog>([logCall] { QTest::mouseClick(logCall, Qt::LeftButton); },
                                                   [](ActivityDialog* d) {
        CHECK(d->kind() == ActivityKind::Call);
        auto* summary = findChild<QLineEdit>(d, "summaryEdit");
        auto* duration = findChild<QSpinBox>(d, "durationSpin");
        if (!summary || !duration)
            return;
        CHECK(d->focusWidget() == summary);
        duration->setValue(15);
        QTest::keyClicks(summary, QStringLiteral("Discussed the spring order"));
        QTest::keyClick(summary, Qt::Key_Return); // Enter saves
    });
    REQUIRE(driven);
    REQUIRE(waitFor([&] { return timeline->model()->rowCount() == 1; }));
    const QModelIndex entry = timeline->model()->index(0, 0);
    CHECK(entry.data(TimelineModel::TitleRole).toString().startsWith(QStringLiteral("Call")));
    CHECK(entry.data(TimelineModel::TitleRole).toString().contains(QStringLiteral("15 min")));
    CHECK(entry.data(TimelineModel::DetailRole).toString() == QStringLiteral("Discussed the spring order"));
    // The header's "last contact" follows.
    CHECK(CustomerRepository(f.db()).get(id.value()).value().lastContactAt.isValid());

    f.window->session().undoStack()->undo();
    CHECK(waitFor([&] { return timeline->model()->rowCount() == 0; }));
    f.window->session().undoStack()->redo();
    CHECK(waitFor([&] { return timeline->model()->rowCount() == 1; }));
}

TEST_CASE("Archiving selected customers can be undone and redone", "[ui][undo]")
{
    GuiFixture f;
    CustomerRepository repo(f.db());
    qint64 ids[3];
    const char* names[] = {"Alpha Trading", "Beta Foods", "Gamma Studio"};
    for (int i = 0; i < 3; ++i) {
        Customer c;
        c.name = QString::fromLatin1(names[i]);
        c.kind = CustomerKind::Company;
        auto id = repo.create(c);
        REQUIRE(id);
        ids[i] = id.value();
    }
    f.window->showScreen(MainWindow::Screen::Customers);
    CustomersScreen* screen = f.window->customersScreen();
    REQUIRE(waitFor([&] { return screen->model()->rowCount() == 3; }));
    screen->view()->selectRow(1); // Beta Foods (sorted by name)
    REQUIRE(screen->selectedIds() == QList<qint64>{ids[1]});
    auto* archive = findChild<QPushButton>(screen, "archiveSelectedButton");
    REQUIRE(archive);
    REQUIRE(archive->isEnabled());
    QTest::mouseClick(archive, Qt::LeftButton);
    CHECK(repo.get(ids[1]).value().isArchived());
    CHECK(waitFor([&] { return screen->model()->rowCount() == 2; }));

    // Ctrl+Z through the real Edit ▸ Undo shortcut.
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(!repo.get(ids[1]).value().isArchived());
    CHECK(waitFor([&] { return screen->model()->rowCount() == 3; }));
    f.window->session().undoStack()->redo();
    CHECK(repo.get(ids[1]).value().isArchived());
    f.window->session().undoStack()->undo();
    CHECK(!repo.get(ids[1]).value().isArchived());
}

TEST_CASE("Editing a customer inline validates and is undoable", "[ui][customers][undo]")
{
    GuiFixture f;
    CustomerRepository repo(f.db());
    Customer c;
    c.name = QStringLiteral("Lena Moore");
    c.email = QStringLiteral("lena@example.com");
    auto id = repo.create(c);
    REQUIRE(id);
    f.window->openCustomer(id.value());
    CustomerPage* page = f.window->customersScreen()->page();
    QTest::mouseClick(findChild<QPushButton>(page, "editButton"), Qt::LeftButton);
    REQUIRE(page->isEditing());
    auto* name = findChild<QLineEdit>(page, "nameEdit");
    auto* email = findChild<QLineEdit>(page, "emailEdit");
    auto* save = findChild<QPushButton>(page, "saveEditButton");
    REQUIRE((name && email && save));
    name->clear();
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(page->isEditing());
    CHECK(findChild<CustomerForm>(page, "customerForm")->errorText().contains(QStringLiteral("name is required")));
    CHECK(repo.get(id.value()).value().name == QStringLiteral("Lena Moore")); // refused edit leaves the record
    QTest::keyClicks(name, QStringLiteral("Lena Moore-Kim"));
    email->clear();
    QTest::keyClicks(email, QStringLiteral("lena.kim@example.com"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(!page->isEditing());
    CHECK(repo.get(id.value()).value().name == QStringLiteral("Lena Moore-Kim"));
    CHECK(findChild<QLabel>(page, "customerName")->text() == QStringLiteral("Lena Moore-Kim"));
    f.window->session().undoStack()->undo();
    CHECK(repo.get(id.value()).value().email == QStringLiteral("lena@example.com"));
    CHECK(waitFor([&] { return findChild<QLabel>(page, "customerName")->text() == QStringLiteral("Lena Moore"); }));
}

TEST_CASE("Deleting a customer with nothing attached is undoable without a question", "[ui][undo]")
{
    GuiFixture f;
    CustomerRepository repo(f.db());
    Customer c;
    c.name = QStringLiteral("Temporary Contact");
    c.tags = {QStringLiteral("VIP")};
    auto id = repo.create(c);
    REQUIRE(id);
    f.window->openCustomer(id.value());
    CustomerPage* page = f.window->customersScreen()->page();
    page->deleteCustomer();
    CHECK(!repo.get(id.value()).ok());
    CHECK(!f.window->customersScreen()->isShowingCustomer());
    f.window->session().undoStack()->undo();
    CustomerQuery q;
    q.text = QStringLiteral("Temporary");
    auto back = repo.list(q);
    REQUIRE(back);
    REQUIRE(back.value().size() == 1);
    CHECK(back.value().first().tags == QStringList{QStringLiteral("VIP")});
}

TEST_CASE("Search results are grouped by kind and the keyboard skips the group headers", "[ui][search]")
{
    GuiFixture f;
    CustomerRepository repo(f.db());
    Customer company;
    company.kind = CustomerKind::Company;
    company.name = QStringLiteral("王氏贸易有限公司");
    const qint64 companyId = repo.create(company).value();
    Customer person;
    person.name = QStringLiteral("王小红");
    person.companyId = companyId;
    const qint64 personId = repo.create(person).value();

    f.window->openSearch(QStringLiteral("王"));
    SearchPopup* popup = f.window->searchPopup();
    SearchResultsModel* model = popup->model();
    REQUIRE(model->hitCount() == 2);
    REQUIRE(model->rowCount() == 4); // Companies header, company, People header, person
    CHECK(model->index(0).data(SearchResultsModel::IsHeaderRole).toBool());
    CHECK(model->index(0).data().toString() == QStringLiteral("Companies"));
    CHECK(model->index(2).data().toString() == QStringLiteral("People"));
    CHECK(popup->list()->currentIndex().row() == 1);
    QTest::keyClick(popup->field(), Qt::Key_Down);
    CHECK(popup->list()->currentIndex().row() == 3);
    QTest::keyClick(popup->field(), Qt::Key_Down); // at the end: stays
    CHECK(popup->list()->currentIndex().row() == 3);
    QTest::keyClick(popup->field(), Qt::Key_Up);
    CHECK(popup->list()->currentIndex().row() == 1);
    QTest::keyClick(popup->field(), Qt::Key_Down);
    QTest::keyClick(popup->field(), Qt::Key_Enter);
    CHECK(f.window->customersScreen()->page()->customerId() == personId);
    // The person's page links to the company.
    CHECK(f.window->customersScreen()->page()->customer().companyName == QStringLiteral("王氏贸易有限公司"));
}
