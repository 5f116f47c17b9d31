#include "NewCustomerDialog.h"

#include "common/Session.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerRepository.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport {

NewCustomerDialog::NewCustomerDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_form(new CustomerForm(session.db(), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newCustomerDialog"));
    setWindowTitle(tr("New Customer"));
    m_buttons->setObjectName(QStringLiteral("newCustomerButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Create"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->addWidget(m_form);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCustomerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCustomerDialog::reject);
    m_form->focusName();
    setMinimumWidth(520);
}

void NewCustomerDialog::accept()
{
    if (!m_form->validate()) {
        adjustSize(); // room for the message
        return;
    }
    auto created = CustomerRepository(m_session.db()).create(m_form->customer());
    if (!created) {
        m_form->showError(created.error().message);
        adjustSize();
        return;
    }
    m_createdId = created.value();
    QDialog::accept();
}

} // namespace rapport
