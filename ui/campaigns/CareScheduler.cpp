#include "CareScheduler.h"

#include "Clock.h"
#include "campaigns/CareRules.h"
#include "common/Background.h"
#include "common/Session.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"

#include <QTimer>

#include <algorithm>

namespace rapport {

CareScheduler::CareScheduler(Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("careScheduler"));
    // A check every ten minutes notices a new day soon after midnight without waking the machine often.
    m_timer->setInterval(10 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &CareScheduler::runIfDue);
    m_timer->start();
    // Not during start-up itself: the window comes first.
    QTimer::singleShot(5000, this, &CareScheduler::runIfDue);
}

void CareScheduler::runIfDue()
{
    const QDate today = Clock::todayLocal();
    if (m_running || m_lastRun == today)
        return;
    const CareSettings settings = CareRules::load(m_session.db());
    m_lastRun = today;
    if (std::none_of(settings.enabled.cbegin(), settings.enabled.cend(), [](bool on) { return on; }))
        return;
    m_running = true;
    const QString path = m_session.db().path();
    const QDateTime now = Clock::nowUtc();
    startInBackground(
        this,
        [path, settings, now]() -> Result<CareRunResult> {
            OpenOptions options;
            options.createIfMissing = false;
            options.takeLock = false; // the window holds it; this connection belongs to the same app
            options.migrate = false;
            options.quickCheckMaxBytes = 0;
            auto db = Database::open(path, options);
            if (!db)
                return db.error();
            return CareRules::run(*db.value(), settings, now);
        },
        [this](Result<CareRunResult> result) {
            m_running = false;
            if (!result) {
                m_lastRun = {}; // try again at the next check
                m_session.showMessage(tr("The customer-care rules could not run: %1").arg(result.error().message));
                return;
            }
            const int created = result.value().total();
            if (created > 0) {
                m_session.db().announce(Entity::Task, 0, ChangeKind::Bulk);
                m_session.showMessage(tr("Customer care added %n task(s).", nullptr, created));
            }
            emit finished(created);
        });
}

} // namespace rapport
