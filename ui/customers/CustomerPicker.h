#pragma once

#include "customers/CustomerQuery.h"

#include <QComboBox>

class QTimer;

namespace rapport {

class Database;

// An editable combo box that finds a customer (or only companies) as the owner types.
class CustomerPicker : public QComboBox
{
    Q_OBJECT
public:
    CustomerPicker(Database& db, std::optional<CustomerKind> kind, QWidget* parent = nullptr);

    qint64 customerId() const;
    void setCustomer(qint64 id, const QString& name);
    // Text typed that did not pick anyone (e.g. a new company's name).
    QString typedText() const;

signals:
    void customerChanged(qint64 id);

private:
    void search();
    void onEdited(const QString& text);
    void onActivated(int index);

    Database& m_db;
    std::optional<CustomerKind> m_kind;
    QTimer* m_debounce;
    qint64 m_id = 0;
    QString m_name;
};

} // namespace rapport
