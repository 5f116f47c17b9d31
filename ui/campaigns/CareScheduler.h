#pragma once

#include <QDate>
#include <QObject>

class QTimer;

namespace rapport {

class Session;

// Runs the customer-care rules shortly after the database opens and again each new day while it stays open,
// on a worker thread with its own connection, then tells the screens that tasks changed.
class CareScheduler : public QObject
{
    Q_OBJECT
public:
    explicit CareScheduler(Session& session, QObject* parent = nullptr);
    bool isRunning() const { return m_running; }

public slots:
    void runIfDue();

signals:
    void finished(int created);

private:
    Session& m_session;
    QTimer* m_timer;
    QDate m_lastRun;
    bool m_running = false;
};

} // namespace rapport
