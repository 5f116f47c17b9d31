// The baseline for start-up (issue 9): an empty Qt Widgets window, from process start to shown and painted,
// measured the same way as bench_desktop --startup-only measures Rapport's Customers screen.
//
//   bench_empty_window
//
// Output: one line per figure, "name<TAB>value<TAB>unit", then a JSON object with the same figures.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>

#include <cstdio>
#include <ctime>
#if __has_include(<unistd.h>)
#include <unistd.h>
#define RAPPORT_HAVE_SYSCONF 1
#endif

namespace {

QJsonObject g_results;

void report(const char* name, double value, const char* unit)
{
    std::printf("%s\t%.1f\t%s\n", name, value, unit);
    g_results.insert(QString::fromLatin1(name), value);
}

// Milliseconds since the process started (Linux), so loading the executable and Qt counts too.
double sinceProcessStart()
{
#ifndef RAPPORT_HAVE_SYSCONF
    return -1;
#else
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall
    const double up = uptime.readAll().split(' ').first().toDouble();
    return (up - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0;
#endif
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
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
    const double fromStart = sinceProcessStart();
    if (fromStart >= 0)
        report("startup_ms_from_process_start", fromStart, "ms");
    report("startup_cpu_ms_from_process_start", static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC, "ms");
    report("peak_rss_mb", peakRssMb(), "MB");
    std::printf("%s\n", QJsonDocument(g_results).toJson(QJsonDocument::Compact).constData());
    return 0;
}
