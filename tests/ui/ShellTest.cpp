// The shell: screens and shortcuts, remembered window state, first run, and opening files that fail.
#include "GuiTestSupport.h"

#include "customers/CustomerTableModel.h"
#include "customers/CustomersScreen.h"
#include "db/Database.h"
#include "shell/AppController.h"
#include "shell/SearchPopup.h"
#include "shell/WelcomeWindow.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>

using namespace rapport;
using namespace rapport::test;

TEST_CASE("Ctrl+1..7 switch screens; Find and Ctrl+K go where they should", "[ui][shell]")
{
    GuiFixture f;
    auto* screens = findChild<QStackedWidget>(f.window.get(), "screens");
    REQUIRE(screens);
    const char* names[] = {"todayScreen", "customersScreen", "dealsScreen", "ticketsScreen",
                           "tasksScreen", "campaignsScreen", "reportsScreen"};
    for (int i = 0; i < 7; ++i) {
        QTest::keyClick(f.window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        CHECK(static_cast<int>(f.window->currentScreen()) == i);
        CHECK(screens->currentWidget()->objectName() == QString::fromLatin1(names[i]));
    }
    // Find on the Customers screen goes to its filter; elsewhere it opens global search.
    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(f.window->customersScreen()->filterEdit()->hasFocus());
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(f.window->searchPopup()->isVisible());
    QTest::keyClick(f.window->searchPopup()->field(), Qt::Key_Escape);
    // Every interactive widget has a name.
    QStringList unnamed;
    for (QWidget* w : f.window->findChildren<QWidget*>()) {
        const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                 qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w);
        // Parts Qt builds inside its own widgets (a combo box's line edit, a view's headers, a line edit's
        // clear button, the toolbar's overflow button) are named by Qt or reached through their owner.
        QWidget* parent = w->parentWidget();
        const bool internal = w->inherits("QHeaderView") || w->inherits("QToolBarExtension") ||
                              w->inherits("QTableCornerButton") || w->inherits("QComboBoxListView") ||
                              (parent && (parent->inherits("QComboBox") || parent->inherits("QAbstractSpinBox") ||
                                          parent->inherits("QLineEdit") || parent->inherits("QTabBar")));
        if (interactive && !internal && w->objectName().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className());
    }
    INFO(unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE("The window remembers its size and the last screen", "[ui][shell]")
{
    IsolatedSettings settings;
    TempDatabase temp;
    {
        MainWindow window(temp.db());
        window.resize(1250, 850);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showScreen(MainWindow::Screen::Tasks);
        window.close();
    }
    MainWindow again(temp.db());
    again.restoreState();
    again.show();
    CHECK(again.currentScreen() == MainWindow::Screen::Tasks);
    INFO(again.size().width() << "x" << again.size().height());
    CHECK(again.size() == QSize(1250, 850));
}

TEST_CASE("Opening a file that is not a Rapport database shows the core's message", "[ui][shell]")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    AppController controller;
    QString shown;
    bool opened = true;
    const bool driven = driveModal<QMessageBox>([&] { opened = controller.openDatabase(path); },
                                                [&shown](QMessageBox* box) {
                                                    shown = box->text();
                                                    box->accept();
                                                });
    REQUIRE(driven);
    CHECK(!opened);
    CHECK(shown.contains(QStringLiteral("is not a Rapport database")));
    CHECK(!shown.contains(QStringLiteral("Unable to execute")));
    CHECK(!shown.contains(QStringLiteral("file is not a database")));
    CHECK(controller.window() == nullptr);
    // The file was not touched.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("These are my notes, not a database.\n"));
}

TEST_CASE("A database in use by another Rapport is refused with who holds it", "[ui][shell]")
{
    IsolatedSettings settings;
    TempDatabase temp; // holds the lock
    AppController controller;
    QString shown;
    driveModal<QMessageBox>([&] { controller.openDatabase(temp.path()); },
                            [&shown](QMessageBox* box) {
                                shown = box->text();
                                box->accept();
                            });
    CHECK(shown.contains(QStringLiteral("in use")));
}

TEST_CASE("First run: the welcome screen creates the database with the business name and currency", "[ui][shell]")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first.sqlite"));
    AppController controller;
    controller.start(path);
    WelcomeWindow* welcome = controller.welcome();
    REQUIRE(welcome);
    REQUIRE(!controller.window());
    QTest::keyClicks(findChild<QLineEdit>(welcome, "welcomeBusinessEdit"), QStringLiteral("Harbour Street Bakery"));
    auto* currency = findChild<QComboBox>(welcome, "welcomeCurrencyCombo");
    currency->setCurrentText(QStringLiteral("EUR"));

    SECTION("Start empty")
    {
        QTest::mouseClick(findChild<QPushButton>(welcome, "startEmptyButton"), Qt::LeftButton);
    }
    SECTION("Try with sample data, generated off the GUI thread")
    {
        welcome->setSampleCustomers(60);
        QTest::mouseClick(findChild<QPushButton>(welcome, "startSampleButton"), Qt::LeftButton);
        REQUIRE(waitFor([&] { return controller.window() != nullptr; }, 60000));
        controller.window()->showScreen(MainWindow::Screen::Customers);
        CHECK(controller.window()->customersScreen()->model()->rowCount() > 0);
    }
    REQUIRE(controller.window());
    Database* db = controller.database();
    REQUIRE(db);
    CHECK(db->path() == QFileInfo(path).absoluteFilePath());
    CHECK(db->setting(QStringLiteral("business_name")) == QStringLiteral("Harbour Street Bakery"));
    CHECK(db->setting(QStringLiteral("currency")) == QStringLiteral("EUR"));
    CHECK(controller.window()->windowTitle().contains(QStringLiteral("Harbour Street Bakery")));
}
