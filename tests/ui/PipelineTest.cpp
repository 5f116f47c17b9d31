// The pipeline board: dragging cards between columns and onto Won / Lost, undo, keyboard moves, the list view.
#include "Clock.h"
#include "GuiTestSupport.h"
#include "common/Format.h"
#include "customers/CustomerRepository.h"
#include "deals/DealOutcomeDialog.h"
#include "deals/DealPage.h"
#include "deals/DealRepository.h"
#include "deals/DealTableModel.h"
#include "deals/DealsScreen.h"
#include "deals/PipelineBoard.h"
#include "deals/StageCardModel.h"
#include "deals/StageColumn.h"
#include "deals/StageEditor.h"
#include "shell/PreferencesDialog.h"
#include "tickets/SlaEditor.h"
#include "tickets/SlaPolicy.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace rapport;
using namespace rapport::test;

namespace {

struct Pipeline4
{
    qint64 initial = 0, needs = 0, proposal = 0, negotiation = 0, won = 0, lost = 0;
};

Pipeline4 stagesOf(Database& db)
{
    const auto stages = DealRepository(db).stages().value();
    return {stages.at(0).id, stages.at(1).id, stages.at(2).id, stages.at(3).id, stages.at(4).id, stages.at(5).id};
}

qint64 makeDeal(Database& db, qint64 customer, qint64 stage, const QString& title, qint64 amount)
{
    Deal d;
    d.customerId = customer;
    d.title = title;
    d.amountMinor = amount;
    d.stageId = stage;
    d.expectedClose = Clock::todayLocal().addDays(20);
    return DealRepository(db).create(d).value();
}

qint64 makeCustomer(Database& db)
{
    Customer c;
    c.name = QStringLiteral("Harbor Café");
    c.kind = CustomerKind::Company;
    return CustomerRepository(db).create(c).value();
}

// Drags the card at `row` of `from` and drops it on `target` (a column's viewport or a Won/Lost zone),
// sending the same events a real drag sends.
void dragCard(StageColumn* from, int row, QWidget* target)
{
    const QModelIndex index = from->model()->index(row, 0);
    REQUIRE(index.isValid());
    std::unique_ptr<QMimeData> mime(from->model()->mimeData({index}));
    REQUIRE(mime);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(target, &enter);
    REQUIRE(enter.isAccepted());
    QDragMoveEvent move(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(target, &move);
    QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(target, &drop);
    CHECK(drop.isAccepted());
}

// Drives the next modal dialog of type Dialog without blocking the event loop that opens it.
template <typename Dialog> void onNextModal(QObject* context, std::function<void(Dialog*)> drive)
{
    auto* poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, drive] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        drive(dialog);
    });
    poll->start();
}

} // namespace

TEST_CASE("Dragging a deal from Proposal to Won records the stage change and closing; undo restores it",
          "[pipeline][ui]")
{
    GuiFixture f;
    const Pipeline4 s = stagesOf(f.db());
    const qint64 customer = makeCustomer(f.db());
    const qint64 id = makeDeal(f.db(), customer, s.proposal, QStringLiteral("Espresso machines"), 480000);
    makeDeal(f.db(), customer, s.initial, QStringLiteral("Menu boards"), 12000);

    f.window->showScreen(MainWindow::Screen::Deals);
    DealsScreen* screen = f.window->dealsScreen();
    screen->setView(DealsScreen::View::Board);
    PipelineBoard* board = screen->board();
    REQUIRE(board->columns().size() == 4);
    StageColumn* proposal = board->column(s.proposal);
    REQUIRE(proposal);
    REQUIRE(proposal->model()->rowCount() == 1);
    auto* figures = findChild<QLabel>(proposal, "stageFigures_3");
    REQUIRE(figures);
    INFO(figures->text().toStdString());
    CHECK(figures->text().contains(Format::money(480000, QStringLiteral("USD"))));
    CHECK(figures->text().contains(Format::money(240000, QStringLiteral("USD")))); // weighted at 50 %

    // Drop on Won: the dialog asks for the date; the deal closes as won on that date.
    const QDate wonOn = Clock::todayLocal().addDays(-2);
    bool asked = false;
    onNextModal<DealOutcomeDialog>(f.window.get(), [&](DealOutcomeDialog* dialog) {
        asked = true;
        CHECK(dialog->objectName() == QStringLiteral("dealWonDialog"));
        dialog->dateEdit()->setDate(wonOn);
        QTest::mouseClick(findChild<QPushButton>(dialog, "confirmOutcomeButton"), Qt::LeftButton);
    });
    dragCard(proposal, 0, board->wonZone());
    REQUIRE(waitFor([&] { return DealRepository(f.db()).get(id).value().status == DealStatus::Won; }));
    CHECK(asked);
    Deal won = DealRepository(f.db()).get(id).value();
    CHECK(won.stageId == s.won);
    CHECK(won.closedAt.toLocalTime().date() == wonOn);
    auto history = DealRepository(f.db()).stageHistory(id).value();
    REQUIRE(history.size() == 2);
    CHECK(history.last().fromStageId == s.proposal);
    CHECK(history.last().toStageId == s.won);
    CHECK(waitFor([&] { return proposal->model()->rowCount() == 0; }));

    // Undo: back in Proposal, open, not closed, and the move is gone from the history.
    f.window->session().undoStack()->undo();
    Deal back = DealRepository(f.db()).get(id).value();
    CHECK(back.stageId == s.proposal);
    CHECK(back.status == DealStatus::Open);
    CHECK_FALSE(back.closedAt.isValid());
    CHECK(DealRepository(f.db()).stageHistory(id).value().size() == 1);
    CHECK(waitFor([&] { return proposal->model()->rowCount() == 1; }));

    // Cancelling the Lost dialog leaves the deal where it was.
    onNextModal<DealOutcomeDialog>(f.window.get(), [](DealOutcomeDialog* dialog) { dialog->reject(); });
    dragCard(proposal, 0, board->lostZone());
    QTest::qWait(0);
    CHECK(waitFor([] { return QApplication::activeModalWidget() == nullptr; }));
    CHECK(DealRepository(f.db()).get(id).value().stageId == s.proposal);
}

