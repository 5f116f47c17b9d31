#include "DealPage.h"

#include "Clock.h"
#include "activities/ActivityDialog.h"
#include "common/EmptyState.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/Session.h"
#include "common/TableStyle.h"
#include "customers/HistoryModel.h"
#include "customers/TimelineDelegate.h"
#include "customers/TimelineModel.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "deals/DealCommands.h"
#include "deals/DealDialog.h"
#include "deals/DealOutcomeDialog.h"
#include "deals/DealRepository.h"
#include "deals/Pipeline.h"
#include "tasks/TaskCommands.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

DealPage::DealPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_refresh(new QTimer(this)),
      m_timeline(new TimelineModel(session.db(), this)), m_tasks(new TaskTableModel(session.db(), this)),
      m_history(new HistoryModel(session.db(), this))
{
    setObjectName(QStringLiteral("dealPage"));
    // The stage bar reads like a progress line: stages reached are filled, Won and Lost wear their colours.
    setStyleSheet(QStringLiteral(
        "QPushButton[stageStep=\"true\"] { border: none; border-radius: 4px; padding: 6px 10px; "
        "background: palette(midlight); color: palette(window-text); }"
        "QPushButton[stageStep=\"true\"]:checked { background: palette(highlight); color: palette(highlighted-text); }"
        "QPushButton[outcome=\"won\"] { color: #2e7d32; font-weight: 600; padding: 5px 16px; }"
        "QPushButton[outcome=\"lost\"] { color: #c62828; font-weight: 600; padding: 5px 16px; }"));
    auto* back = new QPushButton(QStringLiteral("‹  ") + tr("Deals"), this);
    back->setObjectName(QStringLiteral("dealBackButton"));
    back->setFlat(true);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back to the pipeline"));
    auto* edit = new QPushButton(Icons::get(QStringLiteral("edit")), tr("Edit"), this);
    edit->setObjectName(QStringLiteral("editDealButton"));
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_archive = new QPushButton(Icons::get(QStringLiteral("archive")), tr("Archive"), this);
    m_archive->setObjectName(QStringLiteral("archiveDealButton"));
    connect(back, &QPushButton::clicked, this, &DealPage::backRequested);
    connect(edit, &QPushButton::clicked, this, &DealPage::edit);
    connect(m_archive, &QPushButton::clicked, this, &DealPage::toggleArchived);
    auto* nav = new QHBoxLayout;
    nav->addWidget(back);
    nav->addStretch();
    nav->addWidget(edit);
    nav->addWidget(m_archive);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(6);
    const std::tuple<const char*, const char*, QString, int> logs[] = {
        {"dealLogCallButton", "call", tr("Log Call"), static_cast<int>(ActivityKind::Call)},
        {"dealLogEmailButton", "email", tr("Log Email"), static_cast<int>(ActivityKind::Email)},
        {"dealLogMeetingButton", "meeting", tr("Log Meeting"), static_cast<int>(ActivityKind::Meeting)},
        {"dealAddNoteButton", "note", tr("Add Note"), static_cast<int>(ActivityKind::Note)}};
    for (const auto& [name, icon, text, kind] : logs) {
        auto* button = new QPushButton(Icons::get(QString::fromLatin1(icon)), text, this);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, [this, k = kind] { logActivity(k); });
        actions->addWidget(button);
    }
    actions->addSpacing(14);
    auto* task = new QPushButton(Icons::get(QStringLiteral("tasks")), tr("Add Task"), this);
    task->setObjectName(QStringLiteral("dealAddTaskButton"));
    connect(task, &QPushButton::clicked, this, &DealPage::addTask);
    actions->addWidget(task);
    actions->addStretch();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dealTabs"));
    m_tabs->setDocumentMode(true);
    m_timelineView = new QListView(this);
    m_timelineView->setObjectName(QStringLiteral("dealTimelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setUniformItemSizes(true);
    m_timelineView->setFrameShape(QFrame::NoFrame);
    m_timelineEmpty = new EmptyState(this);
    m_timelineEmpty->setIcon(QStringLiteral("message"));
    m_timelineEmpty->setTitle(tr("Nothing logged on this deal yet"));
    m_timelineEmpty->setText(tr("Calls, emails and meetings you log here appear with every stage change."));
    m_timelineStack = new QStackedWidget(this);
    m_timelineStack->addWidget(m_timelineView);
    m_timelineStack->addWidget(m_timelineEmpty);
    m_tasksView = new QTableView(this);
    m_tasksView->setObjectName(QStringLiteral("dealTasksView"));
    TableStyle::apply(m_tasksView);
    m_tasksView->setModel(m_tasks);
    TableStyle::fitCheckColumn(m_tasksView, TaskTableModel::DoneColumn);
    m_tasksView->hideColumn(TaskTableModel::LinkColumn);
    m_historyView = new QTableView(this);
    m_historyView->setObjectName(QStringLiteral("dealHistoryView"));
    TableStyle::apply(m_historyView);
    m_historyView->setModel(m_history);
    m_tabs->addTab(m_timelineStack, tr("Timeline"));
    m_tabs->addTab(m_tasksView, tr("Tasks"));
    m_tabs->addTab(m_historyView, tr("History"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 10, 24, 12);
    layout->setSpacing(12);
    layout->addLayout(nav);
    layout->addWidget(buildHeader());
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &DealPage::reload);
    connect(session.db().notifier(), &ChangeNotifier::changed, this, &DealPage::onChanged);
    connect(m_tasks, &TaskTableModel::doneToggled, this, &DealPage::onTaskToggled);
}

QWidget* DealPage::buildHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("dealHeader"));
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("dealTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_amount = new QLabel(header);
    m_amount->setObjectName(QStringLiteral("dealAmount"));
    m_amount->setFont(big);
    m_customer = new QLabel(header);
    m_customer->setObjectName(QStringLiteral("dealCustomerLink"));
    m_customer->setTextFormat(Qt::RichText);
    m_customer->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_customer, &QLabel::linkActivated, this,
            [this] { m_session.openCustomer(m_deal.customerId, Session::CustomerTab::Deals); });
    m_facts = new QLabel(header);
    m_facts->setObjectName(QStringLiteral("dealFacts"));
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("dealStatus"));
    m_status->setWordWrap(true);

    m_stageBar = new QWidget(header);
    m_stageBar->setObjectName(QStringLiteral("stageBar"));
    m_stageLayout = new QHBoxLayout(m_stageBar);
    m_stageLayout->setContentsMargins(0, 0, 0, 0);
    m_stageLayout->setSpacing(2);
    m_won = new QPushButton(tr("Won"), header);
    m_won->setObjectName(QStringLiteral("markWonButton"));
    m_won->setProperty("outcome", QStringLiteral("won"));
    m_lost = new QPushButton(tr("Lost"), header);
    m_lost->setObjectName(QStringLiteral("markLostButton"));
    m_lost->setProperty("outcome", QStringLiteral("lost"));
    connect(m_won, &QPushButton::clicked, this, &DealPage::markWon);
    connect(m_lost, &QPushButton::clicked, this, &DealPage::markLost);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_amount);
    auto* stages = new QHBoxLayout;
    stages->setSpacing(10);
    stages->addWidget(m_stageBar, 1);
    stages->addWidget(m_won);
    stages->addWidget(m_lost);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_customer);
    layout->addWidget(m_facts);
    layout->addSpacing(6);
    layout->addLayout(stages);
    layout->addWidget(m_status);
    return header;
}

