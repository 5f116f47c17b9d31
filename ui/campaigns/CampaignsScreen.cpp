#include "CampaignsScreen.h"

#include "CampaignDialog.h"
#include "CampaignPage.h"
#include "CareDialog.h"
#include "SegmentEditor.h"
#include "TagsDialog.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/SegmentRepository.h"
#include "common/EmptyState.h"
#include "common/Icons.h"
#include "common/Session.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"

#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {
namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

CampaignsScreen::CampaignsScreen(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_campaigns(new QListWidget(this)), m_segments(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_empty(new EmptyState(this)), m_page(new CampaignPage(session, this))
{
    setObjectName(QStringLiteral("campaignsScreen"));
    m_campaigns->setObjectName(QStringLiteral("campaignList"));
    m_segments->setObjectName(QStringLiteral("segmentList"));
    m_segments->setContextMenuPolicy(Qt::CustomContextMenu);
    m_segments->setToolTip(tr("Double-click a segment to edit it."));

    auto* newCampaignButton = new QPushButton(Icons::get(QStringLiteral("new")), tr("New campaign"), this);
    newCampaignButton->setObjectName(QStringLiteral("newCampaign"));
    auto* newSegmentButton = new QPushButton(Icons::get(QStringLiteral("new")), tr("New segment"), this);
    newSegmentButton->setObjectName(QStringLiteral("newSegment"));
    auto* tagsButton = new QPushButton(Icons::get(QStringLiteral("tag")), tr("Manage tags…"), this);
    tagsButton->setObjectName(QStringLiteral("manageTags"));
    auto* careButton = new QPushButton(Icons::get(QStringLiteral("birthday")), tr("Customer care…"), this);
    careButton->setObjectName(QStringLiteral("customerCare"));
    careButton->setToolTip(tr("Birthday and anniversary reminders, and rules that create follow-up tasks."));

    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("campaignSide"));
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 12, 6, 12);
    sideLayout->addWidget(heading(tr("Campaigns"), side));
    sideLayout->addWidget(m_campaigns, 3);
    sideLayout->addWidget(newCampaignButton);
    sideLayout->addSpacing(10);
    sideLayout->addWidget(heading(tr("Segments"), side));
    sideLayout->addWidget(m_segments, 2);
    sideLayout->addWidget(newSegmentButton);
    sideLayout->addWidget(tagsButton);
    sideLayout->addWidget(careButton);

    m_empty->setIcon(QStringLiteral("campaigns"));
    m_empty->setTitle(tr("No campaigns yet"));
    m_empty->setText(tr("Pick a group of customers with a segment, prepare a mailing or a promotion for them, and "
                        "see who responded and what it earned."));
    m_empty->setButtonText(tr("New campaign"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_page);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(newCampaignButton, &QPushButton::clicked, this, &CampaignsScreen::newCampaign);
    connect(m_empty, &EmptyState::buttonClicked, this, &CampaignsScreen::newCampaign);
    connect(newSegmentButton, &QPushButton::clicked, this, &CampaignsScreen::newSegment);
    connect(tagsButton, &QPushButton::clicked, this, &CampaignsScreen::manageTags);
    connect(careButton, &QPushButton::clicked, this, [this] {
        CareDialog dialog(m_session, this);
        dialog.exec();
    });
    connect(m_campaigns, &QListWidget::currentRowChanged, this, &CampaignsScreen::showCurrent);
    connect(m_segments, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { editSegment(item->data(Qt::UserRole).toLongLong()); });
    connect(m_segments, &QListWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QListWidgetItem* item = m_segments->itemAt(pos);
        if (!item)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        QMenu menu(this);
        menu.addAction(tr("Edit…"), this, [this, id] { editSegment(id); });
        menu.addAction(tr("Delete"), this, [this, id] { deleteSegment(id); });
        menu.exec(m_segments->viewport()->mapToGlobal(pos));
    });
    connect(m_page, &CampaignPage::removed, this, &CampaignsScreen::reload);
    connect(session.db().notifier(), &ChangeNotifier::changed, this, [this](Entity entity, qint64, ChangeKind) {
        if (entity == Entity::Campaign || entity == Entity::Segment) {
            m_dirty = true;
            if (isVisible())
                reload();
        }
    });
}

void CampaignsScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void CampaignsScreen::reload()
{
    m_dirty = false;
    const qint64 current = m_campaigns->currentItem() ? m_campaigns->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    CampaignRepository campaigns(m_session.db());
    {
        const QSignalBlocker block(m_campaigns);
        m_campaigns->clear();
        if (auto list = campaigns.list(true)) {
            for (const Campaign& c : list.value()) {
                auto* item = new QListWidgetItem(c.name, m_campaigns);
                item->setData(Qt::UserRole, c.id);
                item->setIcon(Icons::get(c.channel == CampaignChannel::Email     ? QStringLiteral("email")
                                         : c.channel == CampaignChannel::Message ? QStringLiteral("message")
                                         : c.channel == CampaignChannel::Phone   ? QStringLiteral("call")
                                         : c.channel == CampaignChannel::Event   ? QStringLiteral("meeting")
                                                                                 : QStringLiteral("campaigns")));
                item->setToolTip(CampaignText::channelName(c.channel));
                if (c.archivedAt.isValid())
                    item->setForeground(palette().color(QPalette::PlaceholderText));
                if (c.id == current)
                    m_campaigns->setCurrentItem(item);
            }
        } else {
            m_session.reportError(list.error().message);
        }
        if (!m_campaigns->currentItem() && m_campaigns->count() > 0)
            m_campaigns->setCurrentRow(0);
    }
    SegmentRepository segments(m_session.db());
    m_segments->clear();
    if (auto list = segments.list()) {
        for (const Segment& s : list.value()) {
            auto* item = new QListWidgetItem(s.name, m_segments);
            item->setData(Qt::UserRole, s.id);
        }
    }
    showCurrent();
}

void CampaignsScreen::showCurrent()
{
    QListWidgetItem* item = m_campaigns->currentItem();
    if (!item) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (m_page->campaignId() != id)
        m_page->setCampaign(id);
    else
        m_page->reload();
    m_stack->setCurrentWidget(m_page);
}

void CampaignsScreen::showCampaign(qint64 id)
{
    for (int row = 0; row < m_campaigns->count(); ++row) {
        if (m_campaigns->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_campaigns->setCurrentRow(row);
            return;
        }
    }
}

void CampaignsScreen::newCampaign()
{
    CampaignDialog dialog(m_session, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showCampaign(dialog.savedId());
}

void CampaignsScreen::newSegment()
{
    editSegment(0);
}

void CampaignsScreen::editSegment(qint64 id)
{
    SegmentEditor editor(m_session, id, this);
    if (editor.exec() == QDialog::Accepted)
        reload();
}

void CampaignsScreen::deleteSegment(qint64 id)
{
    auto segment = SegmentRepository(m_session.db()).get(id);
    if (!segment)
        return m_session.reportError(segment.error().message);
    const auto answer = QMessageBox::question(
        this, tr("Delete segment"),
        tr("Delete the segment \"%1\"? Campaigns built from it keep their audience.").arg(segment.value().name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = SegmentRepository(m_session.db()).remove(id); !removed)
        return m_session.reportError(removed.error().message);
    reload();
}

void CampaignsScreen::manageTags()
{
    TagsDialog dialog(m_session, this);
    dialog.exec();
}

} // namespace rapport
