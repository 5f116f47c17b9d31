#include "TodayScreen.h"

#include "reports/KpiTiles.h"

#include "Clock.h"
#include "common/Format.h"
#include "common/Session.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "deals/DealRepository.h"
#include "tasks/TaskCommands.h"
#include "tasks/TaskRepository.h"
#include "today/TodayCard.h"
#include "campaigns/CareRules.h"
#include "today/TodayQueries.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {
namespace {

constexpr int kRowsPerCard = 12;
const QColor kLate(0xc6, 0x28, 0x28);
const QColor kSoon(0xd9, 0x6c, 0x00);

QString anchor(const QString& href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\" style=\"text-decoration:none\">%2</a>").arg(href, text.toHtmlEscaped());
}

} // namespace

TodayScreen::TodayScreen(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_greeting(new QLabel(this)), m_date(new QLabel(this)),
      m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("todayScreen"));
    m_greeting->setObjectName(QStringLiteral("todayGreeting"));
    m_date->setObjectName(QStringLiteral("todayDate"));
    QFont f = m_greeting->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setWeight(QFont::DemiBold);
    m_greeting->setFont(f);
    m_date->setForegroundRole(QPalette::PlaceholderText);

    m_tasks = new TodayCard(QStringLiteral("tasks"), tr("Tasks due"), tr("Nothing overdue or due today. Nice work."), this);
    m_tasks->setObjectName(QStringLiteral("todayTasksCard"));
    m_birthdays = new TodayCard(QStringLiteral("birthday"), tr("Birthdays and anniversaries"),
                                tr("No birthdays or customer anniversaries coming up."), this);
    m_birthdays->setObjectName(QStringLiteral("todayBirthdaysCard"));
    m_deals = new TodayCard(QStringLiteral("deals"), tr("Deals past their close date"),
                            tr("Every open deal is still within its expected close date."), this);
    m_deals->setObjectName(QStringLiteral("todayDealsCard"));
    m_tickets = new TodayCard(QStringLiteral("alarm"), tr("Tickets at risk"),
                              tr("No ticket is close to missing its promised resolution time."), this);
    m_tickets->setObjectName(QStringLiteral("todayTicketsCard"));

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("todayContent"));
    content->setBackgroundRole(QPalette::Window);
    content->setAutoFillBackground(true);
    auto* grid = new QGridLayout;
    grid->setSpacing(16);
    grid->addWidget(m_tasks, 0, 0, 1, 2);
    grid->addWidget(m_tickets, 1, 0);
    grid->addWidget(m_deals, 1, 1);
    grid->addWidget(m_birthdays, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(28, 20, 28, 24);
    column->setSpacing(4);
    column->addWidget(m_greeting);
    column->addWidget(m_date);
    column->addSpacing(14);
    column->addWidget(new KpiTiles(session, content));
    column->addSpacing(16);
    column->addLayout(grid);
    column->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("todayScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &TodayScreen::onRefresh);
    connect(session.db().notifier(), &ChangeNotifier::changed, this, &TodayScreen::onChanged);
    // Read when first shown (or asked by the status bar), so start-up on another screen stays quick.
}

void TodayScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void TodayScreen::onChanged(Entity entity, qint64 id, ChangeKind kind)
{
    Q_UNUSED(id)
    Q_UNUSED(kind)
    if (entity == Entity::Task || entity == Entity::Deal || entity == Entity::Ticket || entity == Entity::Customer) {
        m_dirty = true;
        m_refresh->start();
    }
}

void TodayScreen::onRefresh()
{
    // Hidden, only the status bar's counts matter; the lists are read when the screen is shown.
    if (isVisible())
        reload();
    else
        reloadSummary();
}

void TodayScreen::reloadSummary()
{
    const QDateTime now = Clock::nowUtc();
    TaskQuery overdue;
    overdue.due = TaskDue::Overdue;
    const auto tasks = TaskRepository(m_session.db()).count(overdue);
    m_overdue = tasks.ok() ? tasks.value() : 0;
    const auto tickets = TodayQueries(m_session.db()).ticketsDueBefore(now);
    m_lateTickets = tickets.ok() ? tickets.value() : 0;
    DealQuery late;
    late.status = DealStatus::Open;
    late.closeTo = Clock::todayLocal().addDays(-1);
    const auto deals = DealRepository(m_session.db()).count(late);
    m_lateDeals = deals.ok() ? deals.value() : 0;
    emit summaryChanged();
}

void TodayScreen::reload()
{
    m_dirty = false;
    const QTime now = Clock::nowUtc().toLocalTime().time();
    m_greeting->setText(now.hour() < 12 ? tr("Good morning") : now.hour() < 18 ? tr("Good afternoon")
                                                                                : tr("Good evening"));
    QString date = QLocale().toString(Clock::todayLocal(), QLocale::LongFormat);
    if (const QString business = m_session.businessName(); !business.isEmpty())
        date += QStringLiteral("  ·  ") + business;
    m_date->setText(date);
    fillTasks();
    fillTickets();
    fillDeals();
    fillBirthdays();
    emit summaryChanged();
}

QWidget* TodayScreen::customerLink(qint64 id, const QString& name, const QString& prefix)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("todayCustomerLink"));
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setText(prefix.toHtmlEscaped() + (prefix.isEmpty() ? QString() : QStringLiteral(" · ")) +
                   anchor(QStringLiteral("customer:%1").arg(id), name));
    connect(label, &QLabel::linkActivated, this,
            [this](const QString& href) { m_session.openCustomer(href.mid(9).toLongLong()); });
    return label;
}