void DealPage::setDeal(qint64 id)
{
    m_deal = Deal{};
    m_deal.id = id;
    reload();
    m_tabs->setCurrentIndex(0);
}

void DealPage::reload()
{
    auto found = DealRepository(m_session.db()).get(m_deal.id);
    if (!found) {
        if (found.error().code == QStringLiteral("not_found"))
            emit dealGone();
        else
            m_session.reportError(found.error().message);
        return;
    }
    m_deal = found.take();
    const Deal& d = m_deal;
    const QDateTime now = Clock::nowUtc();
    m_title->setText(d.title);
    m_amount->setText(Format::money(d.amountMinor, d.currency));
    m_customer->setText(QStringLiteral("<a href=\"customer\">%1</a>").arg(d.customerName.toHtmlEscaped()));
    QStringList facts;
    facts << (d.expectedClose.isValid() ? tr("Expected close %1").arg(Format::date(d.expectedClose))
                                        : tr("No expected close date"));
    facts << tr("Created %1").arg(Format::date(d.createdAt.toLocalTime().date()));
    if (d.status == DealStatus::Open) {
        facts << tr("%n day(s) in stage", nullptr, daysInStage(d, now));
        facts << tr("Weighted %1").arg(Format::money(weightedAmount(d.amountMinor, d.stageProbability), d.currency));
    }
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));

    const int rotting = Pipeline(m_session.db()).rottingDays();
    QString status;
    QString color;
    switch (d.status) {
    case DealStatus::Won:
        status = tr("Won on %1. Click a stage to reopen it.").arg(Format::date(d.closedAt.toLocalTime().date()));
        color = QStringLiteral("#2e7d32");
        break;
    case DealStatus::Lost:
        status = d.lostReason.isEmpty()
                     ? tr("Lost on %1. Click a stage to reopen it.").arg(Format::date(d.closedAt.toLocalTime().date()))
                     : tr("Lost on %1: %2. Click a stage to reopen it.")
                           .arg(Format::date(d.closedAt.toLocalTime().date()), d.lostReason);
        color = QStringLiteral("#c62828");
        break;
    case DealStatus::Open:
        if (d.expectedClose.isValid() && d.expectedClose < now.toLocalTime().date())
            status = tr("The expected close date has passed. Move the date or close the deal.");
        else if (isRotting(d, now, rotting))
            status = tr("No stage change for %n day(s). Time for a follow-up?", nullptr, daysInStage(d, now));
        color = QStringLiteral("#d84315");
        break;
    }
    m_status->setText(status);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color));
    m_status->setVisible(!status.isEmpty());
    m_won->setEnabled(d.status != DealStatus::Won);
    m_lost->setEnabled(d.status != DealStatus::Lost);
    m_archive->setText(d.isArchived() ? tr("Restore") : tr("Archive"));
    rebuildStageBar();

    m_timeline->setDeal(d.id);
    m_timelineStack->setCurrentIndex(m_timeline->rowCount() > 0 ? 0 : 1);
    TaskQuery tasks;
    tasks.due = TaskDue::All;
    tasks.dealId = d.id;
    m_tasks->setQuery(tasks);
    m_history->setRecord(QStringLiteral("deal"), d.id);
    m_tabs->setTabText(1, m_tasks->rowCount() > 0 ? tr("Tasks (%1)").arg(m_tasks->rowCount()) : tr("Tasks"));
}

