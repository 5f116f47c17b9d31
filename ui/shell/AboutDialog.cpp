#include "AboutDialog.h"

#include "db/Database.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace rapport {
namespace {

QLabel* selectableLabel(const QString& text, const char* name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const Database& db, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Rapport"));

    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(QSize(72, 72), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    const QString version = QApplication::applicationVersion();
    auto* title = new QLabel(QStringLiteral("<span style='font-size:x-large; font-weight:600'>Rapport</span>"), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto* versionLabel = selectableLabel(tr("Version %1").arg(version), "aboutVersion", this);
    auto* blurb = new QLabel(tr("A desktop CRM for small businesses. Your customers, deals and support history "
                                "stay in one file on this computer."), this);
    blurb->setObjectName(QStringLiteral("aboutBlurb"));
    blurb->setWordWrap(true);
    auto* license = new QLabel(tr("Free software under the <a href=\"%1\">GNU General Public License, version 3 "
                                  "or later</a>.").arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")), this);
    license->setObjectName(QStringLiteral("aboutLicense"));
    license->setWordWrap(true);
    license->setOpenExternalLinks(true);
    license->setTextInteractionFlags(Qt::TextBrowserInteraction);

    const QString path = QDir::toNativeSeparators(db.path());
    const QString sqlite = db.sqliteVersion();
    // Built against one Qt, running on another (a system Qt updated since): both matter in a bug report.
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QStringLiteral(QT_VERSION_STR))
        qt = tr("%1 (built with %2)").arg(qt, QStringLiteral(QT_VERSION_STR));
    auto* facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Database:"), selectableLabel(path, "aboutDatabasePath", this));
    facts->addRow(tr("Qt:"), selectableLabel(qt, "aboutQtVersion", this));
    facts->addRow(tr("SQLite:"), selectableLabel(sqlite, "aboutSqliteVersion", this));

    m_details = QStringLiteral("Rapport %1\nDatabase: %2\nQt: %3\nSQLite: %4\nSystem: %5 (%6)")
                    .arg(version, path, qt, sqlite, QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    QPushButton* copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopyButton"));
    copy->setToolTip(tr("Copy the version and database details, for example for a problem report"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(title);
    text->addWidget(versionLabel);
    text->addWidget(blurb);
    text->addWidget(license);
    text->addSpacing(6);
    text->addLayout(facts);
    auto* top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 16);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(qMax(460, fontMetrics().horizontalAdvance(path) + 200));
    setMaximumWidth(900);
}

QString AboutDialog::details() const
{
    return m_details;
}

} // namespace rapport
