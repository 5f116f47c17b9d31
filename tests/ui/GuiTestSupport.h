#pragma once

#include "TempDatabase.h"
#include "catch.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace rapport::test {

// Waits (processing events, never sleeping blindly) until `condition` holds, at most `ms`.
inline bool waitFor(const std::function<bool()>& condition, int ms = 5000)
{
    return QTest::qWaitFor(condition, ms);
}

// Per-machine settings (window geometry, language) go to a temporary folder, never the user's.
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// A fresh database and the real main window on it, shown (offscreen).
class GuiFixture
{
public:
    GuiFixture() : window(std::make_unique<MainWindow>(temp.db()))
    {
        window->resize(1200, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        // Shortcuts and focus need the active window (a window manager would make it so).
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    Database& db() { return temp.db(); }

    IsolatedSettings settings;
    TempDatabase temp;
    std::unique_ptr<MainWindow> window;
};

// Runs `open` (which shows a modal dialog and blocks in exec()) and drives the dialog with `drive` from
// inside its event loop. A dialog still open afterwards is rejected so a failing test cannot hang.
template <typename Dialog>
bool driveModal(const std::function<void()>& open, const std::function<void(Dialog*)>& drive)
{
    bool seen = false;
    auto* guard = new QObject;
    QTimer::singleShot(0, guard, [&seen, &drive] {
        QPointer<Dialog> dialog;
        (void)QTest::qWaitFor([&dialog] {
            dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            return !dialog.isNull();
        }, 5000);
        if (!dialog)
            return;
        dialog->activateWindow();
        const bool active = QTest::qWaitForWindowActive(dialog);
        seen = true;
        CHECK(active);
        drive(dialog);
        if (dialog && dialog->isVisible())
            dialog->reject();
    });
    open();
    delete guard;
    return seen;
}

template <typename T>
T* findChild(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace rapport::test