void DealPage::rebuildStageBar()
{
    while (QLayoutItem* item = m_stageLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto stages = DealRepository(m_session.db()).stages();
    if (!stages)
        return;
    bool reached = true;
    for (const PipelineStage& s : stages.value()) {
        if (s.kind != DealStatus::Open)
            continue;
        auto* button = new QPushButton(Format::stageName(s.name), m_stageBar);
        button->setObjectName(QStringLiteral("stageButton_%1").arg(s.id));
        button->setCheckable(true);
        button->setProperty("stageStep", true);
        // Stages up to the current one read as done; the current one is checked.
        const bool current = m_deal.status == DealStatus::Open && s.id == m_deal.stageId;
        button->setChecked(current || (m_deal.status == DealStatus::Open && reached));
        if (current)
            reached = false;
        button->setToolTip(tr("Move to %1 (%2% probability)").arg(Format::stageName(s.name)).arg(s.probability));
        connect(button, &QPushButton::clicked, this, [this, id = s.id] { moveTo(id); });
        m_stageLayout->addWidget(button, 1);
    }
}

void DealPage::onChanged(Entity entity, qint64 id, ChangeKind kind)
{
    if (m_deal.id <= 0 || !isVisible())
        return;
    if (entity == Entity::Deal && id == m_deal.id && kind == ChangeKind::Deleted) {
        emit dealGone();
        return;
    }
    if (entity == Entity::Deal || entity == Entity::Activity || entity == Entity::Task || entity == Entity::Stage ||
        entity == Entity::Customer)
        m_refresh->start();
}

void DealPage::moveTo(qint64 stageId)
{
    if (stageId == m_deal.stageId) {
        rebuildStageBar(); // undo the button's own toggle
        return;
    }
    auto stage = DealRepository(m_session.db()).stage(stageId);
    if (!stage) {
        m_session.reportError(stage.error().message);
        return;
    }
    if (m_session.run(std::make_unique<MoveDealCommand>(m_session, m_deal, stage.value())))
        m_session.showMessage(tr("Moved “%1” to %2.").arg(m_deal.title, Format::stageName(stage.value().name)));
    reload();
}

void DealPage::markWon()
{
    auto stages = DealRepository(m_session.db()).stages();
    if (!stages)
        return;
    for (const PipelineStage& s : stages.value()) {
        if (s.kind != DealStatus::Won)
            continue;
        DealOutcomeDialog dialog(m_deal, DealStatus::Won, this);
        if (dialog.exec() == QDialog::Accepted &&
            m_session.run(std::make_unique<MoveDealCommand>(m_session, m_deal, s, dialog.closedAt())))
            m_session.showMessage(tr("“%1” is won. Congratulations!").arg(m_deal.title));
    }
    reload();
}

void DealPage::markLost()
{
    auto stages = DealRepository(m_session.db()).stages();
    if (!stages)
        return;
    for (const PipelineStage& s : stages.value()) {
        if (s.kind != DealStatus::Lost)
            continue;
        DealOutcomeDialog dialog(m_deal, DealStatus::Lost, this);
        if (dialog.exec() == QDialog::Accepted)
            m_session.run(
                std::make_unique<MoveDealCommand>(m_session, m_deal, s, dialog.closedAt(), dialog.lostReason()));
    }
    reload();
}

void DealPage::edit()
{
    DealDialog dialog(m_session, m_deal.customerId, m_deal.customerName, this);
    dialog.setDeal(m_deal);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void DealPage::logActivity(int kind)
{
    ActivityDialog dialog(m_session, static_cast<ActivityKind>(kind), m_deal.customerId, m_deal.customerName, this);
    dialog.setLinks(m_deal.id, 0);
    if (dialog.exec() == QDialog::Accepted)
        m_tabs->setCurrentIndex(0);
}

void DealPage::addTask()
{
    TaskDialog dialog(m_session, m_deal.customerId, m_deal.customerName, this);
    dialog.setDeal(m_deal.id);
    if (dialog.exec() == QDialog::Accepted)
        m_tabs->setCurrentIndex(1);
}

void DealPage::toggleArchived()
{
    if (m_session.run(std::make_unique<ArchiveDealCommand>(m_session, m_deal, !m_deal.isArchived())))
        reload();
}

void DealPage::onTaskToggled(const Task& task, bool done)
{
    m_session.run(std::make_unique<TaskDoneCommand>(m_session, task, done));
}

} // namespace rapport
