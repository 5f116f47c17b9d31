#pragma once

#include "campaigns/Campaign.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace rapport {

class MemberTableModel;
class Session;

// One campaign: what it is, its results (figures and a chart of the audience by status), its audience with
// bulk status changes, and the exports that hand the audience to a mail-merge or the mail client.
class CampaignPage : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignPage(Session& session, QWidget* parent = nullptr);

    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaign.id; }
    const CampaignResults& results() const { return m_results; }
    MemberTableModel* members() const { return m_model; }
    QTableView* memberTable() const { return m_table; }
    // Sets the status of the selected members.
    void markSelected(MemberStatus status);

public slots:
    void reload();
    void edit();
    void buildAudience();
    void exportCsv();
    void emailAudience();

signals:
    void removed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showResults();
    void toggleArchived();
    void remove();
    QLabel* addFigure(const QString& objectName, const QString& caption, int column);

    Session& m_session;
    Campaign m_campaign;
    CampaignResults m_results;
    QLabel* m_title;
    QLabel* m_details;
    QPushButton* m_archive;
    QLabel* m_audience = nullptr;
    QLabel* m_response = nullptr;
    QLabel* m_conversion = nullptr;
    QLabel* m_revenue = nullptr;
    QLabel* m_cost = nullptr;
    QLabel* m_roi = nullptr;
    QWidget* m_figures;
    QChartView* m_chart;
    QComboBox* m_filter;
    QComboBox* m_bulkStatus;
    QTableView* m_table;
    MemberTableModel* m_model;
    QTimer* m_reloadTimer;
    bool m_stale = false;
};

} // namespace rapport
