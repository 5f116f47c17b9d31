#include "catch.h"

#include "safety/BackupRotation.h"

#include <QTimeZone>

#include <algorithm>

using namespace rapport;

namespace {

QDateTime at(int year, int month, int day, int hour = 9)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

QStringList days(const QList<QDateTime>& times)
{
    QStringList out;
    for (const auto& t : times)
        out << t.date().toString(Qt::ISODate);
    return out;
}

} // namespace

TEST_CASE("Rotation over a simulated year of daily backups keeps 7 daily, 4 weekly and 12 monthly", "[safety][rotation]")
{
    // The app makes one backup a day and rotates right after it verified, as BackupService::run does.
    QList<QDateTime> kept;
    for (QDate d(2024, 1, 1); d <= QDate(2024, 12, 31); d = d.addDays(1)) {
        const QDateTime now(d, QTime(9, 0), QTimeZone::utc());
        kept << now;
        const QList<QDateTime> next = BackupRotation::keep(kept, now);
        // The copy just made is always kept, and nothing is ever added by rotation.
        REQUIRE(next.contains(now));
        REQUIRE(next.size() <= kept.size());
        REQUIRE(next.size() <= 23);
        kept = next;
    }
    const QStringList expected = {
        // 12 monthly: the last backup of each month before the ones kept above (December is already kept).
        QStringLiteral("2024-01-31"), QStringLiteral("2024-02-29"), QStringLiteral("2024-03-31"), QStringLiteral("2024-04-30"),
        QStringLiteral("2024-05-31"), QStringLiteral("2024-06-30"), QStringLiteral("2024-07-31"), QStringLiteral("2024-08-31"),
        QStringLiteral("2024-09-30"), QStringLiteral("2024-10-31"), QStringLiteral("2024-11-30"),
        // 4 weekly: the Sundays closing the ISO weeks before the daily ones.
        QStringLiteral("2024-12-01"), QStringLiteral("2024-12-08"), QStringLiteral("2024-12-15"), QStringLiteral("2024-12-22"),
        // 7 daily.
        QStringLiteral("2024-12-25"), QStringLiteral("2024-12-26"), QStringLiteral("2024-12-27"), QStringLiteral("2024-12-28"),
        QStringLiteral("2024-12-29"), QStringLiteral("2024-12-30"), QStringLiteral("2024-12-31")};
    CHECK(days(kept) == expected);

    // One more year on: November 2025's copy is also a weekly one, so the twelve monthly ones reach back to
    // November 2024, and nothing older is left.
    for (QDate d(2025, 1, 1); d <= QDate(2025, 12, 31); d = d.addDays(1)) {
        const QDateTime now(d, QTime(9, 0), QTimeZone::utc());
        kept << now;
        kept = BackupRotation::keep(kept, now);
    }
    CHECK(kept.size() == 23);
    CHECK(days(kept).first() == QStringLiteral("2024-11-30"));
    CHECK(days(kept).at(1) == QStringLiteral("2024-12-31"));
    CHECK(days(kept).contains(QStringLiteral("2025-11-30")));
}

TEST_CASE("Rotation keeps only the newest backup of a day", "[safety][rotation]")
{
    const QList<QDateTime> backups = {at(2024, 3, 1, 8), at(2024, 3, 1, 12), at(2024, 3, 1, 18)};
    CHECK(BackupRotation::keep(backups, at(2024, 3, 1, 19)) == QList<QDateTime>{at(2024, 3, 1, 18)});
}

TEST_CASE("After a long pause the old copies are not all thrown away", "[safety][rotation]")
{
    // Used daily in January, then not at all until June: the January copies still count as the newest ones.
    QList<QDateTime> backups;
    for (int day = 1; day <= 31; ++day)
        backups << at(2024, 1, day);
    backups << at(2024, 6, 15);
    const auto kept = BackupRotation::keep(backups, at(2024, 6, 15));
    CHECK(kept.contains(at(2024, 6, 15)));
    CHECK(kept.contains(at(2024, 1, 31)));
    // 7 daily (6/15 and 1/26..1/31) + 3 weekly (Sundays 1/21, 1/14, 1/7; no older week has a copy) = 10.
    CHECK(kept.size() == 10);
    CHECK(kept.contains(at(2024, 1, 7)));
}

TEST_CASE("Backups dated in the future are kept and do not push out today's", "[safety][rotation]")
{
    QList<QDateTime> backups;
    for (int day = 1; day <= 10; ++day)
        backups << at(2024, 5, day);
    backups << at(2030, 1, 1);
    const auto kept = BackupRotation::keep(backups, at(2024, 5, 10));
    CHECK(kept.contains(at(2030, 1, 1)));
    CHECK(kept.contains(at(2024, 5, 10)));
    CHECK(kept.contains(at(2024, 5, 4)));
}

TEST_CASE("A different policy changes the counts", "[safety][rotation]")
{
    QList<QDateTime> backups;
    for (QDate d(2024, 1, 1); d <= QDate(2024, 3, 31); d = d.addDays(1))
        backups << QDateTime(d, QTime(9, 0), QTimeZone::utc());
    CHECK(BackupRotation::keep(backups, at(2024, 3, 31), RotationPolicy{2, 0, 0}).size() == 2);
    CHECK(BackupRotation::keep(backups, at(2024, 3, 31), RotationPolicy{0, 0, 3}) ==
          QList<QDateTime>{at(2024, 1, 31), at(2024, 2, 29), at(2024, 3, 31)});
    CHECK(BackupRotation::keep({}, at(2024, 3, 31)).isEmpty());
}
