#include "AppController.h"

#include "Clock.h"
#include "common/Background.h"
#include "db/Database.h"
#include "safety/BackupService.h"
#include "safety/FileProbe.h"
#include "safety/RestoreService.h"
#include "shell/MainWindow.h"
#include "shell/TierRefresher.h"
#include "shell/WelcomeWindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QSettings>
#include <QUrl>

namespace rapport {
namespace {
constexpr int kMaxRecent = 8;

// FileProbe's codes for a file that was ours and is now unreadable (as opposed to foreign or too new).
QStringList damagedFileErrors()
{
    return {QStringLiteral("damaged"), QStringLiteral("empty"), QStringLiteral("not_sqlite"),
            QStringLiteral("orphan_wal")};
}
} // namespace

AppController::AppController(QObject* parent) : QObject(parent) {}

AppController::~AppController()
{
    // Workers still reading the file finish first (they only read it).
    for (QThread* worker : {m_autoBackup.data(), m_quickCheck.data()})
        if (worker)
            worker->wait();
    // The window refers to the database: it goes first.
    m_window.reset();
    m_db.reset();
}

QStringList AppController::recentFiles()
{
    QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    files.erase(std::remove_if(files.begin(), files.end(), [](const QString& f) { return !QFileInfo::exists(f); }),
                files.end());
    return files;
}

void AppController::remember(const QString& path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    settings.setValue(QStringLiteral("lastDatabase"), path);
}

QWidget* AppController::dialogParent() const
{
    if (m_window)
        return m_window.get();
    return m_welcome.data();
}

void AppController::start(const QString& explicitPath)
{
    QString path = explicitPath;
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : Database::defaultPath();
    }
    path = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        showWelcome(path);
        return;
    }
    if (!openDatabase(path))
        showWelcome(QFileInfo::exists(Database::defaultPath()) ? QString() : Database::defaultPath());
}

bool AppController::openDatabase(const QString& rawPath)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    if (m_db && m_db->path() == path) {
        m_window->raise();
        m_window->activateWindow();
        return true;
    }
    OpenOptions options;
    options.createIfMissing = false;
    options.quickCheckMaxBytes = m_quickCheckAtOpenLimit;
    auto opened = Database::open(path, options);
    if (!opened) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Open Database"), opened.error().message, QMessageBox::Ok,
                        dialogParent());
        box.setObjectName(QStringLiteral("openFailedBox"));
        // A damaged file is left as it is; the newest backup beside it can take its place (the damaged file is
        // kept under another name).
        const auto backup = damagedFileErrors().contains(opened.error().code) ? BackupService::newestBackup(path)
                                                                               : std::nullopt;
        QPushButton* restore = nullptr;
        if (backup) {
            restore = box.addButton(tr("Restore Newest Backup"), QMessageBox::AcceptRole);
            restore->setObjectName(QStringLiteral("restoreNewestButton"));
        }
        box.exec();
        if (restore && box.clickedButton() == restore)
            return restoreAndOpen(backup->path, path);
        return false;
    }
    // The database being left gets its daily backup if it is due, as on quitting.
    backUpBeforeClosing();
    // The new window is up before the old one goes, so the app never has no window.
    std::unique_ptr<Database> db = opened.take();
    auto window = std::make_unique<MainWindow>(*db);
    window->restoreState();
    connect(window.get(), &MainWindow::newDatabaseRequested, this, &AppController::newDatabase);
    connect(window.get(), &MainWindow::openDatabaseRequested, this, [this](const QString& p) {
        if (p.isEmpty())
            chooseDatabase();
        else
            openDatabase(p);
    });
    connect(window.get(), &MainWindow::backupRequested, this, &AppController::backUpNow);
    connect(window.get(), &MainWindow::restoreRequested, this, &AppController::restoreFromBackup);
    connect(window.get(), &MainWindow::revealRequested, this, &AppController::revealDataFolder);
    connect(window.get(), &MainWindow::closing, this, &AppController::backUpBeforeClosing);
    remember(path);
    window->setRecentFiles(recentFiles());
    window->show();
    m_window.swap(window);
    m_db.swap(db);
    window.reset();
    db.reset();
    if (m_welcome) {
        m_welcome->hide();
        m_welcome->deleteLater();
    }
    // Checked shortly after opening (not to slow the start) and then hourly, for a window left open for days.
    QTimer::singleShot(m_autoBackupDelayMs, m_window.get(), [this] { startAutomaticBackup(); });
    startDeferredQuickCheck();
    // Stored value tiers: rebuilt on a worker if they are not of today, then kept fresh while open.
    auto* tiers = new TierRefresher(*m_db, m_window.get());
    tiers->setObjectName(QStringLiteral("tierRefresher"));
    QTimer::singleShot(m_autoBackupDelayMs, tiers, &TierRefresher::refreshIfStale);
    auto* hourly = new QTimer(m_window.get());
    hourly->setObjectName(QStringLiteral("automaticBackupTimer"));
    connect(hourly, &QTimer::timeout, this, &AppController::startAutomaticBackup);
    hourly->start(kAutoBackupRecheckMs);
    return true;
}

