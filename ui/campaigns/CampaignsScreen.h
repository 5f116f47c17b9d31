#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace rapport {

class CampaignPage;
class EmptyState;
class Session;

// The Campaigns screen: campaigns and saved segments on the left, the chosen campaign on the right.
class CampaignsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsScreen(Session& session, QWidget* parent = nullptr);

    CampaignPage* page() const { return m_page; }
    QListWidget* campaignList() const { return m_campaigns; }
    QListWidget* segmentList() const { return m_segments; }
    void showCampaign(qint64 id);

public slots:
    void reload();
    void newCampaign();
    void newSegment();
    void editSegment(qint64 id);
    void deleteSegment(qint64 id);
    void manageTags();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showCurrent();

    Session& m_session;
    QListWidget* m_campaigns;
    QListWidget* m_segments;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    CampaignPage* m_page;
    bool m_dirty = true;
};

} // namespace rapport
