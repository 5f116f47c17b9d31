#pragma once

#include "activities/Activity.h"
#include "common/FormDialog.h"

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace rapport {

// "Log call / email / meeting / note": kind, one-line summary, optional details and duration.
// Built to be filled in seconds: the summary has focus and Enter saves.
class ActivityDialog : public FormDialog
{
    Q_OBJECT
public:
    ActivityDialog(Session& session, ActivityKind kind, qint64 customerId, const QString& customerName,
                   QWidget* parent = nullptr);

    ActivityKind kind() const;
    void setKind(ActivityKind kind);
    qint64 loggedId() const { return m_loggedId; }
    // Logs the activity on a deal or a ticket too (an outgoing call or email on a ticket is its reply).
    void setLinks(qint64 dealId, qint64 ticketId);

protected:
    bool save() override;

private:
    void updateForKind();

    QButtonGroup* m_kinds;
    QLineEdit* m_summary;
    QComboBox* m_direction;
    QDateTimeEdit* m_when;
    QSpinBox* m_duration;
    QPlainTextEdit* m_body;
    qint64 m_loggedId = 0;
    qint64 m_dealId = 0;
    qint64 m_ticketId = 0;
};

} // namespace rapport
