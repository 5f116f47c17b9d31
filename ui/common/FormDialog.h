#pragma once

#include "Result.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace rapport {

class CustomerPicker;
class Session;

// Base of the small "new thing" dialogs: a title line, an aligned form, an error line, Save/Cancel.
// When no customer is given, a customer picker is the first row. Subclasses fill the form and save().
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    FormDialog(Session& session, qint64 customerId, const QString& customerName, QWidget* parent);

    qint64 customerId() const;
    QString errorText() const;
    // The record a "new" dialog created; 0 until then.
    qint64 createdId() const { return m_createdId; }
    void accept() override;

protected:
    // Writes the record; returns false after showError() when something is wrong.
    virtual bool save() = 0;
    void showError(const QString& message);
    // For save(): shows why a write was refused and returns false, or returns true.
    bool succeeded(const Status& status);
    // For save(): keeps the new record's id, or shows why it was not created.
    bool created(const Result<qint64>& id);
    QFormLayout* form() const { return m_form; }
    Session& session() const { return m_session; }
    void setSaveText(const QString& text);
    // A heading shown above the form, e.g. the customer's name.
    void setHeading(const QString& text);

private:
    Session& m_session;
    qint64 m_customerId;
    QLabel* m_heading;
    QLabel* m_error;
    QFormLayout* m_form;
    CustomerPicker* m_picker = nullptr;
    QDialogButtonBox* m_buttons;
    qint64 m_createdId = 0;
};

} // namespace rapport
