#pragma once

#include <QDialog>

class QComboBox;

namespace rapport {

class Database;

// Asks for one tag (an existing one or a new name) to put on the selected customers.
class TagDialog : public QDialog
{
    Q_OBJECT
public:
    TagDialog(Database& db, int customers, QWidget* parent = nullptr);
    QString tag() const;

private:
    QComboBox* m_tag;
};

} // namespace rapport
