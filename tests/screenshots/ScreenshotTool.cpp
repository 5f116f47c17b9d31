// Renders Rapport's main screens to PNG: Today, Customers, a customer page (Timeline), Tasks, the pipeline
// board, the deal list, a deal page, the service desk queue, a ticket page, Reports (and each report's page,
// plus the report pack as a PDF), the search popup and the welcome screen.
// Usage: rapport-screenshots --db DEMO.sqlite --out DIR [--lang en|zh_CN]
#include "activities/ActivityDialog.h"
#include "campaigns/CampaignsScreen.h"
#include "campaigns/CareDialog.h"
#include "campaigns/SegmentEditor.h"
#include "campaigns/SegmentRepository.h"
#include "campaigns/TagsDialog.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerPage.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomersScreen.h"
#include "customers/NewCustomerDialog.h"
#include "deals/DealDialog.h"
#include "ReportPack.h"
#include "reports/ReportsScreen.h"
#include "importing/DuplicatesDialog.h"
#include "importing/ImportWizard.h"
#include "deals/DealPage.h"
#include "deals/DealRepository.h"
#include "deals/DealsScreen.h"
#include "deals/Pipeline.h"
#include "db/Query.h"
#include "tickets/TicketsScreen.h"
#include "shell/PreferencesDialog.h"
#include "db/Database.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/SearchPopup.h"
#include "shell/Theme.h"
#include "shell/WelcomeWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QEventLoop>
#include <QPainter>
#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>

#include <cstdio>

namespace {

void settle(int ms = 150)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget* w, const QString& dir, const QString& name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = w->grab().save(path);
    std::fprintf(stdout, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// Campaigns: the screen on a campaign with results, the segment editor on a saved segment with its live
// count, and the tags and customer-care dialogs.
bool saveCampaigns(rapport::MainWindow& window, const QString& out)
{
    bool ok = true;
    window.showScreen(rapport::MainWindow::Screen::Campaigns);
    auto* screen = window.findChild<rapport::CampaignsScreen*>();
    if (!screen)
        return false;
    settle();
    screen->campaignList()->setCurrentRow(qMin(2, screen->campaignList()->count() - 1));
    ok &= save(&window, out, QStringLiteral("campaigns"));
    auto segments = rapport::SegmentRepository(window.database()).list();
    if (segments && !segments.value().isEmpty()) {
        qint64 id = segments.value().first().id;
        for (const auto& s : segments.value()) {
            if (s.conditions.size() > 1)
                id = s.id; // one with several conditions shows the editor best
        }
        rapport::SegmentEditor editor(window.session(), id, &window);
        editor.show();
        QElapsedTimer waited;
        waited.start();
        while (editor.lastCount() < 0 && waited.elapsed() < 5000)
            settle(50);
        ok &= save(&editor, out, QStringLiteral("dialog-segment-editor"));
    }
    {
        rapport::TagsDialog tags(window.session(), &window);
        tags.show();
        ok &= save(&tags, out, QStringLiteral("dialog-tags"));
        rapport::CareDialog care(window.session(), &window);
        care.show();
        ok &= save(&care, out, QStringLiteral("dialog-customer-care"));
    }
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rapport"));
    QApplication::setOrganizationName(QStringLiteral("RapportScreenshots"));
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Demo database."), QStringLiteral("PATH"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("en or zh_CN."), QStringLiteral("CODE"),
                                        QStringLiteral("en"));
    const QCommandLineOption allOption(QStringLiteral("all"), QStringLiteral("Also the dialogs and edit mode."));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("light or dark."), QStringLiteral("MODE"),
                                         QStringLiteral("light"));
    parser.addOptions({dbOption, outOption, langOption, allOption, themeOption});
    parser.process(app);
    const QString out = parser.value(outOption);
    QDir().mkpath(out);

    rapport::Language::install(parser.value(langOption));
    if (parser.value(langOption) == QStringLiteral("en"))
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    rapport::Theme::setPreference(parser.value(themeOption));
    rapport::Theme::apply();

