#pragma once

#include "common/FormDialog.h"
#include "deals/Deal.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace rapport {

// "New deal": title, amount in the business currency, stage and expected close date.
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
    QString m_currency;
    QLineEdit* m_title;
    QLineEdit* m_amount;
    QComboBox* m_stage;
    QDateEdit* m_close;
    std::optional<Deal> m_editing;
};

} // namespace rapport
