#pragma once
// What the benchmarks read about their own process on Linux (/proc): memory and start time.

#include <QByteArray>
#include <QFile>
#include <QList>

#if __has_include(<unistd.h>)
#include <unistd.h>
#define RAPPORT_HAVE_SYSCONF 1
#endif

namespace rapport::proc {

// Kilobytes of a /proc/self/status field such as "VmRSS:" or "VmHWM:" (peak); `missing` where there is no /proc.
inline double procStatusKb(const char* field, double missing = 0)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return missing;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<int>(qstrlen(field))).trimmed().split(' ').first().toDouble();
    }
    return missing;
}

// Milliseconds since the process started, so loading the executable and Qt counts too; -1 where unknown.
inline double sinceProcessStart()
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

} // namespace rapport::proc
