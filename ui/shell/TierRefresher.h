#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>

class QThread;
class QTimer;

namespace rapport {

class Database;

// Keeps the stored value tiers (customer_value_tiers) fresh for the open database: when it opens and the
// tiers are from another day, at the first check after midnight, and a little after won or lost deals
// change (debounced). The rebuild runs on a worker thread with its own connection; the GUI never waits.
class TierRefresher : public QObject
{
    Q_OBJECT
public:
    explicit TierRefresher(Database& db, QObject* parent = nullptr);

    // Rebuilds now unless the tiers are already of today's date.
    void refreshIfStale();
    // Rebuilds now (or right after the rebuild under way).
    void refreshNow();
    bool isRunning() const { return !m_worker.isNull(); }
    // For tests: how long deal changes wait before the rebuild.
    void setDebounce(int ms);

signals:
    // A rebuild finished (ok or not; a failure is only logged: the previous tiers stay as they were).
    void refreshed(bool ok);

private:
    Database& m_db;
    QString m_path;
    QTimer* m_debounce;
    QTimer* m_daily;
    QPointer<QThread> m_worker;
    bool m_again = false;
};

} // namespace rapport
