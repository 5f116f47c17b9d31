#include "TicketPage.h"

#include "Clock.h"
#include "activities/ActivityDialog.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/Session.h"
#include "customers/TimelineDelegate.h"
#include "customers/TimelineModel.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "tasks/TaskDialog.h"
#include "tickets/SlaState.h"
#include "tickets/SlaText.h"
#include "tickets/TicketCommands.h"
#include "tickets/TicketDialog.h"
#include "tickets/TicketRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {
namespace {

QString flowLabel(TicketStatus from, TicketStatus to)
{
    switch (to) {
    case TicketStatus::Open:
        if (from == TicketStatus::New)
            return TicketPage::tr("Start Work");
        if (from == TicketStatus::Pending)
            return TicketPage::tr("Customer Replied");
        return TicketPage::tr("Reopen");
    case TicketStatus::Pending:
        return TicketPage::tr("Waiting on Customer");
    case TicketStatus::Resolved:
        return TicketPage::tr("Resolve…");
    case TicketStatus::Closed:
        return TicketPage::tr("Close");
    case TicketStatus::New:
        break;
    }
    return Format::ticketStatus(to);
}

QString channelName(const QString& key)
{
    if (key == QStringLiteral("email"))
        return TicketPage::tr("Email");
    if (key == QStringLiteral("phone"))
        return TicketPage::tr("Phone");
    if (key == QStringLiteral("chat"))
        return TicketPage::tr("Chat");
    if (key == QStringLiteral("in_person"))
        return TicketPage::tr("In person");
    if (key == QStringLiteral("web"))
        return TicketPage::tr("Website");
    return TicketPage::tr("Other");
}

} // namespace

