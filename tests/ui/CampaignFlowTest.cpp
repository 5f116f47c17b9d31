// Campaigns end to end through the real window: build a segment (live count), create a campaign from it,
// build its audience, mark responses in bulk and see the results update. Also the segment filter on
// the Customers screen and the tags dialog.
#include "GuiTestSupport.h"

#include "campaigns/AudienceExport.h"
#include "campaigns/CampaignDialog.h"
#include "campaigns/MailtoDialog.h"
#include "campaigns/CampaignPage.h"
#include "campaigns/CampaignsScreen.h"
#include "campaigns/MemberTableModel.h"
#include "campaigns/SegmentEditor.h"
#include "campaigns/SegmentRepository.h"
#include "campaigns/TagsDialog.h"
#include "campaigns/TagRepository.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomersScreen.h"
#include "deals/DealDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace rapport;
using namespace rapport::test;

namespace {

void seed(Database& db)
{
    CustomerRepository repo(db);
    const char* people[] = {"Lin Hua", "Zhou Min", "Anna Berg"};
    for (const char* name : people) {
        Customer c;
        c.name = QString::fromUtf8(name);
        c.city = QStringLiteral("Hangzhou");
        c.email = QString::fromUtf8(name).toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.com");
        c.tags = {QStringLiteral("newsletter")};
        REQUIRE(repo.create(c));
    }
    Customer other;
    other.name = QStringLiteral("Far Away Ltd");
    other.kind = CustomerKind::Company;
    other.city = QStringLiteral("Lyon");
    other.tags = {QStringLiteral("Newsletter-old")};
    REQUIRE(repo.create(other));
}

void clickSave(QDialog* dialog, const char* boxName)
{
    auto* box = findChild<QDialogButtonBox>(dialog, boxName);
    REQUIRE(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

TEST_CASE("Build a segment, create a campaign from it, mark responses, see the results", "[ui][campaigns]")
{
    GuiFixture f;
    seed(f.db());
    f.window->showScreen(MainWindow::Screen::Campaigns);
    auto* screen = findChild<CampaignsScreen>(f.window.get(), "campaignsScreen");
    REQUIRE(screen);
    REQUIRE(screen->isVisible());

    const bool edited = driveModal<SegmentEditor>(
        [&] { QTest::mouseClick(findChild<QPushButton>(screen, "newSegment"), Qt::LeftButton); },
        [](SegmentEditor* editor) {
            QTest::keyClicks(findChild<QLineEdit>(editor, "segmentName"), QStringLiteral("Hangzhou"));
            auto* field = findChild<QComboBox>(editor, "conditionField");
            field->setCurrentIndex(field->findData(static_cast<int>(SegmentField::City)));
            QTest::keyClicks(findChild<QLineEdit>(editor, "conditionText"), QStringLiteral("hangzhou"));
            CHECK(waitFor([editor] { return editor->lastCount() == 3; }));
            CHECK(findChild<QLabel>(editor, "segmentCount")->text().contains(QStringLiteral("3")));
            clickSave(editor, "segmentButtons");
        });
    REQUIRE(edited);
    REQUIRE(screen->segmentList()->count() == 1);
    const Segment saved = SegmentRepository(f.db()).list().value().first();
    CHECK(saved.name == QStringLiteral("Hangzhou"));
    REQUIRE(saved.conditions.size() == 1);
    CHECK(saved.conditions.first().field == SegmentField::City);

    const bool created = driveModal<CampaignDialog>(
        [&] { QTest::mouseClick(findChild<QPushButton>(screen, "newCampaign"), Qt::LeftButton); },
        [](CampaignDialog* dialog) {
            QTest::keyClicks(findChild<QLineEdit>(dialog, "campaignName"), QStringLiteral("Spring tea tasting"));
            QTest::keyClicks(findChild<QLineEdit>(dialog, "campaignBudget"), QStringLiteral("300"));
            auto* segment = findChild<QComboBox>(dialog, "campaignSegment");
            segment->setCurrentIndex(segment->findText(QStringLiteral("Hangzhou")));
            clickSave(dialog, "campaignButtons");
            CHECK(dialog->errorText().isEmpty());
        });
    REQUIRE(created);
    CampaignPage* page = screen->page();
    REQUIRE(page->isVisible());
    CHECK(findChild<QLabel>(page, "campaignTitle")->text() == QStringLiteral("Spring tea tasting"));

    QTest::mouseClick(findChild<QPushButton>(page, "buildAudience"), Qt::LeftButton);
    CHECK(findChild<QLabel>(page, "resultAudience")->text() == QStringLiteral("3"));
    CHECK(page->members()->rowCount() == 3);
    CHECK(findChild<QLabel>(page, "resultResponse")->text() == QStringLiteral("0.0%"));

    // Two responded, then one of them bought.
    QTableView* table = page->memberTable();
    table->selectionModel()->select(page->members()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(page->members()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto* status = findChild<QComboBox>(page, "bulkStatus");
    status->setCurrentIndex(status->findData(static_cast<int>(MemberStatus::Responded)));
    QTest::mouseClick(findChild<QPushButton>(page, "applyStatus"), Qt::LeftButton);
    CHECK(page->results().responseRate.part == 2);
    CHECK(findChild<QLabel>(page, "resultResponse")->text() == QStringLiteral("66.7%"));
    CHECK(findChild<QLabel>(page, "resultConversion")->text() == QStringLiteral("0.0%"));

    table->selectionModel()->select(page->members()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    status->setCurrentIndex(status->findData(static_cast<int>(MemberStatus::Converted)));
    QTest::mouseClick(findChild<QPushButton>(page, "applyStatus"), Qt::LeftButton);
    CHECK(page->results().conversionRate.part == 1);
    CHECK(findChild<QLabel>(page, "resultConversion")->text() == QStringLiteral("33.3%"));
    CHECK(findChild<QLabel>(page, "resultResponse")->text() == QStringLiteral("66.7%")); // converted counts as responded
    CHECK(findChild<QLabel>(page, "resultCost")->text().contains(QStringLiteral("300")));
    CHECK(page->members()->data(page->members()->index(0, MemberTableModel::StatusColumn)).toString() ==
          QStringLiteral("Converted"));

    SECTION("A deal attributed in the deal dialog counts in the campaign's results")
    {
        const qint64 customer = page->members()->data(page->members()->index(0, 0), MemberTableModel::CustomerIdRole)
                                    .toLongLong();
        DealDialog dialog(f.window->session(), customer, QStringLiteral("Lin Hua"), f.window.get());
        QTest::keyClicks(findChild<QLineEdit>(&dialog, "dealTitleEdit"), QStringLiteral("Tea set"));
        QTest::keyClicks(findChild<QLineEdit>(&dialog, "dealAmountEdit"), QStringLiteral("120"));
        auto* campaign = findChild<QComboBox>(&dialog, "dealCampaignCombo");
        REQUIRE(campaign);
        campaign->setCurrentIndex(campaign->findText(QStringLiteral("Spring tea tasting")));
        dialog.accept();
        CHECK(dialog.errorText().isEmpty());
        CHECK(waitFor([page] { return page->results().openDeals == 1; }));
    }

    SECTION("The segment filters the Customers screen")
    {
        f.window->showScreen(MainWindow::Screen::Customers);
        auto* customers = f.window->customersScreen();
        auto* filter = findChild<QComboBox>(customers, "segmentFilter");
        REQUIRE(filter);
        auto* archive = findChild<QComboBox>(customers, "archiveFilter");
        REQUIRE(archive);
        archive->setCurrentIndex(1); // Archived
        const int at = filter->findText(QStringLiteral("Hangzhou"));
        REQUIRE(at > 0);
        filter->setCurrentIndex(at);
        auto* view = findChild<QTableView>(customers, "customerTable");
        // A segment holds active customers only: the archive choice goes back to Active and waits.
        CHECK(waitFor([view] { return view->model()->rowCount() == 3; }));
        CHECK(archive->currentIndex() == 0);
        CHECK_FALSE(archive->isEnabled());
        filter->setCurrentIndex(0);
        CHECK(waitFor([view] { return view->model()->rowCount() == 4; }));
        CHECK(archive->isEnabled());
    }
}

TEST_CASE("Tags dialog: counts, rename, merge, delete", "[ui][campaigns][tags]")
{
    GuiFixture f;
    seed(f.db());
    TagsDialog dialog(f.window->session(), f.window.get());
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("newsletter"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("3"));
    const qint64 news = table->item(0, 0)->data(Qt::UserRole).toLongLong();
    const qint64 old = table->item(1, 0)->data(Qt::UserRole).toLongLong();
    REQUIRE(dialog.renameTag(news, QStringLiteral("Newsletter")));
    CHECK(table->item(0, 0)->text() == QStringLiteral("Newsletter"));
    REQUIRE(dialog.colorTag(news, QStringLiteral("#2E7D32")));
    CHECK(TagRepository(f.db()).list().value().first().color == QStringLiteral("#2e7d32"));
    REQUIRE(dialog.mergeTags(old, news));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("4"));
    CHECK(CustomerRepository(f.db()).allTags().value() == QStringList{QStringLiteral("Newsletter")});
    REQUIRE(dialog.deleteTag(news));
    CHECK(table->rowCount() == 0);
    CHECK(CustomerRepository(f.db()).allTags().value().isEmpty());
}

TEST_CASE("The mailto dialog lists one entry per batch with its size", "[ui][campaigns]")
{
    IsolatedSettings settings;
    QStringList addresses;
    for (int i = 0; i < 120; ++i)
        addresses << QStringLiteral("c%1@example.com").arg(i);
    const QStringList links = AudienceExport::mailtoBatches(addresses);
    MailtoDialog dialog(links);
    REQUIRE(dialog.batches()->count() == 3);
    CHECK(dialog.batches()->item(0)->text().contains(QStringLiteral("50")));
    CHECK(dialog.batches()->item(2)->text().contains(QStringLiteral("20")));
    CHECK(dialog.batches()->item(0)->data(Qt::UserRole).toString() == links.first());
}
