#pragma once

#include <QDateTime>
#include <QList>

namespace rapport {

struct RotationPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// Which automatic backups to keep: a pure function of their times and "now", so a year of days can be
// simulated in a test. Rules are applied daily, then weekly, then monthly; each keeps the newest backup of
// its most recent periods (UTC days, ISO weeks, calendar months) that still have one, and a backup kept
// by an earlier rule does not count for a later one — so 7 + 4 + 12 distinct copies reach back about a
// year. Backups dated after `now` (a clock that went back) are always kept and never counted.
class BackupRotation
{
public:
    static QList<QDateTime> keep(QList<QDateTime> backups, const QDateTime& now, const RotationPolicy& policy = {});
};

} // namespace rapport
