#include "catch.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

// DESIGN.md section 1: core/ is Qt Core + Sql only.
TEST_CASE("core/ never includes widgets, charts or GUI headers", "[architecture]")
{
    const QRegularExpression forbidden(
        QStringLiteral(R"(#\s*include\s*[<"](QtWidgets|QtCharts|QtGui|QWidget|QMessageBox|QApplication|QChart)[^>"]*[>"])"));
    QDirIterator it(QStringLiteral(RAPPORT_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    QStringList offenders;
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        ++files;
        if (forbidden.match(QString::fromUtf8(f.readAll())).hasMatch())
            offenders << f.fileName();
    }
    CHECK(files > 5);
    INFO(offenders.join(QStringLiteral(", ")).toStdString());
    CHECK(offenders.isEmpty());
}
