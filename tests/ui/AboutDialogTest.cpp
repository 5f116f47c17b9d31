// Help ▸ About Rapport: the facts an owner is asked for in a problem report.
#include "GuiTestSupport.h"

#include "db/Database.h"
#include "shell/AboutDialog.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>

using namespace rapport;
using namespace rapport::test;

TEST_CASE("About shows the version, licence link, database path and the Qt and SQLite versions", "[ui][shell]")
{
    GuiFixture f;
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    // The Help menu opens it (modal: look for it once the event loop runs, then close it).
    auto* about = findChild<QAction>(f.window.get(), "aboutAction");
    REQUIRE(about);
    QPointer<AboutDialog> shown;
    bool seen = false;
    QTimer::singleShot(0, f.window.get(), [&shown, &seen] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<AboutDialog*>(w); d && d->isVisible())
                shown = d;
        seen = !shown.isNull();
        if (shown)
            shown->reject();
    });
    about->trigger();
    CHECK(seen);
    CHECK(shown.isNull()); // closed and destroyed again

    AboutDialog dialog(f.db(), f.window.get());
    CHECK(findChild<QLabel>(&dialog, "aboutVersion")->text().contains(QStringLiteral(RAPPORT_VERSION)));
    CHECK(findChild<QLabel>(&dialog, "aboutDatabasePath")->text() == QDir::toNativeSeparators(f.db().path()));
    CHECK(findChild<QLabel>(&dialog, "aboutQtVersion")->text().startsWith(QString::fromLatin1(qVersion())));
    const QString sqlite = findChild<QLabel>(&dialog, "aboutSqliteVersion")->text();
    CHECK(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$")).match(sqlite).hasMatch());
    auto* license = findChild<QLabel>(&dialog, "aboutLicense");
    CHECK(license->text().contains(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
    CHECK(license->openExternalLinks());

    findChild<QPushButton>(&dialog, "aboutCopyButton")->click();
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied.contains(QStringLiteral("Rapport %1").arg(QStringLiteral(RAPPORT_VERSION))));
    CHECK(copied.contains(QDir::toNativeSeparators(f.db().path())));
    CHECK(copied.contains(QStringLiteral("SQLite: ") + sqlite));
}