TicketPage::TicketPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_refresh(new QTimer(this)),
      m_conversation(new TimelineModel(session.db(), this))
{
    setObjectName(QStringLiteral("ticketPage"));
    auto* back = new QPushButton(QStringLiteral("‹  ") + tr("Service Desk"), this);
    back->setObjectName(QStringLiteral("ticketBackButton"));
    back->setFlat(true);
    back->setShortcut(QKeySequence::Back);
    connect(back, &QPushButton::clicked, this, &TicketPage::backRequested);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("ticketPagePriority"));
    for (const TicketPriority p :
         {TicketPriority::Low, TicketPriority::Normal, TicketPriority::High, TicketPriority::Urgent})
        m_priority->addItem(tr("%1 priority").arg(Format::ticketPriority(p)), ticketPriorityKey(p));
    connect(m_priority, &QComboBox::activated, this, &TicketPage::onPriorityChosen);
    auto* edit = new QPushButton(Icons::get(QStringLiteral("edit")), tr("Edit"), this);
    edit->setObjectName(QStringLiteral("editTicketButton"));
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(edit, &QPushButton::clicked, this, &TicketPage::edit);
    auto* nav = new QHBoxLayout;
    nav->addWidget(back);
    nav->addStretch();
    nav->addWidget(m_priority);
    nav->addWidget(edit);

    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("ticketSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    m_subject->setFont(big);
    m_customer = new QLabel(this);
    m_customer->setObjectName(QStringLiteral("ticketCustomerLink"));
    m_customer->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_customer, &QLabel::linkActivated, this,
            [this] { m_session.openCustomer(m_ticket.customerId, Session::CustomerTab::Tickets); });
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("ticketFacts"));
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_sla = new QLabel(this);
    m_sla->setObjectName(QStringLiteral("ticketSla"));
    QFont bold = m_sla->font();
    bold.setWeight(QFont::DemiBold);
    m_sla->setFont(bold);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ticketStatus"));
    m_status->setFont(bold);
    m_flow = new QWidget(this);
    m_flow->setObjectName(QStringLiteral("ticketFlow"));
    m_flowLayout = new QHBoxLayout(m_flow);
    m_flowLayout->setContentsMargins(0, 0, 0, 0);
    m_flowLayout->setSpacing(6);
    auto* flowRow = new QHBoxLayout;
    flowRow->addWidget(m_status);
    flowRow->addSpacing(12);
    flowRow->addWidget(m_flow);
    flowRow->addStretch();

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("ticketDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resolution = new QLabel(this);
    m_resolution->setObjectName(QStringLiteral("ticketResolution"));
    m_resolution->setTextFormat(Qt::PlainText);
    m_resolution->setWordWrap(true);

    // Satisfaction: five stars and a line of feedback, once resolved.
    m_satisfactionBox = new QFrame(this);
    m_satisfactionBox->setObjectName(QStringLiteral("satisfactionBox"));
    m_stars = new QButtonGroup(this);
    m_stars->setExclusive(true);
    auto* starRow = new QHBoxLayout(m_satisfactionBox);
    starRow->setContentsMargins(0, 0, 0, 0);
    starRow->setSpacing(2);
    starRow->addWidget(new QLabel(tr("Customer satisfaction:"), m_satisfactionBox));
    for (int score = 1; score <= 5; ++score) {
        auto* star = new QToolButton(m_satisfactionBox);
        star->setObjectName(QStringLiteral("satisfactionStar_%1").arg(score));
        star->setCheckable(true);
        star->setAutoRaise(true);
        star->setText(QStringLiteral("★"));
        star->setToolTip(tr("%n of 5", nullptr, score));
        m_stars->addButton(star, score);
        starRow->addWidget(star);
    }
    // Stars up to the chosen one light up.
    connect(m_stars, &QButtonGroup::idToggled, this, [this] {
        const int chosen = m_stars->checkedId();
        for (int score = 1; score <= 5; ++score)
            m_stars->button(score)->setStyleSheet(
                score <= chosen ? QStringLiteral("QToolButton { color: #f9a825; font-size: 18px; }")
                                : QStringLiteral("QToolButton { color: palette(mid); font-size: 18px; }"));
    });
    m_feedback = new QLineEdit(m_satisfactionBox);
    m_feedback->setObjectName(QStringLiteral("feedbackEdit"));
    m_feedback->setPlaceholderText(tr("What the customer said (optional)"));
    m_saveSatisfaction = new QPushButton(tr("Save"), m_satisfactionBox);
    m_saveSatisfaction->setObjectName(QStringLiteral("saveSatisfactionButton"));
    connect(m_saveSatisfaction, &QPushButton::clicked, this, &TicketPage::saveSatisfaction);
    starRow->addSpacing(8);
    starRow->addWidget(m_feedback, 1);
    starRow->addWidget(m_saveSatisfaction);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(6);
    auto* reply = new QPushButton(Icons::get(QStringLiteral("email")), tr("Log Reply"), this);
    reply->setObjectName(QStringLiteral("logReplyButton"));
    reply->setProperty("primary", true);
    reply->setToolTip(tr("Record the answer you sent; the first one sets the first response time."));
    connect(reply, &QPushButton::clicked, this, &TicketPage::logReply);
    actions->addWidget(reply);
    const std::tuple<const char*, const char*, QString, int> logs[] = {
        {"ticketLogCallButton", "call", tr("Log Call"), static_cast<int>(ActivityKind::Call)},
        {"ticketAddNoteButton", "note", tr("Add Note"), static_cast<int>(ActivityKind::Note)}};
    for (const auto& [name, icon, text, kind] : logs) {
        auto* button = new QPushButton(Icons::get(QString::fromLatin1(icon)), text, this);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, [this, k = kind] { logActivity(k); });
        actions->addWidget(button);
    }
    auto* task = new QPushButton(Icons::get(QStringLiteral("tasks")), tr("Add Task"), this);
    task->setObjectName(QStringLiteral("ticketAddTaskButton"));
    connect(task, &QPushButton::clicked, this, &TicketPage::addTask);
    actions->addWidget(task);
    actions->addStretch();

    auto* conversationTitle = new QLabel(tr("Conversation"), this);
    conversationTitle->setFont(bold);
    m_conversationView = new QListView(this);
    m_conversationView->setObjectName(QStringLiteral("ticketConversation"));
    m_conversationView->setModel(m_conversation);
    m_conversationView->setItemDelegate(new TimelineDelegate(m_conversationView));
    m_conversationView->setUniformItemSizes(true);
    m_conversationView->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 10, 24, 12);
    layout->setSpacing(8);
    layout->addLayout(nav);
    layout->addWidget(m_subject);
    layout->addWidget(m_customer);
    layout->addWidget(m_facts);
    layout->addWidget(m_sla);
    layout->addSpacing(4);
    layout->addLayout(flowRow);
    layout->addWidget(m_description);
    layout->addWidget(m_resolution);
    layout->addWidget(m_satisfactionBox);
    layout->addSpacing(4);
    layout->addLayout(actions);
    layout->addSpacing(4);
    layout->addWidget(conversationTitle);
    layout->addWidget(m_conversationView, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &TicketPage::reload);
    connect(session.db().notifier(), &ChangeNotifier::changed, this, &TicketPage::onChanged);
}

