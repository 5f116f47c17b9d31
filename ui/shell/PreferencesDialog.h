#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rapport {

class Session;

// Preferences: business name and currency (stored in the database file), language and theme (this
// computer, QSettings), and the backup folder (database setting `backup_folder`).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Session& session, QWidget* parent = nullptr);

    void accept() override;
    bool languageChanged() const { return m_languageChanged; }

private:
    void chooseBackupFolder();

    Session& m_session;
    QLineEdit* m_business;
    QComboBox* m_currency;
    QComboBox* m_language;
    QComboBox* m_theme;
    QLineEdit* m_backupFolder;
    QLabel* m_error;
    QLabel* m_restartNote;
    bool m_languageChanged = false;
};

} // namespace rapport
