// The Reports screen (computed on a worker, newest request wins, PDF export), the targets dialog, the KPI
// tiles on Today, and the stored value tiers on the customer list and page.
#include "reports/ReportsScreen.h"

#include "GuiTestSupport.h"
#include "analytics/Kpis.h"
#include "analytics/ValueTiers.h"
#include "customers/CustomerHeader.h"
#include "customers/CustomerTableModel.h"
#include "db/Query.h"
#include "demo/DemoGenerator.h"
#include "shell/TierRefresher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace rapport;
using namespace rapport::test;

namespace {

void addDemo(Database& db, int customers = 60)
{
    DemoOptions options;
    options.customers = customers;
    options.seed = 7;
    REQUIRE(DemoGenerator::generate(db, options, {}));
}

ReportsScreen* openReports(GuiFixture& fx)
{
    fx.window->showScreen(MainWindow::Screen::Reports);
    auto* screen = fx.window->findChild<ReportsScreen*>();
    REQUIRE(screen);
    REQUIRE(waitFor([screen] { return !screen->isComputing() && !screen->document().title.isEmpty(); }, 20000));
    return screen;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("Reports compute on a worker: the newest report and period win, and one report exports to PDF",
          "[ui][reports]")
{
    GuiFixture fx;
    addDemo(fx.db());
    ReportsScreen* screen = openReports(fx);
    CHECK(screen->document().title == ReportBuilder::title(ReportKind::Funnel));
    auto* list = findChild<QListWidget>(screen, "reportList");
    auto* busy = findChild<QLabel>(screen, "reportBusy");
    REQUIRE(list);
    REQUIRE(busy);

    // Two switches in a row: the first result (if it arrives) is stale and dropped; the second is shown.
    QSignalSpy shown(screen, &ReportsScreen::reportShown);
    list->setCurrentRow(static_cast<int>(ReportBuilder::allKinds().indexOf(ReportKind::WinRate)));
    CHECK(screen->isComputing());
    CHECK(busy->isVisibleTo(screen));
    list->setCurrentRow(static_cast<int>(ReportBuilder::allKinds().indexOf(ReportKind::Retention)));
    REQUIRE(waitFor([screen] { return !screen->isComputing(); }, 20000));
    CHECK(screen->document().title == ReportBuilder::title(ReportKind::Retention));
    CHECK_FALSE(busy->isVisibleTo(screen));
    CHECK(shown.count() == 1); // the stale win-rate page never reached the screen

    // A new period recomputes the same report for it.
    const QString before = screen->document().period;
    const QDate today = QDate::currentDate();
    screen->setRange(today.addMonths(-3), today);
    REQUIRE(
        waitFor([screen, &before] { return !screen->isComputing() && screen->document().period != before; }, 20000));
    CHECK(screen->document().title == ReportBuilder::title(ReportKind::Retention));

    // A reversed period says so instead of computing.
    screen->setRange(today, today.addMonths(-1));
    CHECK_FALSE(screen->isComputing());
    auto* content = screen->findChild<QWidget*>(QStringLiteral("reportContent"));
    REQUIRE(content);
    bool saysAfter = false;
    for (auto* l : content->findChildren<QLabel*>())
        saysAfter |= l->text().contains(QStringLiteral("is after the end date"));
    CHECK(saysAfter);

    // Export PDF of the report on screen, through the save dialog.
    screen->setRange(today.addMonths(-11), today);
    REQUIRE(waitFor([screen] { return !screen->isComputing(); }, 20000));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("retention.pdf"));
    const bool driven = driveModal<QFileDialog>([screen] { screen->exportPdf(); },
                                                [&path](QFileDialog* dialog) {
                                                    dialog->selectFile(path);
                                                    static_cast<QDialog*>(dialog)->accept();
                                                });
    CHECK(driven);
    REQUIRE(QFileInfo::exists(path));
    const QString text = pdfText(path);
    CHECK(text.contains(ReportBuilder::title(ReportKind::Retention)));
    CHECK(text.contains(QStringLiteral("Harbor & Pine Supplies")));
}

TEST_CASE("Set Targets saves monthly targets, refuses a bad one, and the KPI tiles show progress", "[ui][reports]")
{
    GuiFixture fx;
    addDemo(fx.db(), 40);
    // The demo sets targets, so the Today tile compares this month with one.
    const QString month = monthKey(QDate::currentDate());
    auto target = Kpis::target(fx.db().connection(), month, KpiMetric::Revenue);
    REQUIRE(target);
    REQUIRE(target.value().has_value());
    fx.window->showScreen(MainWindow::Screen::Today);
    auto* tile = findChild<QWidget>(fx.window.get(), "kpiRevenue");
    REQUIRE(tile);
    REQUIRE(waitFor([tile] {
        for (auto* l : tile->findChildren<QLabel*>()) {
            if (l->text().contains(QStringLiteral("target")) && !l->text().contains(QStringLiteral("No target")))
                return true;
        }
        return false;
    }));

    ReportsScreen* screen = openReports(fx);
    const auto cellOf = [&](QTableWidget* table) {
        for (int r = 0; r < table->rowCount(); ++r) {
            const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
            if (table->verticalHeaderItem(r)->text() == QLocale().toString(first, QStringLiteral("MMM yyyy")))
                return r;
        }
        return -1;
    };
    // A target that is not a number is refused with a message and nothing is saved.
    bool refused = false;
    driveModal<QDialog>([screen] { screen->editTargets(); },
                        [&](QDialog* dialog) {
                            auto* table = findChild<QTableWidget>(dialog, "targetsTable");
                            REQUIRE(table);
                            const int row = cellOf(table);
                            REQUIRE(row >= 0);
                            table->item(row, 1)->setText(QStringLiteral("lots"));
                            QTimer::singleShot(0, dialog, [&refused] {
                                (void)waitFor([] {
                                    return QApplication::activeModalWidget() &&
                                           QApplication::activeModalWidget()->objectName() !=
                                               QStringLiteral("targetsDialog");
                                });
                                if (auto* box = QApplication::activeModalWidget();
                                    box && box->objectName() != QStringLiteral("targetsDialog")) {
                                    refused = true;
                                    box->close();
                                }
                            });
                            dialog->accept();
                            CHECK(dialog->isVisible());
                            table->item(row, 1)->setText(QStringLiteral("42"));
                            table->item(row, 0)->setText(QString());
                            dialog->accept();
                        });
    CHECK(refused);
    auto newCustomers = Kpis::target(fx.db().connection(), month, KpiMetric::NewCustomers);
    REQUIRE(newCustomers);
    CHECK(newCustomers.value() == std::optional<qint64>(42));
    auto revenue = Kpis::target(fx.db().connection(), month, KpiMetric::Revenue);
    REQUIRE(revenue);
    CHECK_FALSE(revenue.value().has_value()); // emptied cell: no target

    fx.window->showScreen(MainWindow::Screen::Today);
    REQUIRE(waitFor([tile] {
        for (auto* l : tile->findChildren<QLabel*>()) {
            if (l->text().contains(QStringLiteral("No target set for this month")))
                return true;
        }
        return false;
    }));
}

TEST_CASE("Stored value tiers: refreshed off the GUI thread, shown, sorted and filtered on the customer list, and "
          "as a badge on the customer page",
          "[ui][tiers]")
{
    GuiFixture fx;
    addDemo(fx.db(), 80);
    // The demo leaves the tiers computed for today.
    CHECK(ValueTiers::storedAsOf(fx.db().connection()) == QDate::currentDate());

    // Forget them; the refresher rebuilds on a worker and announces the change.
    REQUIRE(execSql(fx.db().connection(), QStringLiteral("DELETE FROM customer_value_tiers"), nullptr));
    REQUIRE(execSql(fx.db().connection(), QStringLiteral("DELETE FROM derived_state"), nullptr));
    TierRefresher refresher(fx.db());
    QSignalSpy refreshed(&refresher, &TierRefresher::refreshed);
    refresher.refreshIfStale();
    CHECK(refresher.isRunning());
    REQUIRE(refreshed.wait(20000));
    CHECK(refreshed.first().first().toBool());
    CHECK(ValueTiers::storedAsOf(fx.db().connection()) == QDate::currentDate());
    const auto stored = ValueTiers::assignments(fx.db().connection(), QDate::currentDate());
    REQUIRE(stored);
    REQUIRE(stored.value().size() > 0);
    CHECK(scalar(fx.db().connection(), QStringLiteral("SELECT count(*) FROM customer_value_tiers")).toInt() ==
          stored.value().size());
    // Fresh tiers are not rebuilt again the same day.
    refresher.refreshIfStale();
    CHECK_FALSE(refresher.isRunning());

    fx.window->showScreen(MainWindow::Screen::Customers);
    auto* table = findChild<QTableView>(fx.window.get(), "customerTable");
    REQUIRE(table);
    auto* model = qobject_cast<CustomerTableModel*>(table->model());
    REQUIRE(model);
    CHECK(model->headerData(CustomerTableModel::TierColumn, Qt::Horizontal).toString() == QStringLiteral("Tier"));
    // Sorted by tier: important customers first.
    table->horizontalHeader()->setSortIndicator(CustomerTableModel::TierColumn, Qt::AscendingOrder);
    REQUIRE(waitFor([model] { return model->rowCount() > 0; }));
    CHECK(model->index(0, CustomerTableModel::TierColumn).data().toString() ==
          ValueTiers::tierName(ValueTier::Important));
    // Filtered to at-risk customers, in SQL: the count is the stored one.
    auto* tierFilter = findChild<QComboBox>(fx.window.get(), "tierFilter");
    REQUIRE(tierFilter);
    tierFilter->setCurrentIndex(tierFilter->findData(QStringLiteral("at_risk")));
    int atRisk = 0;
    for (ValueTier t : stored.value())
        atRisk += t == ValueTier::AtRisk ? 1 : 0;
    REQUIRE(waitFor([model, atRisk] { return model->rowCount() == atRisk; }));
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(model->index(r, CustomerTableModel::TierColumn).data().toString() ==
              ValueTiers::tierName(ValueTier::AtRisk));
    CHECK(model->index(0, CustomerTableModel::TierColumn).data(Qt::ToolTipRole).toString() ==
          ValueTiers::tierHint(ValueTier::AtRisk));

    // The customer page shows the badge with its meaning.
    const qint64 id = model->idAt(0);
    REQUIRE(id > 0);
    fx.window->openCustomer(id);
    auto* badge = findChild<QLabel>(fx.window.get(), "customerTier");
    REQUIRE(badge);
    REQUIRE(waitFor([badge] { return badge->isVisible(); }));
    CHECK(badge->text() == ValueTiers::tierName(ValueTier::AtRisk));
    CHECK(badge->toolTip().contains(QStringLiteral("24 months")));
}