void TicketPage::setTicket(qint64 id)
{
    m_ticket = Ticket{};
    m_ticket.id = id;
    reload();
}

void TicketPage::reload()
{
    auto found = TicketRepository(m_session.db()).get(m_ticket.id);
    if (!found) {
        if (found.error().code == QStringLiteral("not_found"))
            emit ticketGone();
        else
            m_session.reportError(found.error().message);
        return;
    }
    m_ticket = found.take();
    const Ticket& t = m_ticket;
    m_subject->setText(t.subject);
    m_customer->setText(QStringLiteral("<a href=\"customer\">%1</a>").arg(t.customerName.toHtmlEscaped()));
    m_facts->setText(tr("#%1 · %2 · opened %3").arg(t.id).arg(channelName(t.channel), Format::dateTime(t.createdAt)));
    m_status->setText(tr("Status: %1").arg(Format::ticketStatus(t.status)));
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(ticketPriorityKey(t.priority))));
    m_description->setText(t.description.isEmpty() ? tr("No description.") : t.description);
    m_resolution->setText(tr("Resolution: %1").arg(t.resolution));
    m_resolution->setVisible(!t.resolution.isEmpty());
    const bool settled = !isUnresolved(t.status);
    m_satisfactionBox->setVisible(settled);
    if (QAbstractButton* star = m_stars->button(t.satisfaction))
        star->setChecked(true);
    else if (QAbstractButton* checked = m_stars->checkedButton()) {
        m_stars->setExclusive(false);
        checked->setChecked(false);
        m_stars->setExclusive(true);
    }
    m_feedback->setText(t.feedback);
    rebuildFlow();
    tick();
    m_conversation->setTicket(t.id);
}

void TicketPage::tick()
{
    if (m_ticket.id <= 0)
        return;
    const QDateTime now = Clock::nowUtc();
    const SlaStatus sla = slaStatus(m_ticket, now);
    QStringList parts;
    parts << SlaText::describe(sla, now);
    if (m_ticket.firstResponseAt.isValid()) {
        const int minutes = static_cast<int>(m_ticket.createdAt.secsTo(m_ticket.firstResponseAt) / 60);
        parts << tr("first reply after %1").arg(minutes < 1 ? tr("under a minute") : Format::duration(minutes));
    }
    m_sla->setText(tr("SLA: %1").arg(parts.join(QStringLiteral(" · "))));
    QPalette colours = m_sla->palette();
    colours.setColor(QPalette::WindowText, SlaText::color(sla.state, palette()));
    m_sla->setPalette(colours);
    m_sla->setProperty("slaState", static_cast<int>(sla.state));
}

