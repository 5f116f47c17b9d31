#pragma once

#include <QDialog>

class QLabel;

namespace rapport {

class Database;

// Help ▸ About Rapport: version, licence, where the data lives, and the Qt and SQLite versions —
// what an owner is asked for when reporting a problem. "Copy Details" puts those lines on the clipboard.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const Database& db, QWidget* parent = nullptr);

    // Plain-text lines: Rapport version, database path, Qt version, SQLite version, operating system.
    QString details() const;

private:
    QString m_details;
};

} // namespace rapport