void TodayScreen::fillTasks()
{
    m_tasks->clear();
    TaskRepository repo(m_session.db());
    TaskQuery overdue;
    overdue.due = TaskDue::Overdue;
    TaskQuery today;
    today.due = TaskDue::Today;
    const auto overdueCount = repo.count(overdue);
    const auto todayCount = repo.count(today);
    const int nOverdue = overdueCount.ok() ? overdueCount.value() : 0;
    const int nToday = todayCount.ok() ? todayCount.value() : 0;
    m_overdue = nOverdue;
    m_tasks->setCount(nOverdue + nToday);
    QList<Task> tasks;
    overdue.limit = kRowsPerCard;
    if (auto rows = repo.list(overdue))
        tasks << rows.value();
    today.limit = qMax(0, kRowsPerCard - static_cast<int>(tasks.size()));
    if (today.limit > 0) {
        if (auto rows = repo.list(today))
            tasks << rows.value();
    }
    const QDateTime nowUtc = Clock::nowUtc();
    for (const Task& t : tasks) {
        auto* row = new QWidget(this);
        auto* check = new QCheckBox(t.title, row);
        check->setObjectName(QStringLiteral("todayTask_%1").arg(t.id));
        check->setProperty("taskId", t.id);
        check->setToolTip(tr("Mark as done"));
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(10);
        layout->addWidget(check);
        if (t.customerId > 0)
            layout->addWidget(customerLink(t.customerId, t.customerName));
        layout->addStretch();
        const bool late = t.dueAt.isValid() && t.dueAt < nowUtc;
        const QString when = late ? tr("overdue, %1").arg(Format::relative(t.dueAt))
                                  : tr("today at %1").arg(Format::time(t.dueAt.toLocalTime().time()));
        m_tasks->addRow(row, when, late ? kLate : QColor());
        const qint64 id = t.id;
        const QString title = t.title;
        connect(check, &QCheckBox::toggled, this, [this, id, title](bool done) { onTaskChecked(id, title, done); });
    }
    if (nOverdue + nToday > tasks.size()) {
        auto* more = new QLabel(anchor(QStringLiteral("tasks:"), tr("Show all %1 in Tasks").arg(nOverdue + nToday)), this);
        more->setObjectName(QStringLiteral("todayMoreTasks"));
        connect(more, &QLabel::linkActivated, this, [this] { emit showTasksRequested(TaskDue::Overdue); });
        m_tasks->addFooter(more);
    }
}

