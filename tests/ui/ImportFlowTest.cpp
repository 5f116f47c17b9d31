// File > Import, the wizard end to end; Find duplicates and the merge dialog with undo.
#include "GuiTestSupport.h"

#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersScreen.h"
#include "db/Query.h"
#include "importing/DuplicatesDialog.h"
#include "importing/ImportWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>

using namespace rapport;
using namespace rapport::test;

namespace {

int count(Database& db, const QString& sql)
{
    return scalar(db.connection(), sql).toInt();
}

QString realistic(const char* name)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/realistic/") + QString::fromUtf8(name);
}

bool waitForWork(ImportWizard& wizard)
{
    QSignalSpy done(&wizard, &ImportWizard::finishedWork);
    return done.wait(60000);
}

} // namespace

TEST_CASE("The import wizard maps, previews, checks and imports a Chinese GBK sheet", "[ui][import]")
{
    GuiFixture f;
    ImportWizard wizard(f.window->session(), f.window.get());
    wizard.show();
    wizard.openFile(realistic("客户名单_gbk.csv"));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")), Qt::LeftButton);
    REQUIRE(wizard.step() == ImportWizard::Step::Columns);

    auto* columns = wizard.findChild<QTableWidget*>(QStringLiteral("importColumnsTable"));
    REQUIRE(columns->rowCount() == 7);
    CHECK(columns->item(0, 0)->text() == QStringLiteral("姓名"));
    auto* nameCombo = qobject_cast<QComboBox*>(columns->cellWidget(0, 2));
    REQUIRE(nameCombo);
    CHECK(CustomerField(nameCombo->currentData().toInt()) == CustomerField::Name);
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("importPreviewTable"));
    CHECK(preview->item(0, 0)->text() == QStringLiteral("张伟"));
    CHECK(preview->item(0, 2)->text() == QStringLiteral("北京星辰科技有限公司"));
    // The owner decides the remarks column is where customers came from.
    auto* notesCombo = qobject_cast<QComboBox*>(columns->cellWidget(6, 2));
    notesCombo->setCurrentIndex(notesCombo->findData(int(CustomerField::Source)));
    // Rows 5 and 6 of the file have problems; the preview says so before anything is written.
    CHECK(preview->item(3, 9)->text().contains(QStringLiteral("liuyang@longteng")));

    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")), Qt::LeftButton);
    REQUIRE(waitForWork(wizard));
    REQUIRE(wizard.step() == ImportWizard::Step::Check);
    CHECK(wizard.lastSummary().dryRun);
    CHECK(wizard.lastSummary().counts.created == 5);
    CHECK(wizard.lastSummary().counts.invalid == 2);
    CHECK(wizard.findChild<QTableWidget*>(QStringLiteral("importProblemsTable"))->rowCount() == 2);
    CHECK(wizard.findChild<QPushButton*>(QStringLiteral("importSaveProblemsButton"))->isEnabled());
    CHECK(count(f.db(), QStringLiteral("SELECT count(*) FROM customers")) == 0);

    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")), Qt::LeftButton);
    REQUIRE(waitForWork(wizard));
    CHECK_FALSE(wizard.lastSummary().dryRun);
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importStatus"))->text().contains(QStringLiteral("5")));
    CHECK(count(f.db(), QStringLiteral("SELECT count(*) FROM customers WHERE kind = 'person'")) == 4);
    CHECK(count(f.db(), QStringLiteral("SELECT count(*) FROM customers")) == 7); // and 3 companies
    CHECK(scalar(f.db().connection(), QStringLiteral("SELECT source FROM customers WHERE email = 'zhangwei@xingchen.cn'"))
              .toString() == QStringLiteral("老客户，月结"));
    // The customer list learned about the import.
    CustomersScreen* screen = f.window->customersScreen();
    screen->ensureLoaded();
    CHECK(waitFor([screen] { return screen->model()->rowCount() == 7; }));
}

