#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include "Result.h"
#include "db/Database.h"
#include "safety/BackupService.h"
#include "shell/WelcomeWindow.h"

#include <memory>


namespace rapport {

class Database;
class MainWindow;
class WelcomeWindow;

// Owns the open database and its main window. Starts on the given, last used or default database, or
// shows the welcome screen when there is none; handles New/Open/Recent, backup and restore, and shows
// the core's message (never a raw SQL error) when a file cannot be opened.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    // With an explicit path, a missing file is created through the welcome screen.
    void start(const QString& explicitPath = {});
    bool openDatabase(const QString& path);

    MainWindow* window() const { return m_window.get(); }
    WelcomeWindow* welcome() const { return m_welcome; }
    Database* database() const { return m_db.get(); }

    static QStringList recentFiles();
    // Puts the backup in place of the open database (after asking), then opens it again.
    bool restoreFrom(const QString& backupPath);
    // The file the last "Back Up Now" wrote (for tests and the status bar).
    const QString& lastBackupPath() const { return m_lastBackupPath; }
    // Tests set 0 to run the daily automatic backup check at once, or a large value to keep it out of the way.
    void setAutomaticBackupDelay(int ms) { m_autoBackupDelayMs = ms; }
    // Files larger than this are quick-checked on a worker after opening instead of before (tests lower it).
    void setQuickCheckAtOpenLimit(qint64 bytes) { m_quickCheckAtOpenLimit = bytes; }

public slots:
    void newDatabase();
    void chooseDatabase();
    void backUpNow();
    void restoreFromBackup();
    void revealDataFolder();

signals:
    // An automatic backup thread has ended and its result was noted.
    void automaticBackupSettled();

private:
    void startAutomaticBackup();
    void waitForAutomaticBackup();
    void startDeferredQuickCheck();
    void noteAutomaticBackup(const Result<AutoBackupOutcome>& result);
    // Before the open database is closed or replaced: its daily backup, if one is due.
    void backUpBeforeClosing();
    bool confirmRestore(const QString& backupPath, const QString& dbPath);
    // Puts the backup in place of dbPath (closing it first if it is the open one) and opens the result.
    bool restoreAndOpen(const QString& backupPath, const QString& dbPath);
    void showWelcome(const QString& path);
    void onWelcomeReady(const QString& path);
    void remember(const QString& path);
    QWidget* dialogParent() const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QPointer<WelcomeWindow> m_welcome;
    // Workers that read the open file; they are waited for before it closes.
    QPointer<QThread> m_autoBackup;
    QPointer<QThread> m_quickCheck;
    QString m_lastBackupPath;
    int m_autoBackupDelayMs = kAutoBackupDelayDefault;
    qint64 m_quickCheckAtOpenLimit = OpenOptions().quickCheckMaxBytes;
    static constexpr int kAutoBackupDelayDefault = 20000;
    static constexpr int kAutoBackupRecheckMs = 60 * 60 * 1000;
};

} // namespace rapport