TEST_CASE("Dropping a card on another column moves it; Ctrl+Right moves the selected card and keeps it selected",
          "[pipeline][ui]")
{
    GuiFixture f;
    const Pipeline4 s = stagesOf(f.db());
    const qint64 customer = makeCustomer(f.db());
    const qint64 id = makeDeal(f.db(), customer, s.initial, QStringLiteral("Bakery fit-out"), 90000);
    f.window->showScreen(MainWindow::Screen::Deals);
    PipelineBoard* board = f.window->dealsScreen()->board();
    f.window->dealsScreen()->setView(DealsScreen::View::Board);
    StageColumn* initial = board->column(s.initial);
    StageColumn* needs = board->column(s.needs);
    REQUIRE(initial->model()->rowCount() == 1);

    dragCard(initial, 0, needs->view()->viewport());
    REQUIRE(waitFor([&] { return DealRepository(f.db()).get(id).value().stageId == s.needs; }));
    CHECK(waitFor([&] { return needs->model()->rowCount() == 1 && initial->model()->rowCount() == 0; }));
    CHECK(f.window->session().undoStack()->count() == 1);

    // Keyboard: select the card, Ctrl+Right moves it to Proposal and the selection follows.
    needs->selectRow(0);
    REQUIRE(board->selectedDealId() == id);
    QTest::keyClick(needs->view(), Qt::Key_Right, Qt::ControlModifier);
    CHECK(DealRepository(f.db()).get(id).value().stageId == s.proposal);
    CHECK(waitFor([&] { return board->column(s.proposal)->view()->currentDealId() == id; }));
    QTest::keyClick(board->column(s.proposal)->view(), Qt::Key_Left, Qt::ControlModifier);
    CHECK(DealRepository(f.db()).get(id).value().stageId == s.needs);
    // Ctrl+Left from the first column does nothing.
    REQUIRE(waitFor([&] { return needs->view()->currentDealId() == id; }));
    QTest::keyClick(needs->view(), Qt::Key_Left, Qt::ControlModifier);
    QTest::keyClick(needs->view(), Qt::Key_Left, Qt::ControlModifier);
    CHECK(waitFor([&] { return board->column(s.initial)->view()->currentDealId() == id; }));
    QTest::keyClick(board->column(s.initial)->view(), Qt::Key_Left, Qt::ControlModifier);
    CHECK(DealRepository(f.db()).get(id).value().stageId == s.initial);
    // Each move is one undo step.
    f.window->session().undoStack()->undo();
    CHECK(DealRepository(f.db()).get(id).value().stageId == s.needs);
}

