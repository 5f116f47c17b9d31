#include "BackupRotation.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>

namespace rapport {

QList<QDateTime> BackupRotation::keep(QList<QDateTime> backups, const QDateTime& now, const RotationPolicy& policy)
{
    std::sort(backups.begin(), backups.end(), std::greater<>());
    const QDateTime nowUtc = now.toUTC();
    std::set<qsizetype> kept;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        if (backups.at(i).toUTC() > nowUtc)
            kept.insert(i);
    }

    // A period is identified by a number: days since the epoch, ISO year * 100 + week, year * 100 + month.
    using Period = std::function<qint64(const QDate&)>;
    const Period day = [](const QDate& d) { return d.toJulianDay(); };
    const Period week = [](const QDate& d) {
        int year = 0;
        const int number = d.weekNumber(&year);
        return qint64(year) * 100 + number;
    };
    const Period month = [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); };
    const std::pair<int, Period> rules[] = {{policy.daily, day}, {policy.weekly, week}, {policy.monthly, month}};

    for (const auto& [count, period] : rules) {
        int taken = 0;
        std::optional<qint64> last;
        for (qsizetype i = 0; i < backups.size() && taken < count; ++i) {
            const QDateTime t = backups.at(i).toUTC();
            if (t > nowUtc)
                continue;
            const qint64 p = period(t.date());
            if (last && *last == p)
                continue;
            // The newest backup of each period; one an earlier rule kept uses up the period without counting.
            last = p;
            if (kept.insert(i).second)
                ++taken;
        }
    }

    QList<QDateTime> result;
    for (qsizetype i : kept)
        result << backups.at(i);
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace rapport