void TodayScreen::onTaskChecked(qint64 id, const QString& title, bool done)
{
    Task t;
    t.id = id;
    t.title = title;
    if (m_session.run(std::make_unique<TaskDoneCommand>(m_session, t, done)) && done)
        m_session.showMessage(tr("Done: %1").arg(title));
}

void TodayScreen::fillBirthdays()
{
    m_birthdays->clear();
    const QDate today = Clock::todayLocal();
    // Birthdays and "customer since" anniversaries, as many days ahead as the owner chose (Customer care).
    const int days = CareRules::load(m_session.db()).reminderDays;
    auto found = CareRules::reminders(m_session.db().connection(), today, days);
    if (!found)
        return;
    m_birthdays->setCount(static_cast<int>(found.value().size()));
    int shown = 0;
    for (const CareReminder& r : found.value()) {
        if (shown++ == kRowsPerCard)
            break;
        const QString when = r.date == today              ? tr("today")
                             : r.date == today.addDays(1) ? tr("tomorrow")
                                                          : QLocale().toString(r.date, tr("dddd, MMMM d"));
        const QString what = r.kind == ReminderKind::Anniversary
                                 ? tr("%n year(s) a customer", nullptr, r.years)
                                 : (r.years > 0 ? tr("turns %1").arg(r.years) : tr("birthday"));
        m_birthdays->addRow(customerLink(r.customerId, r.customerName), tr("%1 · %2").arg(what, when),
                            r.date == today ? kSoon : QColor());
    }
}

void TodayScreen::fillDeals()
{
    m_deals->clear();
    DealQuery q;
    q.status = DealStatus::Open;
    q.closeTo = Clock::todayLocal().addDays(-1);
    q.sort = DealSort::ExpectedClose;
    q.descending = false;
    DealRepository repo(m_session.db());
    const auto counted = repo.count(q);
    const int total = counted.ok() ? counted.value() : 0;
    m_lateDeals = total;
    m_deals->setCount(total);
    q.limit = kRowsPerCard;
    auto deals = repo.list(q);
    if (!deals)
        return;
    for (const Deal& d : deals.value()) {
        auto* lead = customerLink(d.customerId, d.customerName, d.title + QStringLiteral(" (") +
                                                                    Format::money(d.amountMinor, d.currency) +
                                                                    QLatin1Char(')'));
        const qint64 days = d.expectedClose.daysTo(Clock::todayLocal());
        m_deals->addRow(lead, tr("%n day(s) late", nullptr, static_cast<int>(days)), kLate);
    }
}

void TodayScreen::fillTickets()
{
    m_tickets->clear();
    const QDateTime now = Clock::nowUtc();
    TodayQueries queries(m_session.db());
    const auto late = queries.ticketsDueBefore(now);
    m_lateTickets = late.ok() ? late.value() : 0;
    const QDateTime horizon = now.addSecs(4 * 3600);
    const auto atRisk = queries.ticketsDueBefore(horizon);
    auto risks = queries.slaRisks(horizon, kRowsPerCard);
    if (!risks)
        return;
    m_tickets->setCount(atRisk.ok() ? atRisk.value() : static_cast<int>(risks.value().size()));
    for (const SlaRisk& r : risks.value()) {
        const bool late = r.resolutionDue < now;
        const QString when = late ? tr("late, was due %1").arg(Format::relative(r.resolutionDue, now))
                                  : tr("due %1").arg(Format::relative(r.resolutionDue, now));
        m_tickets->addRow(customerLink(r.customerId, r.customerName, r.subject), when, late ? kLate : kSoon);
    }
}

QString TodayScreen::overdueSummary() const
{
    QStringList parts;
    if (m_overdue > 0)
        parts << tr("%n overdue task(s)", nullptr, m_overdue);
    if (m_lateTickets > 0)
        parts << tr("%n ticket(s) past their SLA", nullptr, m_lateTickets);
    if (m_lateDeals > 0)
        parts << tr("%n deal(s) past their close date", nullptr, m_lateDeals);
    if (parts.isEmpty())
        return QString();
    return tr("Needs attention: %1").arg(QLocale().createSeparatedList(parts));
}

} // namespace rapport
