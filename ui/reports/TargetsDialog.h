#pragma once

#include <QDate>
#include <QDialog>

class QTableWidget;

namespace rapport {

class Session;

// Monthly targets for revenue, new customers and tickets resolved within SLA; an empty cell has none.
class TargetsDialog : public QDialog
{
    Q_OBJECT
public:
    TargetsDialog(Session& session, const QDate& around, QWidget* parent = nullptr);
    void accept() override;

private:
    Session& m_session;
    QTableWidget* m_table;
    QStringList m_months;
};

} // namespace rapport
