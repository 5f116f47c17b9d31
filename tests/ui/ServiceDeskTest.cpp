// The service desk: a ticket from the customer page, a reply (first response), the SLA state as the clock
// moves (injected, never slept), resolving with a satisfaction score, the saved views.
#include "Clock.h"
#include "GuiTestSupport.h"
#include "activities/ActivityDialog.h"
#include "customers/CustomerPage.h"
#include "customers/CustomerPicker.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomersScreen.h"
#include "customers/TimelineModel.h"
#include "tickets/SlaState.h"
#include "tickets/TicketDialog.h"
#include "tickets/TicketPage.h"
#include "tickets/TicketRepository.h"
#include "tickets/TicketTableModel.h"
#include "tickets/TicketsScreen.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>

using namespace rapport;
using namespace rapport::test;

namespace {

struct ClockGuard
{
    explicit ClockGuard(QDateTime* now)
    {
        Clock::setOverride([now] { return *now; });
    }
    ~ClockGuard() { Clock::setOverride({}); }
};

SlaState queueState(TicketTableModel* model, int row = 0)
{
    return static_cast<SlaState>(model->index(row, 0).data(TicketTableModel::SlaStateRole).toInt());
}

SlaState pageState(TicketPage* page)
{
    return static_cast<SlaState>(findChild<QLabel>(page, "ticketSla")->property("slaState").toInt());
}

} // namespace

TEST_CASE("A ticket from the customer page: reply, SLA over time, resolve with satisfaction, undo", "[ui][tickets]")
{
    QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    ClockGuard clock(&now);
    GuiFixture f;
    Customer c;
    c.name = QStringLiteral("Cedar Bakery");
    c.kind = CustomerKind::Company;
    const qint64 cid = CustomerRepository(f.db()).create(c).value();

    // "New Ticket" on the customer's page: the customer is already chosen.
    f.window->openCustomer(cid);
    auto* newTicket = findChild<QPushButton>(f.window->customersScreen()->page(), "newTicketButton");
    REQUIRE(newTicket);
    const bool seen =
        driveModal<TicketDialog>([&] { QTest::mouseClick(newTicket, Qt::LeftButton); },
                                 [&](TicketDialog* dialog) {
                                     CHECK(dialog->customerId() == cid);
                                     CHECK(dialog->findChild<CustomerPicker*>() == nullptr);
                                     QTest::keyClicks(findChild<QLineEdit>(dialog, "ticketSubjectEdit"),
                                                      QStringLiteral("Oven door will not close"));
                                     auto* priority = findChild<QComboBox>(dialog, "ticketPriorityCombo");
                                     priority->setCurrentIndex(priority->findData(QStringLiteral("urgent")));
                                     dialog->accept();
                                 });
    REQUIRE(seen);
    TicketQuery all;
    all.customerId = cid;
    const auto created = TicketRepository(f.db()).list(all).value();
    REQUIRE(created.size() == 1);
    const qint64 id = created.first().id;
    CHECK(created.first().priority == TicketPriority::Urgent);
    CHECK(created.first().firstResponseDue == now.addSecs(3600));

    // The queue shows it on track; the page too.
    f.window->showScreen(MainWindow::Screen::Tickets);
    TicketsScreen* desk = f.window->ticketsScreen();
    desk->setView(TicketsScreen::View::MyOpen);
    TicketTableModel* model = desk->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(queueState(model) == SlaState::OnTrack);
    f.window->openTicket(id);
    TicketPage* page = desk->page();
    REQUIRE(page->ticketId() == id);
    CHECK(pageState(page) == SlaState::OnTrack);

    // 46 minutes later: a quarter of the first-reply hour is left.
    now = now.addSecs(46 * 60);
    desk->tick();
    CHECK(queueState(model) == SlaState::DueSoon);
    CHECK(pageState(page) == SlaState::DueSoon);

    // The reply is logged from the page: first response recorded, the ticket is open.
    const bool replied = driveModal<ActivityDialog>([&] { page->logReply(); },
                                                    [](ActivityDialog* dialog) {
                                                        QTest::keyClicks(findChild<QLineEdit>(dialog, "summaryEdit"),
                                                                         QStringLiteral("Technician booked for 2 pm"));
                                                        dialog->accept();
                                                    });
    REQUIRE(replied);
    Ticket t = TicketRepository(f.db()).get(id).value();
    CHECK(t.firstResponseAt == now);
    CHECK(t.status == TicketStatus::Open);
    CHECK(waitFor([&] { return page->conversation()->rowCount() == 2; }));
    CHECK(waitFor([&] { return page->ticket().firstResponseAt.isValid(); }));

    // Past the 4-hour resolution promise: breached, and it shows in the Breached view.
    now = QDateTime(QDate(2026, 3, 2), QTime(13, 0, 1), Qt::UTC);
    desk->tick();
    CHECK(pageState(page) == SlaState::Breached);
    desk->setView(TicketsScreen::View::Breached);
    CHECK(model->rowCount() == 1);
    CHECK(queueState(model) == SlaState::Breached);

    // Resolve with a resolution, then record the customer's satisfaction.
    desk->showTicket(id);
    auto* resolve = findChild<QPushButton>(page, "ticketTo_resolved");
    REQUIRE(resolve);
    const bool resolved = driveModal<QDialog>(
        [&] { QTest::mouseClick(resolve, Qt::LeftButton); },
        [](QDialog* dialog) {
            CHECK(dialog->objectName() == QStringLiteral("resolveTicketDialog"));
            QTest::keyClicks(findChild<QPlainTextEdit>(dialog, "resolutionEdit"), QStringLiteral("Replaced the hinge"));
            QTest::mouseClick(findChild<QPushButton>(dialog, "confirmResolveButton"), Qt::LeftButton);
        });
    REQUIRE(resolved);
    t = TicketRepository(f.db()).get(id).value();
    CHECK(t.status == TicketStatus::Resolved);
    CHECK(t.resolution == QStringLiteral("Replaced the hinge"));
    CHECK(t.resolvedAt == now);
    CHECK(pageState(page) == SlaState::Breached);                   // resolved late
    CHECK(waitFor([&] { return desk->model()->rowCount() == 0; })); // no longer in Breached

    auto* star = findChild<QToolButton>(page, "satisfactionStar_4");
    REQUIRE(star);
    REQUIRE(star->isVisible());
    QTest::mouseClick(star, Qt::LeftButton);
    QTest::keyClicks(findChild<QLineEdit>(page, "feedbackEdit"), QStringLiteral("Fast and friendly"));
    QTest::mouseClick(findChild<QPushButton>(page, "saveSatisfactionButton"), Qt::LeftButton);
    t = TicketRepository(f.db()).get(id).value();
    CHECK(t.satisfaction == 4);
    CHECK(t.feedback == QStringLiteral("Fast and friendly"));

    desk->setView(TicketsScreen::View::ResolvedThisWeek);
    CHECK(model->rowCount() == 1);

    // Undo takes the score back, then the resolution.
    f.window->session().undoStack()->undo();
    CHECK(TicketRepository(f.db()).get(id).value().satisfaction == 0);
    f.window->session().undoStack()->undo();
    t = TicketRepository(f.db()).get(id).value();
    CHECK(t.status == TicketStatus::Open);
    CHECK_FALSE(t.resolvedAt.isValid());
    CHECK(t.resolution.isEmpty());
    CHECK(t.firstResponseAt.isValid()); // the reply stays
}

