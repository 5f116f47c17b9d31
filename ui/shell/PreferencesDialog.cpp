#include "PreferencesDialog.h"

#include "common/Format.h"
#include "common/Session.h"
#include "db/Database.h"
#include "deals/StageEditor.h"
#include "safety/BackupService.h"
#include "shell/Language.h"
#include "shell/Theme.h"
#include "tickets/SlaEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include <functional>

namespace rapport {

PreferencesDialog::PreferencesDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_business(new QLineEdit(this)), m_currency(new QComboBox(this)),
      m_language(new QComboBox(this)), m_theme(new QComboBox(this)), m_backupFolder(new QLineEdit(this)),
      m_error(new QLabel(this)), m_restartNote(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_stages(new StageEditor(session, this)), m_sla(new SlaEditor(session, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_business->setObjectName(QStringLiteral("businessNameEdit"));
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_backupFolder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_restartNote->setObjectName(QStringLiteral("restartNote"));

    Database& db = session.db();
    m_business->setText(session.businessName());
    m_business->setPlaceholderText(tr("Your business or trading name"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    for (const QString& code : Format::commonCurrencies())
        m_currency->addItem(code, code);
    m_currency->setCurrentText(session.currency());

    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::preference())));

    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Theme::preference())));

    const QString folder = BackupService::folderFor(db.path(), db.setting(QStringLiteral("backup_folder")));
    m_backupFolder->setText(QDir::toNativeSeparators(folder));
    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    connect(choose, &QPushButton::clicked, this, &PreferencesDialog::chooseBackupFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(choose);

    m_restartNote->setText(tr("The new language is used the next time Rapport starts."));
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_restartNote->setVisible(m_language->currentData().toString() != Language::preference()); });
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Business name:"), m_business);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("Appearance:"), m_theme);
    form->addRow(tr("Backup folder:"), folderRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    auto* general = new QWidget(this);
    general->setObjectName(QStringLiteral("generalPreferences"));
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->setContentsMargins(12, 12, 12, 12);
    generalLayout->addLayout(form);
    generalLayout->addStretch();
    m_tabs->setObjectName(QStringLiteral("preferencesTabs"));
    m_tabs->addTab(general, tr("General"));
    m_tabs->addTab(m_stages, tr("Pipeline"));
    m_tabs->addTab(m_sla, tr("Service Levels"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void PreferencesDialog::chooseBackupFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_backupFolder->text());
    if (!dir.isEmpty())
        m_backupFolder->setText(QDir::toNativeSeparators(dir));
}

void PreferencesDialog::accept()
{
    const QString currency = m_currency->currentText().trimmed().toUpper();
    if (currency.size() != 3 || !currency.at(0).isLetter() || !currency.at(1).isLetter() || !currency.at(2).isLetter()) {
        m_error->setText(tr("Use a three-letter currency code such as USD, EUR or CNY."));
        m_error->show();
        m_currency->setFocus(Qt::OtherFocusReason);
        return;
    }
    Database& db = m_session.db();
    const std::pair<QString, QString> settings[] = {
        {QStringLiteral("business_name"), m_business->text().trimmed()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("backup_folder"), QDir::fromNativeSeparators(m_backupFolder->text().trimmed())}};
    for (const auto& [key, value] : settings) {
        if (db.setting(key) == value)
            continue;
        if (auto saved = db.setSetting(key, value); !saved) {
            m_error->setText(saved.error().message);
            m_error->show();
            return;
        }
    }
    for (auto [page, apply] : {std::pair<QWidget*, std::function<Status()>>{m_stages, [this] { return m_stages->apply(); }},
                               {m_sla, [this] { return m_sla->apply(); }}}) {
        if (auto saved = apply(); !saved) {
            m_tabs->setCurrentWidget(page);
            m_error->setText(saved.error().message);
            m_error->show();
            return;
        }
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != Language::preference();
    Language::setPreference(language);
    const QString theme = m_theme->currentData().toString();
    if (theme != Theme::preference()) {
        Theme::setPreference(theme);
        Theme::apply();
    }
    QDialog::accept();
}

} // namespace rapport
