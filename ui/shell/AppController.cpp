#include "AppController.h"

#include "db/Database.h"
#include "shell/MainWindow.h"
#include "shell/WelcomeWindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QUrl>

namespace rapport {
namespace {
constexpr int kMaxRecent = 8;
} // namespace

AppController::AppController(QObject* parent) : QObject(parent) {}

AppController::~AppController()
{
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
    auto opened = Database::open(path, options);
    if (!opened) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Open Database"), opened.error().message, QMessageBox::Ok,
                        dialogParent());
        box.setObjectName(QStringLiteral("openFailedBox"));
        box.exec();
        return false;
    }
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
    QMessageBox::information(dialogParent(), tr("Back Up Now"),
                             tr("Verified backups arrive with the data-safety feature. Until then, quit Rapport and "
                                "copy %1 to a safe place.")
                                 .arg(QDir::toNativeSeparators(m_db ? m_db->path() : QString())));
}

void AppController::restoreFromBackup()
{
    QMessageBox::information(dialogParent(), tr("Restore from Backup"),
                             tr("Restoring a backup arrives with the data-safety feature. To use a copy you made "
                                "yourself, choose File ▸ Open Database."));
}

void AppController::revealDataFolder()
{
    if (m_db)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_db->path()).absolutePath()));
}

} // namespace rapport