    auto opened = rapport::Database::open(parser.value(dbOption), rapport::OpenOptions{false, false, true});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    auto db = opened.take();
    bool ok = true;
    {
        rapport::MainWindow window(*db);
        window.resize(1280, 800);
        window.show();
        window.showScreen(rapport::MainWindow::Screen::Today);
        ok &= save(&window, out, QStringLiteral("today"));

        window.showScreen(rapport::MainWindow::Screen::Customers);
        ok &= save(&window, out, QStringLiteral("customers"));

        // The customer with the most business makes the richest page.
        rapport::CustomerQuery best;
        best.sort = rapport::CustomerSort::Value;
        best.descending = true;
        best.kind = rapport::CustomerKind::Company;
        best.limit = 1;
        if (auto top = rapport::CustomerRepository(*db).list(best); top && !top.value().isEmpty()) {
            const rapport::Customer customer = top.value().first();
            window.openCustomer(customer.id);
            ok &= save(&window, out, QStringLiteral("customer"));
            if (parser.isSet(allOption)) {
                rapport::CustomerPage* page = window.customersScreen()->page();
                page->startEdit();
                ok &= save(&window, out, QStringLiteral("customer-edit"));
                page->cancelEdit();
                rapport::ActivityDialog call(window.session(), rapport::ActivityKind::Call, customer.id, customer.name,
                                             &window);
                call.show();
                ok &= save(&call, out, QStringLiteral("dialog-log-call"));
                rapport::DealDialog deal(window.session(), 0, QString(), &window);
                deal.show();
                ok &= save(&deal, out, QStringLiteral("dialog-new-deal"));
                rapport::NewCustomerDialog create(window.session(), &window);
                create.show();
                create.form()->showError(QApplication::translate(
                    "rapport::CustomerRepository",
                    "\"%1\" is not an email address (expected something like name@example.com).").arg(QStringLiteral("x@")));
                create.adjustSize();
                ok &= save(&create, out, QStringLiteral("dialog-new-customer"));
                rapport::PreferencesDialog prefs(window.session(), &window);
                prefs.show();
                ok &= save(&prefs, out, QStringLiteral("dialog-preferences"));
            }
        }

        window.showScreen(rapport::MainWindow::Screen::Tasks);
        ok &= save(&window, out, QStringLiteral("tasks"));

        // The pipeline board, the deal list and the page of the biggest open deal.
        rapport::DealsScreen* deals = window.dealsScreen();
        deals->setView(rapport::DealsScreen::View::Board);
        window.showScreen(rapport::MainWindow::Screen::Deals);
        ok &= save(&window, out, QStringLiteral("deals-board"));
        deals->setView(rapport::DealsScreen::View::List);
        ok &= save(&window, out, QStringLiteral("deals-list"));
        deals->setView(rapport::DealsScreen::View::Board);
        rapport::DealQuery biggest;
        biggest.status = rapport::DealStatus::Open;
        biggest.sort = rapport::DealSort::Amount;
        biggest.limit = 1;
        if (auto top = rapport::DealRepository(*db).list(biggest); top && !top.value().isEmpty()) {
            window.openDeal(top.value().first().id);
            ok &= save(&window, out, QStringLiteral("deal"));
            deals->showOverview();
        }

        // The service desk queue and the ticket with the longest conversation.
        rapport::TicketsScreen* tickets = window.ticketsScreen();
        tickets->setView(rapport::TicketsScreen::View::MyOpen);
        window.showScreen(rapport::MainWindow::Screen::Tickets);
        ok &= save(&window, out, QStringLiteral("tickets"));
        const qint64 busiest = rapport::scalar(db->connection(),
                                               QStringLiteral("SELECT a.ticket_id FROM activities a JOIN tickets t ON "
                                                              "t.id = a.ticket_id WHERE t.status IN ('open', 'pending') "
                                                              "GROUP BY a.ticket_id ORDER BY count(*) DESC, a.ticket_id "
                                                              "LIMIT 1"))
                                   .toLongLong();
        if (busiest > 0) {
            window.openTicket(busiest);
            ok &= save(&window, out, QStringLiteral("ticket"));
            tickets->showQueue();
        }

        ok &= saveCampaigns(window, out);

        // Reports: the window on the funnel, each report's whole page, and the report pack as a PDF
        // (scripts/screenshots turns its first pages into PNGs).
        window.showScreen(rapport::MainWindow::Screen::Reports);
        ok &= save(&window, out, QStringLiteral("reports"));
        if (auto* reports = window.findChild<rapport::ReportsScreen*>()) {
            for (rapport::ReportKind kind : rapport::ReportBuilder::allKinds()) {
                reports->showReport(kind);
                settle();
                if (auto* content = reports->findChild<QWidget*>(QStringLiteral("reportContent")))
                    ok &= save(content, out, QStringLiteral("report-") + rapport::ReportBuilder::key(kind));
            }
            rapport::ReportOptions options = rapport::ReportBuilder::defaultOptions();
            auto pages = rapport::ReportPack::exportPdf(db->connection(), rapport::ReportBuilder::allKinds(), options,
                                                        QDir(out).filePath(QStringLiteral("report-pack.pdf")));
            std::fprintf(stdout, "%s %s\n", pages ? "wrote" : "FAILED",
                         qPrintable(QDir(out).filePath(QStringLiteral("report-pack.pdf"))));
            ok &= pages.ok();
        }

        // Import: the owner's Chinese Excel sheet at the column step, then the check (a dry run) of it.
        {
            rapport::ImportWizard wizard(window.session(), &window);
            wizard.resize(960, 640);
            wizard.show();
            wizard.openFile(QStringLiteral(RAPPORT_TEST_DATA "/realistic/") + QString::fromUtf8("客户名单_gbk.csv"));
            if (auto* next = wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")))
                next->click();
            ok &= save(&wizard, out, QStringLiteral("import-columns"));
            QEventLoop wait;
            QObject::connect(&wizard, &rapport::ImportWizard::finishedWork, &wait, &QEventLoop::quit);
            wizard.check();
            wait.exec();
            ok &= save(&wizard, out, QStringLiteral("import-check"));
        }
        // The column step for a Google Contacts export whose phone labels decide mobile or phone, and for a
        // deals sheet whose follow-up column the owner maps to Notes.
        {
            rapport::ImportWizard wizard(window.session(), &window);
            wizard.resize(960, 640);
            wizard.show();
            wizard.openFile(QStringLiteral(RAPPORT_TEST_DATA "/realistic/google_contacts_phone_labels.csv"));
            if (auto* next = wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")))
                next->click();
            ok &= save(&wizard, out, QStringLiteral("import-columns-google"));
        }
        {
            rapport::ImportWizard wizard(window.session(), &window);
            wizard.resize(960, 640);
            wizard.show();
            wizard.openFile(QStringLiteral(RAPPORT_TEST_DATA "/import/deals_chinese.csv"));
            if (auto* kind = wizard.findChild<QComboBox*>(QStringLiteral("importKindCombo")))
                kind->setCurrentIndex(1);
            if (auto* next = wizard.findChild<QPushButton*>(QStringLiteral("importNextButton")))
                next->click();
            if (auto* notes = wizard.findChild<QComboBox*>(QStringLiteral("importFieldCombo5")))
                notes->setCurrentIndex(notes->findData(QStringLiteral("notes")));
            ok &= save(&wizard, out, QStringLiteral("import-columns-deals"));
        }

        // The popup is its own window: draw it onto the main window's picture where it stands.
        window.showScreen(rapport::MainWindow::Screen::Today);
        settle();
        const QString query = parser.value(langOption) == QStringLiteral("zh_CN") ? QStringLiteral("王")
                                                                                   : QStringLiteral("li");
        window.openSearch(query);
        settle(300);
        QPixmap shot = window.grab();
        {
            QPainter p(&shot);
            const QPoint at = window.mapFromGlobal(window.searchPopup()->mapToGlobal(QPoint(0, 0)));
            p.drawPixmap(at, window.searchPopup()->grab());
        }
        const QString searchPath = QDir(out).filePath(QStringLiteral("search.png"));
        ok &= shot.save(searchPath);
        std::fprintf(stdout, "wrote %s\n", qPrintable(searchPath));
        window.searchPopup()->hide();
    }
    {
        // Find duplicates: two people entered twice (the demo database is a throwaway copy).
        rapport::CustomerRepository repo(*db);
        const bool chinese = parser.value(langOption) == QStringLiteral("zh_CN");
        for (const QString& name : chinese ? QStringList{QStringLiteral("王 芳"), QStringLiteral("王芳")}
                                           : QStringList{QStringLiteral("Smith, Olivia"), QStringLiteral("Olivia Smith")}) {
            rapport::Customer c;
            c.name = name;
            c.email = chinese ? QStringLiteral("wangfang@example.cn") : QStringLiteral("olivia.smith@example.com");
            (void)repo.create(c);
        }
        rapport::MainWindow window(*db);
        rapport::DuplicatesDialog duplicates(window.session(), &window);
        duplicates.resize(900, 480);
        duplicates.show();
        ok &= save(&duplicates, out, QStringLiteral("duplicates"));
        if (!duplicates.pairs().isEmpty()) {
            auto keep = repo.get(duplicates.pairs().first().first);
            auto other = repo.get(duplicates.pairs().first().second);
            if (keep && other) {
                rapport::MergeDialog merge(keep.value(), other.value(), &duplicates);
                merge.show();
                ok &= save(&merge, out, QStringLiteral("dialog-merge"));
            }
        }
    }
    {
        QTemporaryDir tmp;
        rapport::WelcomeWindow welcome(tmp.filePath(QStringLiteral("rapport.sqlite")));
        welcome.resize(680, 600);
        welcome.show();
        ok &= save(&welcome, out, QStringLiteral("welcome"));
    }
    return ok ? 0 : 1;
}
