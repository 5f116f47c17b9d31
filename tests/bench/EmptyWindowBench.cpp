// The baseline for start-up (issue 9): an empty Qt Widgets window, from process start to shown and painted,
// measured the same way as bench_desktop --startup-only measures Rapport's Customers screen.
//
//   bench_empty_window
//
// Output: one line per figure, "name<TAB>value<TAB>unit", then a JSON object with the same figures.
#include "ProcessStats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>

#include <cstdio>
#include <ctime>

namespace {

QJsonObject g_results;

void report(const char* name, double value, const char* unit)
{
    std::printf("%s\t%.1f\t%s\n", name, value, unit);
    g_results.insert(QString::fromLatin1(name), value);
}



} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    window.repaint();
    report("startup_ms_from_main", static_cast<double>(sinceMain.nsecsElapsed()) / 1e6, "ms");
    const double fromStart = rapport::proc::sinceProcessStart();
    if (fromStart >= 0)
        report("startup_ms_from_process_start", fromStart, "ms");
    report("startup_cpu_ms_from_process_start", static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC, "ms");
    report("peak_rss_mb", rapport::proc::procStatusKb("VmHWM:") / 1024.0, "MB");
    std::printf("%s\n", QJsonDocument(g_results).toJson(QJsonDocument::Compact).constData());
    return 0;
}