void TicketPage::rebuildFlow()
{
    while (QLayoutItem* item = m_flowLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const TicketStatus next : TicketRepository::nextStatuses(m_ticket.status)) {
        auto* button = new QPushButton(flowLabel(m_ticket.status, next), m_flow);
        button->setObjectName(QStringLiteral("ticketTo_%1").arg(ticketStatusKey(next)));
        if (next == TicketStatus::Resolved)
            connect(button, &QPushButton::clicked, this, &TicketPage::resolve);
        else
            connect(button, &QPushButton::clicked, this, [this, next] { moveTo(next); });
        m_flowLayout->addWidget(button);
    }
}

void TicketPage::onChanged(Entity entity, qint64 id, ChangeKind kind)
{
    if (m_ticket.id <= 0)
        return;
    if (entity == Entity::Ticket && id == m_ticket.id && kind == ChangeKind::Deleted) {
        emit ticketGone();
        return;
    }
    if (entity == Entity::Ticket || entity == Entity::Activity || entity == Entity::Task || entity == Entity::Customer)
        m_refresh->start();
}

void TicketPage::edit()
{
    TicketDialog dialog(m_session, m_ticket.customerId, m_ticket.customerName, this);
    dialog.setTicket(m_ticket);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TicketPage::moveTo(TicketStatus status)
{
    if (m_session.run(std::make_unique<TicketStatusCommand>(m_session, m_ticket, status)))
        m_session.showMessage(tr("“%1” is now %2.").arg(m_ticket.subject, Format::ticketStatus(status)));
    reload();
}

void TicketPage::resolve()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("resolveTicketDialog"));
    dialog.setWindowTitle(tr("Resolve Ticket"));
    auto* label = new QLabel(tr("How was “%1” resolved?").arg(m_ticket.subject), &dialog);
    label->setWordWrap(true);
    auto* text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("resolutionEdit"));
    text->setPlaceholderText(tr("e.g. Sent a replacement; the customer confirmed it works"));
    text->setPlainText(m_ticket.resolution);
    text->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resolve"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmResolveButton"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(460, 240);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_session.run(std::make_unique<TicketStatusCommand>(m_session, m_ticket, TicketStatus::Resolved,
                                                            text->toPlainText().trimmed())))
        m_session.showMessage(tr("“%1” is resolved. Ask the customer how it went.").arg(m_ticket.subject));
    reload();
}

void TicketPage::saveSatisfaction()
{
    const int score = m_stars->checkedId();
    if (score < 1) {
        m_session.showMessage(tr("Choose one to five stars first."));
        return;
    }
    m_session.run(
        std::make_unique<TicketSatisfactionCommand>(m_session, m_ticket, score, m_feedback->text().trimmed()));
    reload();
}

void TicketPage::onPriorityChosen(int index)
{
    Ticket after = m_ticket;
    after.priority = ticketPriorityFromKey(m_priority->itemData(index).toString());
    if (after.priority == m_ticket.priority)
        return;
    m_session.run(std::make_unique<EditTicketCommand>(m_session, m_ticket, after));
    reload();
}

void TicketPage::logReply()
{
    ActivityDialog dialog(m_session, ActivityKind::Email, m_ticket.customerId, m_ticket.customerName, this);
    dialog.setLinks(0, m_ticket.id);
    dialog.setWindowTitle(tr("Log Reply"));
    dialog.exec();
}

void TicketPage::logActivity(int kind)
{
    ActivityDialog dialog(m_session, static_cast<ActivityKind>(kind), m_ticket.customerId, m_ticket.customerName, this);
    dialog.setLinks(0, m_ticket.id);
    dialog.exec();
}

void TicketPage::addTask()
{
    TaskDialog dialog(m_session, m_ticket.customerId, m_ticket.customerName, this);
    dialog.setTicket(m_ticket.id);
    dialog.exec();
}

} // namespace rapport