namespace {

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    QFile file(dir.filePath(QString::fromUtf8(name)));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

void chooseField(ImportWizard& wizard, int column, const char* field)
{
    auto* combo = wizard.findChild<QComboBox*>(QStringLiteral("importFieldCombo%1").arg(column));
    REQUIRE(combo);
    const int index = combo->findData(QString::fromLatin1(field));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QString comboField(ImportWizard& wizard, int column)
{
    return wizard.findChild<QComboBox*>(QStringLiteral("importFieldCombo%1").arg(column))->currentData().toString();
}

// The customer the deal and activity files below refer to, by name or by email.
void addAnn(Database& db)
{
    Customer ann;
    ann.name = QStringLiteral("Ann Lee");
    ann.email = QStringLiteral("ann@example.com");
    REQUIRE(CustomerRepository(db).create(ann));
}

} // namespace

TEST_CASE("The wizard re-maps a deals file's columns with a live preview, then imports it", "[ui][import]")
{
    GuiFixture f;
    addAnn(f.db());
    QTemporaryDir dir;
    // "Who", "Worth" and "Memo" mean nothing to Rapport; "Opportunity" is a title, "Close by" nothing either.
    const QString path = writeFile(dir, "pipeline.csv",
                                   "Opportunity,Who,Worth,Close by,Memo\n"
                                   "Spring order,Ann Lee,\"¥12,000.50\",2026-04-30,Call first\n"
                                   "Summer order,ann@example.com,99,2026-06-30,\n");
    ImportWizard wizard(f.window->session(), f.window.get());
    wizard.show();
    wizard.openFile(path);
    auto* kind = wizard.findChild<QComboBox*>(QStringLiteral("importKindCombo"));
    kind->setCurrentIndex(1); // Deals
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")), Qt::LeftButton);
    REQUIRE(wizard.step() == ImportWizard::Step::Columns);

    CHECK(comboField(wizard, 0) == QStringLiteral("title"));
    CHECK(comboField(wizard, 1).isEmpty());
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("importPreviewTable"));
    REQUIRE(preview->columnCount() == 2); // Title and Problem
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Spring order"));
    CHECK(preview->item(0, 1)->text().contains(QStringLiteral("No customer")));
    CHECK(preview->horizontalHeaderItem(1)->text() == QStringLiteral("Problem"));

    chooseField(wizard, 1, "customer");
    chooseField(wizard, 2, "amount");
    chooseField(wizard, 3, "expected_close");
    chooseField(wizard, 4, "notes");
    // The preview follows: Title, Customer, Amount (as read), Expected close, Notes, Problem.
    REQUIRE(preview->columnCount() == 6);
    CHECK(preview->horizontalHeaderItem(2)->text() == QStringLiteral("Amount"));
    CHECK(preview->item(0, 1)->text() == QStringLiteral("Ann Lee"));
    CHECK(preview->item(0, 2)->text().contains(QStringLiteral("CNY")));
    CHECK(preview->item(0, 5)->text().isEmpty());
    // A field goes to one column: giving the title to "Memo" takes it from "Opportunity".
    chooseField(wizard, 4, "title");
    CHECK(comboField(wizard, 0).isEmpty());
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Call first"));
    CHECK(preview->item(1, preview->columnCount() - 1)->text().contains(QStringLiteral("No title")));
    chooseField(wizard, 0, "title");
    chooseField(wizard, 4, "notes");
    CHECK(comboField(wizard, 0) == QStringLiteral("title"));

    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")), Qt::LeftButton);
    REQUIRE(waitForWork(wizard));
    CHECK(wizard.lastSummary().dryRun);
    CHECK(wizard.lastSummary().counts.created == 2);
    CHECK(wizard.lastSummary().counts.invalid == 0);
    CHECK(count(f.db(), QStringLiteral("SELECT count(*) FROM deals")) == 0);

    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")), Qt::LeftButton);
    REQUIRE(waitForWork(wizard));
    CHECK_FALSE(wizard.lastSummary().dryRun);
    CHECK(count(f.db(), QStringLiteral("SELECT count(*) FROM deals")) == 2);
    CHECK(scalar(f.db().connection(), QStringLiteral("SELECT amount_minor || currency || '|' || expected_close || '|' || notes "
                                                     "FROM deals WHERE title = 'Spring order'"))
              .toString() == QStringLiteral("1200050CNY|2026-04-30|Call first"));
}

