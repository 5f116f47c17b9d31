#include "shell/TierRefresher.h"

#include "analytics/ValueTiers.h"
#include "common/Background.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"

#include <QTimer>

namespace rapport {
namespace {

constexpr int kDebounceMs = 5000;             // deal changes come in bursts (a drag, an import)
constexpr int kDailyCheckMs = 15 * 60 * 1000; // notices midnight within a quarter of an hour

} // namespace

TierRefresher::TierRefresher(Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_path(db.path()), m_debounce(new QTimer(this)), m_daily(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TierRefresher::refreshNow);
    m_daily->setInterval(kDailyCheckMs);
    connect(m_daily, &QTimer::timeout, this, &TierRefresher::refreshIfStale);
    m_daily->start();
    // Tiers come from won deals (and tickets, for at-risk); any deal change may have won or lost one.
    // (Not customer changes: a rebuild announces one so the lists show the new tiers.)
    connect(db.notifier(), &ChangeNotifier::changed, this, [this](Entity entity, qint64, ChangeKind) {
        if (entity == Entity::Deal || entity == Entity::Ticket)
            m_debounce->start();
    });
}

void TierRefresher::setDebounce(int ms)
{
    m_debounce->setInterval(ms);
}

void TierRefresher::refreshIfStale()
{
    if (ValueTiers::storedAsOf(m_db.connection()) != QDate::currentDate())
        refreshNow();
}

void TierRefresher::refreshNow()
{
    if (m_worker) {
        m_again = true;
        return;
    }
    m_debounce->stop();
    const QString path = m_path;
    const QDate today = QDate::currentDate();
    // Its own read-write connection (without the lock: this process holds it); WAL lets the GUI's reads go
    // on meanwhile, and the rebuild is one short write transaction at the end.
    m_worker = startInBackground(
        this,
        [path, today]() -> Status {
            auto opened = Database::open(path, OpenOptions{false, false, false, 0});
            if (!opened)
                return opened.error();
            return ValueTiers::refreshStored(*opened.value(), today);
        },
        [this](const Status& done) {
            m_worker = nullptr;
            if (!done)
                qWarning("Value tiers not refreshed: %s", qPrintable(done.error().message));
            else
                m_db.announce(Entity::Customer, 0, ChangeKind::Bulk); // lists and pages show the new tiers
            emit refreshed(done.ok());
            if (m_again) {
                m_again = false;
                refreshNow();
            }
        });
}

} // namespace rapport