void AppController::showWelcome(const QString& path)
{
    if (path.isEmpty()) {
        chooseDatabase();
        return;
    }
    if (m_welcome)
        m_welcome->deleteLater();
    m_welcome = new WelcomeWindow(path);
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_welcome, &WelcomeWindow::ready, this, &AppController::onWelcomeReady);
    connect(m_welcome, &WelcomeWindow::openExistingRequested, this, &AppController::chooseDatabase);
    m_welcome->show();
}

void AppController::onWelcomeReady(const QString& path)
{
    openDatabase(path);
}

void AppController::newDatabase()
{
    const QString dir = m_db ? QFileInfo(m_db->path()).absolutePath() : QFileInfo(Database::defaultPath()).absolutePath();
    QString path = QFileDialog::getSaveFileName(dialogParent(), tr("New Database"),
                                                QDir(dir).filePath(tr("Rapport.sqlite")),
                                                tr("Rapport databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        openDatabase(path);
        return;
    }
    showWelcome(path);
}

void AppController::chooseDatabase()
{
    const QString dir = m_db ? QFileInfo(m_db->path()).absolutePath() : QFileInfo(Database::defaultPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(dialogParent(), tr("Open Database"), dir,
                                                      tr("Rapport databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void AppController::backUpNow()
{
    if (!m_db)
        return;
    const QString dbPath = m_db->path();
    const QString folder = BackupService::folderFor(dbPath, m_db->setting(QStringLiteral("backup_folder")));
    const QString target = BackupService::newBackupPath(dbPath, folder, Clock::nowUtc());
    QProgressDialog progress(tr("Making a verified copy of your data…"), QString(), 0, 0, m_window.get());
    progress.setObjectName(QStringLiteral("backupProgress"));
    progress.setWindowTitle(tr("Back Up Now"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);
    // The copy reads the file through its own connection, off the GUI thread.
    auto made = runInBackground([dbPath, target] { return BackupService::createBackup(dbPath, target); });
    progress.reset();
    if (!made) {
        QMessageBox box(QMessageBox::Warning, tr("Back Up Now"), tr("The backup could not be made."), QMessageBox::Ok,
                        m_window.get());
        box.setObjectName(QStringLiteral("backupFailedBox"));
        box.setInformativeText(made.error().message);
        box.exec();
        return;
    }
    m_lastBackupPath = made.value().path;
    if (auto recorded = BackupService::record(*m_db, made.value()); !recorded)
        m_window->session().reportError(recorded.error().message);
    m_window->updateBackupStatus();
    m_window->statusBar()->showMessage(
        tr("Backed up to %1").arg(QDir::toNativeSeparators(made.value().path)), 8000);
}

void AppController::startAutomaticBackup()
{
    if (!m_db || m_autoBackup)
        return;
    auto planned = BackupService::plan(*m_db);
    if (!planned || !planned.value().due)
        return;
    // The copy runs on its own thread; the result is noted in the database only if it is still the open one.
    Database* db = m_db.get();
    const AutoBackupPlan plan = planned.value();
    m_autoBackup = startInBackground(
        this, [plan] { return BackupService::run(plan); },
        [this, db](const Result<AutoBackupOutcome>& outcome) {
            m_autoBackup = nullptr;
            if (m_db.get() == db)
                noteAutomaticBackup(outcome);
            emit automaticBackupSettled();
        });
}

// Files too large for the quick check at opening get it now, read-only on a worker, while the owner works.
void AppController::startDeferredQuickCheck()
{
    const QString path = m_db->path();
    if (QFileInfo(path).size() <= m_quickCheckAtOpenLimit)
        return;
    Database* db = m_db.get();
    m_quickCheck = startInBackground(
        this, [path] { return FileProbe::probe(path, true); },
        [this, db, path](const Status& checked) {
            if (checked || m_db.get() != db || !m_window)
                return;
            QMessageBox box(QMessageBox::Warning, tr("Your Data Needs Attention"),
                            tr("Rapport found damage in %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok,
                            m_window.get());
            box.setObjectName(QStringLiteral("damageFoundBox"));
            box.setInformativeText(FileProbe::withBackupHint(path, checked.error()).message);
            box.exec();
        });
}

void AppController::waitForAutomaticBackup()
{
    if (!m_autoBackup)
        return;
    QEventLoop loop;
    connect(this, &AppController::automaticBackupSettled, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void AppController::noteAutomaticBackup(const Result<AutoBackupOutcome>& result)
{
    if (!result) {
        if (m_window)
            m_window->statusBar()->showMessage(tr("The daily backup failed: %1").arg(result.error().message));
        return;
    }
    if (auto recorded = BackupService::finish(*m_db, result.value()); !recorded) {
        if (m_window)
            m_window->session().reportError(recorded.error().message);
        return;
    }
    if (m_window)
        m_window->updateBackupStatus();
}

void AppController::backUpBeforeClosing()
{
    waitForAutomaticBackup();
    if (!m_db)
        return;
    auto planned = BackupService::plan(*m_db);
    if (!planned || !planned.value().due)
        return;
    QProgressDialog progress(tr("Making the daily backup before closing…"), QString(), 0, 0, m_window.get());
    progress.setObjectName(QStringLiteral("closingBackupProgress"));
    progress.setWindowTitle(tr("Rapport"));
    progress.setMinimumDuration(400);
    progress.setValue(0);
    const AutoBackupPlan plan = planned.value();
    const auto outcome = runInBackground([plan] { return BackupService::run(plan); });
    progress.reset();
    noteAutomaticBackup(outcome);
}

void AppController::restoreFromBackup()
{
    if (!m_db)
        return;
    const QString folder = BackupService::folderFor(m_db->path(), m_db->setting(QStringLiteral("backup_folder")));
    const QString backup = QFileDialog::getOpenFileName(m_window.get(), tr("Restore from Backup"), folder,
                                                        tr("Rapport backups (*.sqlite)"));
    if (!backup.isEmpty())
        restoreFrom(backup);
}

// The box lives in this function only: the window it belongs to is replaced by the restore.
bool AppController::confirmRestore(const QString& backupPath, const QString& dbPath)
{
    QMessageBox confirm(QMessageBox::Question, tr("Restore from Backup"),
                        tr("Replace the data in %1 with the backup %2?")
                            .arg(QDir::toNativeSeparators(dbPath), QDir::toNativeSeparators(backupPath)),
                        QMessageBox::Cancel, m_window.get());
    confirm.setObjectName(QStringLiteral("confirmRestoreBox"));
    confirm.setInformativeText(tr("Rapport checks the backup first. Your current file is kept beside it under "
                                  "another name, so nothing is lost."));
    QPushButton* restore = confirm.addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("confirmRestoreButton"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    return confirm.clickedButton() == restore;
}

bool AppController::restoreFrom(const QString& backupPath)
{
    if (!m_db)
        return false;
    const QString dbPath = m_db->path();
    if (!confirmRestore(backupPath, dbPath))
        return false;

    return restoreAndOpen(backupPath, dbPath);
}

bool AppController::restoreAndOpen(const QString& backupPath, const QString& dbPath)
{
    // An open file must be closed (and our lock released) before it is replaced; it reopens afterwards.
    const bool wasOpen = m_db && m_db->path() == dbPath;
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    if (wasOpen) {
        waitForAutomaticBackup();
        if (m_quickCheck)
            m_quickCheck->wait();
        QGuiApplication::setQuitOnLastWindowClosed(false);
        m_window.reset();
        m_db.reset();
    }
    QProgressDialog progress(tr("Checking and restoring the backup…"), QString(), 0, 0, dialogParent());
    progress.setObjectName(QStringLiteral("restoreProgress"));
    progress.setWindowTitle(tr("Restore from Backup"));
    progress.setMinimumDuration(400);
    progress.setValue(0);
    auto restored = runInBackground([backupPath, dbPath] { return RestoreService::restore(backupPath, dbPath); });
    progress.reset();
    const bool reopened = (restored || wasOpen) && openDatabase(dbPath);
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (!restored) {
        QMessageBox box(QMessageBox::Warning, tr("Restore from Backup"), tr("The backup was not restored."),
                        QMessageBox::Ok, dialogParent());
        box.setObjectName(QStringLiteral("restoreFailedBox"));
        box.setInformativeText(restored.error().message);
        box.exec();
        return false;
    }
    if (reopened && m_window) {
        QString note = tr("Restored from %1.").arg(QDir::toNativeSeparators(restored.value().restoredFrom));
        if (!restored.value().movedAside.isEmpty())
            note += QLatin1Char(' ') +
                    tr("The previous file was kept as %1.").arg(QDir::toNativeSeparators(restored.value().movedAside));
        m_window->statusBar()->showMessage(note, 15000);
    }
    return reopened;
}

void AppController::revealDataFolder()
{
    if (m_db)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_db->path()).absolutePath()));
}

} // namespace rapport
