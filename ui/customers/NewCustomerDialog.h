#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace rapport {

class CustomerForm;
class Session;

// "New customer": the customer form in a sheet; Save creates the customer (or explains what is wrong).
class NewCustomerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCustomerDialog(Session& session, QWidget* parent = nullptr);

    CustomerForm* form() const { return m_form; }
    qint64 createdId() const { return m_createdId; }

    void accept() override;

private:
    Session& m_session;
    CustomerForm* m_form;
    QDialogButtonBox* m_buttons;
    qint64 m_createdId = 0;
};

} // namespace rapport
