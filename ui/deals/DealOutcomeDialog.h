#pragma once

#include "deals/Deal.h"

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace rapport {

// Closing a deal as won (when it was signed) or lost (when, and why). The reason is optional but offered:
// the loss reasons report reads it.
class DealOutcomeDialog : public QDialog
{
    Q_OBJECT
public:
    DealOutcomeDialog(const Deal& deal, DealStatus outcome, QWidget* parent = nullptr);

    // The close date as an instant: now for today, midday local time for another day.
    QDateTime closedAt() const;
    QString lostReason() const;
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* reasonCombo() const { return m_reason; }

private:
    DealStatus m_outcome;
    QDateEdit* m_date;
    QComboBox* m_reason = nullptr;
};

} // namespace rapport
