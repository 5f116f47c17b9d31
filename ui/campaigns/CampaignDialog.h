#pragma once

#include "campaigns/Campaign.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapport {

class Session;

// Creates or edits a campaign: name, channel, budget, dates, target segment, notes.
class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    CampaignDialog(Session& session, qint64 campaignId, QWidget* parent = nullptr);

    qint64 savedId() const { return m_campaign.id; }
    void setSegment(qint64 segmentId);
    QString errorText() const;
    void accept() override;

private:
    void fillSegments(qint64 select);
    void showError(const QString& message);

    Session& m_session;
    Campaign m_campaign;
    QLineEdit* m_name;
    QComboBox* m_channel;
    QLineEdit* m_budget;
    QComboBox* m_currency;
    QDateEdit* m_starts;
    QDateEdit* m_ends;
    QComboBox* m_segment;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
};

} // namespace rapport
