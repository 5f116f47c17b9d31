// Pipeline board figures (issue 5): opening the Deals screen on a pipeline of 5,000 open deals, moving a
// card to another column (drop to repaint), scrolling a column to its last card, and how many widgets the
// board is made of.
//
//   bench_board [--db PATH] [--deals 5000] [--rounds 7]
//
// Without --db a temporary database is filled with `--deals` open deals spread over the four open stages
// (and a quarter as many closed ones), each written through the repositories like the app writes them.
// Output: one line per figure, "name<TAB>value<TAB>unit", then a JSON object with the same figures.
#include "Clock.h"
#include "customers/CustomerRepository.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "deals/DealRepository.h"
#include "deals/DealsScreen.h"
#include "deals/PipelineBoard.h"
#include "deals/StageCardModel.h"
#include "deals/StageColumn.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace rapport;

namespace {

QJsonObject g_results;

void report(const QString& name, double value, const char* unit)
{
    std::printf("%s\t%.1f\t%s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
    g_results.insert(name, value);
}

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int at = qBound(0, static_cast<int>(p * (values.size() - 1) + 0.5), static_cast<int>(values.size()) - 1);
    return values.at(at);
}

// Processes what is pending, then paints the window synchronously, as the owner would see it.
void settleAndPaint(QWidget* window)
{
    QApplication::processEvents();
    QApplication::processEvents();
    window->repaint();
}

bool fill(Database& db, int openDeals)
{
    QRandomGenerator rng(5);
    const auto stages = DealRepository(db).stages().value();
    SqlTransaction tx(db);
    QList<qint64> customers;
    for (int i = 0; i < qMax(50, openDeals / 10); ++i) {
        Customer c;
        c.name = QStringLiteral("Customer %1").arg(i + 1);
        c.kind = i % 3 == 0 ? CustomerKind::Company : CustomerKind::Person;
        auto id = CustomerRepository(db).create(c);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return false;
        }
        customers << id.value();
    }
    const QDateTime now = Clock::nowUtc();
    const int total = openDeals + openDeals / 4;
    for (int i = 0; i < total; ++i) {
        Deal d;
        d.customerId = customers.at(rng.bounded(static_cast<int>(customers.size())));
        d.title = QStringLiteral("Deal %1").arg(i + 1);
        d.amountMinor = (rng.bounded(1, 500)) * 1000;
        // Open deals over the four open stages; the rest won or lost.
        d.stageId = i < openDeals ? stages.at(i % 4).id : stages.at(4 + i % 2).id;
        d.createdAt = now.addSecs(-static_cast<qint64>(rng.bounded(1, 120)) * 86400);
        d.expectedClose = now.date().addDays(rng.bounded(-20, 90));
        if (auto id = DealRepository(db).create(d); !id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return false;
        }
    }
    return tx.commit();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RapportBench"));
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Existing database."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption dealsOption(QStringLiteral("deals"), QStringLiteral("Open deals to generate."),
                                         QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Repetitions."), QStringLiteral("N"),
                                          QStringLiteral("7"));
    parser.addOptions({dbOption, dealsOption, roundsOption});
    parser.process(app);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    QTemporaryDir dir;
    QString path = parser.value(dbOption);
    const bool generate = path.isEmpty();
    if (generate)
        path = dir.filePath(QStringLiteral("board.sqlite"));
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    auto db = opened.take();
    if (generate) {
        QElapsedTimer t;
        t.start();
        if (!fill(*db, parser.value(dealsOption).toInt()))
            return 1;
        std::fprintf(stderr, "generated in %.1f s\n", ms(t) / 1000.0);
    }
    DealQuery open;
    open.status = DealStatus::Open;
    report(QStringLiteral("open_deals"), DealRepository(*db).count(open).value(), "deals");

    // Opening the Deals screen: from the click on "Deals" to the painted board, each time in a new window.
    QList<double> opens;
    for (int round = 0; round < rounds; ++round) {
        MainWindow window(*db);
        window.resize(1280, 800);
        window.show();
        settleAndPaint(&window);
        QElapsedTimer t;
        t.start();
        window.showScreen(MainWindow::Screen::Deals);
        window.dealsScreen()->setView(DealsScreen::View::Board);
        settleAndPaint(&window);
        opens << ms(t);
    }
    report(QStringLiteral("board_open_median"), percentile(opens, 0.5), "ms");
    report(QStringLiteral("board_open_worst"), percentile(opens, 1.0), "ms");

    MainWindow window(*db);
    window.resize(1280, 800);
    window.show();
    window.showScreen(MainWindow::Screen::Deals);
    window.dealsScreen()->setView(DealsScreen::View::Board);
    settleAndPaint(&window);
    PipelineBoard* board = window.dealsScreen()->board();
    const auto columns = board->columns();
    int widgets = static_cast<int>(board->findChildren<QWidget*>().size());
    report(QStringLiteral("board_widgets"), widgets, "widgets");

    // Moving a card: the drop on the next column, the move (audited, with history), every column re-read,
    // the window repainted. Alternating directions keeps the columns balanced.
    QList<double> moves;
    for (int round = 0; round < rounds * 3; ++round) {
        StageColumn* from = columns.at(round % 2 == 0 ? 1 : 2);
        StageColumn* to = columns.at(round % 2 == 0 ? 2 : 1);
        std::unique_ptr<QMimeData> mime(from->model()->mimeData({from->model()->index(round, 0)}));
        QElapsedTimer t;
        t.start();
        to->model()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});
        settleAndPaint(&window);
        moves << ms(t);
    }
    report(QStringLiteral("card_move_median"), percentile(moves, 0.5), "ms");
    report(QStringLiteral("card_move_p95"), percentile(moves, 0.95), "ms");

    // Scrolling a column from its first to its last card (reads the deepest page).
    QList<double> scrolls;
    for (int round = 0; round < rounds; ++round) {
        CardListView* view = columns.at(round % columns.size())->view();
        view->scrollToTop();
        settleAndPaint(&window);
        QElapsedTimer t;
        t.start();
        view->scrollToBottom();
        settleAndPaint(&window);
        scrolls << ms(t);
    }
    report(QStringLiteral("column_scroll_to_end_median"), percentile(scrolls, 0.5), "ms");
    widgets = static_cast<int>(board->findChildren<QWidget*>().size());
    report(QStringLiteral("board_widgets_after_scrolling"), widgets, "widgets");

    std::printf("%s\n", QJsonDocument(g_results).toJson(QJsonDocument::Compact).constData());
    return 0;
}