TEST_CASE("A rotting deal is marked on its card; the list view filters by stage and amount", "[pipeline][ui]")
{
    QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    Clock::setOverride([&now] { return now; });
    {
        GuiFixture f;
        const Pipeline4 s = stagesOf(f.db());
        const qint64 customer = makeCustomer(f.db());
        const qint64 id = makeDeal(f.db(), customer, s.proposal, QStringLiteral("Wedding cake"), 30000);
        makeDeal(f.db(), customer, s.initial, QStringLiteral("Coffee beans"), 5000);
        f.window->showScreen(MainWindow::Screen::Deals);
        DealsScreen* screen = f.window->dealsScreen();
        screen->setView(DealsScreen::View::Board);
        StageColumn* proposal = screen->board()->column(s.proposal);
        const QModelIndex card = proposal->model()->index(0, 0);
        CHECK_FALSE(card.data(StageCardModel::RottingRole).toBool());
        CHECK(card.data(StageCardModel::DaysInStageRole).toInt() == 0);

        now = now.addDays(31); // past the 30-day threshold (and past the expected close)
        screen->board()->reload();
        CHECK(proposal->model()->index(0, 0).data(StageCardModel::DaysInStageRole).toInt() == 31);
        CHECK(proposal->model()->index(0, 0).data(StageCardModel::RottingRole).toBool());

        screen->setView(DealsScreen::View::List);
        DealTableModel* model = screen->listModel();
        REQUIRE(waitFor([&] { return model->rowCount() == 2; }));
        auto* stage = findChild<QComboBox>(screen, "dealStageFilter");
        stage->setCurrentIndex(stage->findData(s.proposal));
        REQUIRE(model->rowCount() == 1);
        CHECK(model->index(0, 0).data(DealTableModel::IdRole).toLongLong() == id);
        stage->setCurrentIndex(0);
        auto* min = findChild<QLineEdit>(screen, "dealMinAmount");
        QTest::keyClicks(min, QStringLiteral("100"));
        CHECK(waitFor([&] { return model->rowCount() == 1; }));
        CHECK(model->index(0, DealTableModel::TitleColumn).data().toString() == QStringLiteral("Wedding cake"));

        // Opening a deal from the list shows its page with the customer one click away.
        screen->showDeal(id);
        CHECK(screen->isShowingDeal());
        CHECK(screen->page()->deal().title == QStringLiteral("Wedding cake"));
        CHECK(findChild<QLabel>(screen->page(), "dealCustomerLink")->text().contains(QStringLiteral("Harbor Café")));
    }
    Clock::setOverride({});
}

TEST_CASE("Reordering and re-weighting stages in Preferences; the board follows; SLA rules are edited there too",
          "[pipeline][ui]")
{
    GuiFixture f;
    const Pipeline4 s = stagesOf(f.db());
    makeDeal(f.db(), makeCustomer(f.db()), s.proposal, QStringLiteral("Shop sign"), 25000);
    f.window->showScreen(MainWindow::Screen::Deals);
    PipelineBoard* board = f.window->dealsScreen()->board();
    f.window->dealsScreen()->setView(DealsScreen::View::Board);
    REQUIRE(board->columns().at(2)->stageId() == s.proposal);

    const bool seen = driveModal<PreferencesDialog>(
        [&] { f.window->showPreferences(); },
        [&](PreferencesDialog* dialog) {
            dialog->tabs()->setCurrentWidget(dialog->stageEditor());
            auto* table = findChild<QTableWidget>(dialog, "stageTable");
            REQUIRE(table->rowCount() == 4);
            table->selectRow(2);
            QTest::mouseClick(findChild<QPushButton>(dialog, "moveStageUpButton"), Qt::LeftButton);
            CHECK(table->item(1, 0)->text() == QStringLiteral("Proposal"));
            findChild<QSpinBox>(table, "stageProbability_1")->setValue(60);
            dialog->tabs()->setCurrentWidget(dialog->slaEditor());
            findChild<QSpinBox>(dialog, "sla_urgent_first")->setValue(2);
            dialog->accept();
        });
    REQUIRE(seen);
    const auto stages = DealRepository(f.db()).stages().value();
    CHECK(stages.at(0).id == s.initial);
    CHECK(stages.at(1).id == s.proposal);
    CHECK(stages.at(1).probability == 60);
    CHECK(stages.at(2).id == s.needs);
    CHECK(stages.at(4).kind == DealStatus::Won);
    CHECK(SlaPolicy::rule(f.db(), TicketPriority::Urgent).firstResponseMinutes == 120);
    CHECK(SlaPolicy::rule(f.db(), TicketPriority::Urgent).resolutionMinutes == 240);
    CHECK(waitFor([&] { return board->columns().at(1)->stageId() == s.proposal; }));
    CHECK(findChild<QLabel>(board, "stageName_3")->text().contains(QStringLiteral("60%")));
}
