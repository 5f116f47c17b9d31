#pragma once

#include "campaigns/CareRules.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;
class QTableWidget;

namespace rapport {

class Session;

// Customer care settings: how far ahead birthdays and anniversaries show on Today, which rules create
// tasks and after how many days, and the list of what the rules have created.
class CareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CareDialog(Session& session, QWidget* parent = nullptr);

    CareSettings settings() const;
    QTableWidget* createdTable() const { return m_created; }
    void accept() override;
    // Saves the settings and runs the rules now (for the owner who just switched one on).
    void runNow();

private:
    void fillCreated();

    Session& m_session;
    QSpinBox* m_reminderDays;
    std::array<QCheckBox*, kCareRuleCount> m_enabled{};
    std::array<QSpinBox*, kCareRuleCount> m_days{};
    QTableWidget* m_created;
};

} // namespace rapport
