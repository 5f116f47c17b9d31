#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace rapport {

class Session;
class SlaEditor;
class StageEditor;

// Preferences: business name and currency (stored in the database file), language and theme (this
// computer, QSettings), and the backup folder (database setting `backup_folder`); the pipeline's stages
// and the service levels on their own tabs.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Session& session, QWidget* parent = nullptr);

    void accept() override;
    bool languageChanged() const { return m_languageChanged; }
    QTabWidget* tabs() const { return m_tabs; }
    StageEditor* stageEditor() const { return m_stages; }
    SlaEditor* slaEditor() const { return m_sla; }

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
    QTabWidget* m_tabs;
    StageEditor* m_stages;
    SlaEditor* m_sla;
    bool m_languageChanged = false;
};

} // namespace rapport
