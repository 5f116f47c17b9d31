// MainWindow: menus, toolbar and shortcuts (split from MainWindow.cpp to keep each file short).
#include "MainWindow.h"

#include "common/Icons.h"
#include "shell/AboutDialog.h"
#include "customers/CustomersScreen.h"
#include "importing/DataActions.h"
#include "shell/SearchPopup.h"
#include "shell/Sidebar.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace rapport {
namespace {

QList<QKeySequence> withFallback(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    return keys;
}

// Opens the search popup when the toolbar's search field is clicked or typed into.
class SearchFieldFilter : public QObject
{
public:
    SearchFieldFilter(MainWindow* window, QLineEdit* field) : QObject(field), m_window(window), m_field(field) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_field && event->type() == QEvent::MouseButtonPress) {
            m_window->openSearch(m_field->text());
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow* m_window;
    QLineEdit* m_field;
};

} // namespace

void MainWindow::buildMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    auto action = [this](QMenu* menu, const char* name, const QString& text, const QString& icon = {}) {
        QAction* a = menu->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        if (!icon.isEmpty())
            a->setIcon(Icons::get(icon));
        return a;
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* newCustomer = action(file, "newCustomerAction", tr("New &Customer…"), QStringLiteral("person"));
    newCustomer->setShortcuts(QKeySequence::New);
    QAction* newDeal = action(file, "newDealAction", tr("New &Deal…"), QStringLiteral("deals"));
    QAction* newTicket = action(file, "newTicketAction", tr("New &Ticket…"), QStringLiteral("tickets"));
    QAction* newTask = action(file, "newTaskAction", tr("New T&ask…"), QStringLiteral("tasks"));
    newTask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction* logActivity = action(file, "logActivityAction", tr("&Log Activity…"), QStringLiteral("call"));
    logActivity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    file->addSeparator();
    DataActions::addTo(file, this, *m_session);
    file->addSeparator();
    QAction* newDb = action(file, "newDatabaseAction", tr("New Database…"));
    QAction* openDb = action(file, "openDatabaseAction", tr("&Open Database…"), QStringLiteral("folder"));
    openDb->setShortcuts(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    QAction* backup = action(file, "backupAction", tr("&Back Up Now"), QStringLiteral("backup"));
    QAction* restore = action(file, "restoreAction", tr("&Restore from Backup…"), QStringLiteral("restore"));
    QAction* reveal = action(file, "revealAction", tr("Reveal Data &Folder"));
    file->addSeparator();
    QAction* prefs = action(file, "preferencesAction", tr("&Preferences…"));
    prefs->setShortcuts(withFallback(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    prefs->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = action(file, "quitAction", tr("&Quit"));
    quit->setShortcuts(withFallback(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    connect(newCustomer, &QAction::triggered, this, &MainWindow::newCustomer);
    connect(newDeal, &QAction::triggered, this, &MainWindow::newDeal);
    connect(newTicket, &QAction::triggered, this, &MainWindow::newTicket);
    connect(newTask, &QAction::triggered, this, &MainWindow::newTask);
    connect(logActivity, &QAction::triggered, this, &MainWindow::logActivity);
    connect(newDb, &QAction::triggered, this, &MainWindow::newDatabaseRequested);
    connect(openDb, &QAction::triggered, this, [this] { emit openDatabaseRequested(QString()); });
    connect(backup, &QAction::triggered, this, &MainWindow::backupRequested);
    connect(restore, &QAction::triggered, this, &MainWindow::restoreRequested);
    connect(reveal, &QAction::triggered, this, &MainWindow::revealRequested);
    connect(prefs, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction* undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* findAction = action(edit, "findAction", tr("&Find…"), QStringLiteral("search"));
    findAction->setShortcuts(QKeySequence::Find);
    QAction* searchAction = action(edit, "searchEverywhereAction", tr("&Search Everywhere…"), QStringLiteral("search"));
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(findAction, &QAction::triggered, this, &MainWindow::find);
    connect(searchAction, &QAction::triggered, this, [this] { openSearch(); });

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction* a = go->addAction(m_sidebar->item(i)->icon(), m_sidebar->item(i)->text());
        a->setObjectName(QStringLiteral("goScreen%1Action").arg(i + 1));
        a->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i))));
        connect(a, &QAction::triggered, this, [this, i] {
            if (i == static_cast<int>(Screen::Customers) && currentScreen() == Screen::Customers)
                m_customers->showList();
            showScreen(static_cast<Screen>(i));
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = action(help, "aboutAction", tr("&About Rapport"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_db, this);
        dialog.exec();
    });

    // The toolbar's New menu repeats the File menu's New actions.
    m_newMenu = new QMenu(this);
    m_newMenu->setObjectName(QStringLiteral("newMenu"));
    m_newMenu->addActions({newCustomer, newDeal, newTicket, newTask, logActivity});
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->toggleViewAction()->setVisible(false);
    auto* newButton = new QToolButton(bar);
    newButton->setObjectName(QStringLiteral("newButton"));
    newButton->setText(tr("New") + QStringLiteral(" ▾"));
    newButton->setIcon(Icons::get(QStringLiteral("new")));
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newButton->setPopupMode(QToolButton::InstantPopup);
    newButton->setMenu(m_newMenu);
    newButton->setToolTip(tr("New customer, deal, ticket, task or activity"));
    bar->addWidget(newButton);
    auto* spacer = new QWidget(bar);
    spacer->setObjectName(QStringLiteral("toolBarSpacer"));
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_searchField = new QLineEdit(bar);
    m_searchField->setObjectName(QStringLiteral("globalSearchField"));
    m_searchField->setPlaceholderText(
        tr("Search (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
    m_searchField->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_searchField->setFixedWidth(qMax(260, m_searchField->fontMetrics().horizontalAdvance(m_searchField->placeholderText()) + 60));
    m_searchField->installEventFilter(new SearchFieldFilter(this, m_searchField));
    connect(m_searchField, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_searchField->clear();
        openSearch(text);
    });
    bar->addWidget(m_searchField);
}

} // namespace rapport
