#include "FormDialog.h"

#include "common/Session.h"
#include "customers/CustomerPicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

FormDialog::FormDialog(Session& session, qint64 customerId, const QString& customerName, QWidget* parent)
    : QDialog(parent), m_session(session), m_customerId(customerId), m_heading(new QLabel(this)),
      m_error(new QLabel(this)), m_form(new QFormLayout),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_heading->setObjectName(QStringLiteral("formHeading"));
    m_error->setObjectName(QStringLiteral("formError"));
    m_buttons->setObjectName(QStringLiteral("formButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setVisible(!customerName.isEmpty());
    m_heading->setText(customerName);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_error->hide();

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (customerId <= 0) {
        m_picker = new CustomerPicker(session.db(), std::nullopt, this);
        m_picker->setObjectName(QStringLiteral("customerPicker"));
        m_form->addRow(tr("Customer:"), m_picker);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    setMinimumWidth(460);
}

qint64 FormDialog::customerId() const
{
    return m_picker ? m_picker->customerId() : m_customerId;
}

QString FormDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FormDialog::accept()
{
    if (customerId() <= 0) {
        showError(tr("Choose a customer from the list first."));
        if (m_picker)
            m_picker->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (save())
        QDialog::accept();
}

void FormDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    if (isVisible())
        adjustSize(); // room for the message
}

bool FormDialog::succeeded(const Status& status)
{
    if (!status)
        showError(status.error().message);
    return status.ok();
}

bool FormDialog::created(const Result<qint64>& id)
{
    if (!id) {
        showError(id.error().message);
        return false;
    }
    m_createdId = id.value();
    return true;
}

void FormDialog::setSaveText(const QString& text)
{
    m_buttons->button(QDialogButtonBox::Save)->setText(text);
}

void FormDialog::setHeading(const QString& text)
{
    m_heading->setText(text);
    m_heading->setVisible(!text.isEmpty());
}

} // namespace rapport
