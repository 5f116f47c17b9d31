#pragma once

#include "common/FormDialog.h"
#include "deals/Deal.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace rapport {

// "New deal": title, amount in the business currency, stage, expected close date and the campaign it came from.
class DealDialog : public FormDialog
{
    Q_OBJECT
public:
    DealDialog(Session& session, qint64 customerId, const QString& customerName, QWidget* parent = nullptr);
    // Edits an existing deal instead (its stage moves on the board or its page); saving is undoable.
    void setDeal(const Deal& deal);

protected:
    bool save() override;

private:
    void fillCampaigns(qint64 select);

    QString m_currency;
    QLineEdit* m_title;
    QLineEdit* m_amount;
    QComboBox* m_stage;
    QDateEdit* m_close;
    QComboBox* m_campaign;
    std::optional<Deal> m_editing;
};

} // namespace rapport
