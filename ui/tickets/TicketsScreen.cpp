#include "TicketsScreen.h"

#include "Clock.h"
#include "common/EmptyState.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/TableStyle.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "tickets/TicketDialog.h"
#include "tickets/TicketPage.h"
#include "tickets/TicketTableModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

TicketsScreen::TicketsScreen(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new TicketTableModel(session.db(), this)),
      m_page(new TicketPage(session, this)), m_stack(new QStackedWidget(this)), m_listStack(new QStackedWidget(this)),
      m_views(new QButtonGroup(this)), m_count(new QLabel(this)), m_text(new QLineEdit(this)),
      m_priority(new QComboBox(this)), m_view(new QTableView(this)), m_empty(new EmptyState(this)),
      m_refresh(new QTimer(this)), m_debounce(new QTimer(this)), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("ticketsScreen"));
    m_count->setObjectName(QStringLiteral("ticketCount"));
    m_text->setObjectName(QStringLiteral("ticketFilter"));
    m_priority->setObjectName(QStringLiteral("ticketPriorityFilter"));
    m_view->setObjectName(QStringLiteral("ticketTable"));
    m_empty->setObjectName(QStringLiteral("ticketsEmpty"));

    auto* add = new QPushButton(Icons::get(QStringLiteral("new")), tr("New Ticket"), this);
    add->setObjectName(QStringLiteral("newTicketButton"));
    connect(add, &QPushButton::clicked, this, &TicketsScreen::newTicket);
    auto* titleRow = ScreenHeader::create(tr("Service Desk"), this, m_count).row;
    titleRow->addWidget(add);

    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    const std::pair<View, QString> views[] = {{View::MyOpen, tr("My open")},
                                              {View::Breached, tr("Breached")},
                                              {View::Waiting, tr("Waiting on customer")},
                                              {View::ResolvedThisWeek, tr("Resolved this week")},
                                              {View::All, tr("All tickets")}};
    for (const auto& [v, text] : views) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("ticketView%1").arg(static_cast<int>(v)));
        button->setCheckable(true);
        button->setProperty("chip", true);
        m_views->addButton(button, static_cast<int>(v));
        filterRow->addWidget(button);
    }
    m_views->setExclusive(true);
    filterRow->addSpacing(16);
    m_text->setPlaceholderText(tr("Filter by subject"));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    filterRow->addWidget(m_text, 1);
    m_priority->addItem(tr("Any priority"), QString());
    for (const TicketPriority p :
         {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal, TicketPriority::Low})
        m_priority->addItem(Format::ticketPriority(p), ticketPriorityKey(p));
    filterRow->addWidget(m_priority);
    connect(m_views, &QButtonGroup::idClicked, this, [this](int id) { setView(static_cast<View>(id)); });
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_priority, &QComboBox::currentIndexChanged, this, &TicketsScreen::applyFilter);

    TableStyle::apply(m_view);
    m_view->setModel(m_model);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicator(TicketTableModel::SlaColumn, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    const int widths[] = {300, 190, 110, 90, 120};
    for (int c = 0; c < TicketTableModel::SlaColumn; ++c)
        header->resizeSection(c, widths[c]);
    connect(header, &QHeaderView::sortIndicatorChanged, m_model, &TicketTableModel::sort);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { showTicket(index.data(TicketTableModel::IdRole).toLongLong()); });
    connect(m_model, &TicketTableModel::totalChanged, this, &TicketsScreen::updateState);
    connect(m_model, &TicketTableModel::loadFailed, &m_session, &Session::reportError);
    m_empty->setIcon(QStringLiteral("tickets"));
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    auto* queue = new QWidget(this);
    queue->setObjectName(QStringLiteral("ticketQueue"));
    auto* top = new QVBoxLayout;
    top->setContentsMargins(24, 16, 24, 10);
    top->setSpacing(12);
    top->addLayout(titleRow);
    top->addLayout(filterRow);
    auto* queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->setSpacing(0);
    queueLayout->addLayout(top);
    queueLayout->addWidget(m_listStack, 1);
    m_stack->addWidget(queue);
    m_stack->addWidget(m_page);
    connect(m_page, &TicketPage::backRequested, this, &TicketsScreen::showQueue);
    connect(m_page, &TicketPage::ticketGone, this, &TicketsScreen::showQueue);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, m_model, &TicketTableModel::refresh);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &TicketsScreen::applyFilter);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &TicketsScreen::tick);
    m_clock->start();
    connect(session.db().notifier(), &ChangeNotifier::changed, this, &TicketsScreen::onChanged);

    const int saved = QSettings().value(QStringLiteral("tickets/view"), static_cast<int>(View::MyOpen)).toInt();
    if (auto* button = m_views->button(qBound(0, saved, static_cast<int>(View::All))))
        button->setChecked(true);
}

void TicketsScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        applyFilter();
}

TicketsScreen::View TicketsScreen::currentView() const
{
    return static_cast<View>(qMax(0, m_views->checkedId()));
}

bool TicketsScreen::isShowingTicket() const
{
    return m_stack->currentWidget() == m_page;
}

void TicketsScreen::setView(View view)
{
    if (auto* button = m_views->button(static_cast<int>(view)))
        button->setChecked(true);
    QSettings().setValue(QStringLiteral("tickets/view"), static_cast<int>(view));
    applyFilter();
    showQueue();
}

void TicketsScreen::applyFilter()
{
    m_debounce->stop();
    m_loaded = true;
    TicketQuery q;
    q.text = m_text->text();
    if (const QString priority = m_priority->currentData().toString(); !priority.isEmpty())
        q.priority = ticketPriorityFromKey(priority);
    const QDateTime now = Clock::nowUtc();
    switch (currentView()) {
    case View::MyOpen:
        q.statuses = {TicketStatus::New, TicketStatus::Open};
        break;
    case View::Breached:
        q.breachedAt = now;
        break;
    case View::Waiting:
        q.statuses = {TicketStatus::Pending};
        break;
    case View::ResolvedThisWeek: {
        const QDate today = now.toLocalTime().date();
        q.resolvedSince = QDateTime(today.addDays(1 - today.dayOfWeek()), QTime(0, 0)).toUTC();
        break;
    }
    case View::All:
        break;
    }
    m_model->setFilter(q);
}

void TicketsScreen::updateState()
{
    const int total = m_model->rowCount();
    m_count->setText(tr("%n ticket(s)", nullptr, total));
    if (total > 0) {
        m_listStack->setCurrentWidget(m_view);
        return;
    }
    switch (currentView()) {
    case View::MyOpen:
        m_empty->setTitle(tr("Nothing waiting for you"));
        m_empty->setText(tr("New requests and complaints appear here until you answer and resolve them."));
        break;
    case View::Breached:
        m_empty->setTitle(tr("Every promise kept"));
        m_empty->setText(tr("No open ticket is past its first-reply or resolution time."));
        break;
    case View::Waiting:
        m_empty->setTitle(tr("Not waiting on anyone"));
        m_empty->setText(tr("Tickets you set to “Waiting on customer” gather here."));
        break;
    case View::ResolvedThisWeek:
        m_empty->setTitle(tr("Nothing resolved this week yet"));
        m_empty->setText(tr("Resolved tickets show here with the customer's satisfaction."));
        break;
    case View::All:
        m_empty->setTitle(tr("No tickets"));
        m_empty->setText(tr("A ticket is a customer's request or complaint, with a promised time to answer it."));
        break;
    }
    m_listStack->setCurrentWidget(m_empty);
}

void TicketsScreen::tick()
{
    if (currentView() == View::Breached)
        applyFilter();
    else
        m_model->refreshSla();
    m_page->tick();
}

void TicketsScreen::onChanged(Entity entity, qint64 id, ChangeKind kind)
{
    Q_UNUSED(id)
    Q_UNUSED(kind)
    if (m_loaded && (entity == Entity::Ticket || entity == Entity::Customer || entity == Entity::Activity))
        m_refresh->start();
}

void TicketsScreen::showTicket(qint64 id)
{
    if (id <= 0)
        return;
    m_page->setTicket(id);
    m_stack->setCurrentWidget(m_page);
    emit ticketShown(id);
}

void TicketsScreen::showQueue()
{
    m_stack->setCurrentIndex(0);
    m_view->setFocus(Qt::OtherFocusReason);
}

void TicketsScreen::newTicket()
{
    TicketDialog dialog(m_session, 0, QString(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.createdId() > 0)
        showTicket(dialog.createdId());
}

} // namespace rapport