TEST_CASE("The wizard re-maps an activities file's columns", "[ui][import]")
{
    GuiFixture f;
    addAnn(f.db());
    QTemporaryDir dir;
    const QString path = writeFile(dir, "log.csv",
                                   "联系人,渠道,时间,话题,Remarks\n"
                                   "Ann Lee,电话,2026-03-02 14:30,Called about the order,Wants delivery Friday\n");
    ImportWizard wizard(f.window->session(), f.window.get());
    wizard.show();
    wizard.openFile(path);
    wizard.findChild<QComboBox*>(QStringLiteral("importKindCombo"))->setCurrentIndex(2); // Activities
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")), Qt::LeftButton);
    REQUIRE(wizard.step() == ImportWizard::Step::Columns);
    CHECK(comboField(wizard, 0) == QStringLiteral("customer"));
    CHECK(comboField(wizard, 2) == QStringLiteral("occurred_at"));
    chooseField(wizard, 1, "kind");
    chooseField(wizard, 3, "summary");
    chooseField(wizard, 4, "body");
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("importPreviewTable"));
    REQUIRE(preview->columnCount() == 6);
    CHECK(preview->item(0, 3)->text() == QStringLiteral("Called about the order"));

    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")), Qt::LeftButton);
    REQUIRE(waitForWork(wizard));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")), Qt::LeftButton);
    REQUIRE(waitForWork(wizard));
    CHECK(scalar(f.db().connection(), QStringLiteral("SELECT kind || '|' || summary || '|' || body FROM activities"))
              .toString() == QStringLiteral("call|Called about the order|Wants delivery Friday"));
}

TEST_CASE("Cancelling the import in the wizard leaves the database as it was", "[ui][import]")
{
    GuiFixture f;
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.csv")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    big.write("Name,Email\n");
    for (int i = 0; i < 300000; ++i)
        big.write("Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.com\n");
    big.close();
    ImportWizard wizard(f.window->session(), f.window.get());
    wizard.show();
    wizard.openFile(big.fileName());
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")), Qt::LeftButton);
    wizard.startImport();
    auto* status = wizard.findChild<QLabel*>(QStringLiteral("importStatus"));
    REQUIRE(waitFor([status] { return status->text().contains(QStringLiteral("rows/s")); }, 60000));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importCancelButton")), Qt::LeftButton);
    REQUIRE(waitForWork(wizard));
    CHECK(status->text().contains(QStringLiteral("cancelled")));
    CHECK(count(f.db(), QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(count(f.db(), QStringLiteral("SELECT count(*) FROM audit_log")) == 0);
}

TEST_CASE("Find duplicates lists a pair; merging it is undoable", "[ui][duplicates]")
{
    GuiFixture f;
    CustomerRepository repo(f.db());
    Customer a;
    a.name = QStringLiteral("张三");
    a.email = QStringLiteral("zhang@example.com");
    const qint64 keep = repo.create(a).value();
    Customer b;
    b.name = QStringLiteral("张 三");
    b.email = QStringLiteral("ZHANG@example.com");
    b.phone = QStringLiteral("138 0013 8000");
    const qint64 other = repo.create(b).value();

    DuplicatesDialog dialog(f.window->session(), f.window.get());
    dialog.show();
    REQUIRE(dialog.table()->rowCount() == 1);
    dialog.table()->selectRow(0);
    const bool merged = driveModal<MergeDialog>([&dialog] { dialog.mergeSelected(); }, [](MergeDialog* merge) {
        auto* phone = merge->findChild<QRadioButton*>(QStringLiteral("merge_phone_1"));
        REQUIRE(phone);
        CHECK(phone->isChecked()); // the kept customer has no phone: the other's is chosen
        QTest::mouseClick(merge->findChild<QPushButton*>(QStringLiteral("confirmMergeButton")), Qt::LeftButton);
    });
    CHECK(merged);
    CHECK(dialog.table()->rowCount() == 0);
    CHECK(count(f.db(), QStringLiteral("SELECT count(*) FROM customers")) == 1);
    CHECK(repo.get(keep).value().phone == QStringLiteral("138 0013 8000"));

    f.window->session().undoStack()->undo();
    CHECK(count(f.db(), QStringLiteral("SELECT count(*) FROM customers")) == 2);
    CHECK(repo.get(other).value().name == QStringLiteral("张 三"));
    CHECK(repo.get(keep).value().phone.isEmpty());
}

TEST_CASE("The File menu offers Import, Export and Find Duplicates", "[ui][import]")
{
    GuiFixture f;
    for (const char* name : {"importAction", "exportCustomersCsvAction", "exportCustomersVCardAction", "exportTasksAction",
                             "findDuplicatesAction"})
        CHECK(f.window->findChild<QAction*>(QString::fromLatin1(name)) != nullptr);
}
