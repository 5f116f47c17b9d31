#pragma once

#include <QObject>
#include <QPointer>

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

public slots:
    void newDatabase();
    void chooseDatabase();
    void backUpNow();
    void restoreFromBackup();
    void revealDataFolder();

private:
    void showWelcome(const QString& path);
    void onWelcomeReady(const QString& path);
    void remember(const QString& path);
    QWidget* dialogParent() const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QPointer<WelcomeWindow> m_welcome;
};

} // namespace rapport