TEST_CASE("A ticket's subject, channel and priority are edited from its page, undoably", "[ui][tickets]")
{
    GuiFixture f;
    Customer c;
    c.name = QStringLiteral("Maple Print Shop");
    const qint64 cid = CustomerRepository(f.db()).create(c).value();
    Ticket t;
    t.customerId = cid;
    t.subject = QStringLiteral("Printer jam");
    const qint64 id = TicketRepository(f.db()).create(t).value();
    f.window->openTicket(id);
    TicketPage* page = f.window->ticketsScreen()->page();
    REQUIRE(page->ticketId() == id);
    const QDateTime dueBefore = TicketRepository(f.db()).get(id).value().resolutionDue;

    const bool seen =
        driveModal<TicketDialog>([&] { page->edit(); },
                                 [](TicketDialog* dialog) {
                                     auto* subject = findChild<QLineEdit>(dialog, "ticketSubjectEdit");
                                     CHECK(subject->text() == QStringLiteral("Printer jam"));
                                     subject->setText(QStringLiteral("Printer jams on thick paper"));
                                     auto* channel = findChild<QComboBox>(dialog, "ticketChannelCombo");
                                     channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
                                     auto* priority = findChild<QComboBox>(dialog, "ticketPriorityCombo");
                                     priority->setCurrentIndex(priority->findData(QStringLiteral("high")));
                                     dialog->accept();
                                 });
    REQUIRE(seen);
    Ticket edited = TicketRepository(f.db()).get(id).value();
    CHECK(edited.subject == QStringLiteral("Printer jams on thick paper"));
    CHECK(edited.channel == QStringLiteral("phone"));
    CHECK(edited.priority == TicketPriority::High);
    CHECK(edited.resolutionDue < dueBefore); // a high priority promises a sooner resolution
    CHECK(findChild<QLabel>(page, "ticketSubject")->text() == QStringLiteral("Printer jams on thick paper"));
    f.window->session().undoStack()->undo();
    edited = TicketRepository(f.db()).get(id).value();
    CHECK(edited.subject == QStringLiteral("Printer jam"));
    CHECK(edited.priority == TicketPriority::Normal);
    CHECK(edited.resolutionDue == dueBefore);
}
