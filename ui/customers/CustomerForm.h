#pragma once

#include "customers/Customer.h"

#include <QWidget>

class QButtonGroup;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace rapport {

class CustomerPicker;
class Database;

// The customer's details as a form, used by "New customer" and by the customer page's Edit mode.
// validated() checks with the core's rules and puts the message under the form, focusing the field.
class CustomerForm : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerForm(Database& db, QWidget* parent = nullptr);

    void setCustomer(const Customer& customer);
    // The form's content over the customer it was given (id, timestamps and derived values kept).
    Customer customer() const;
    // True if valid; otherwise shows the message and focuses the field at fault.
    bool validate();
    void showError(const QString& message);
    void clearError();
    QString errorText() const;
    void focusName();

signals:
    void kindChanged();

private:
    void updateForKind();
    QWidget* fieldAtFault(const Customer& c) const;

    Database& m_db;
    Customer m_base;
    QLabel* m_error;
    QRadioButton* m_person;
    QRadioButton* m_company;
    QButtonGroup* m_kindGroup;
    QLineEdit* m_name;
    QLabel* m_companyLabel;
    CustomerPicker* m_companyPicker;
    QLabel* m_jobTitleLabel;
    QLineEdit* m_jobTitle;
    QLineEdit* m_email;
    QLineEdit* m_email2;
    QLineEdit* m_phone;
    QLineEdit* m_mobile;
    QLineEdit* m_website;
    QLineEdit* m_street;
    QLineEdit* m_city;
    QLineEdit* m_region;
    QLineEdit* m_postalCode;
    QLineEdit* m_country;
    QLabel* m_birthdayLabel;
    QDateEdit* m_birthday;
    QLineEdit* m_source;
    QLineEdit* m_tags;
    QPlainTextEdit* m_notes;
};

} // namespace rapport
