#include "WelcomeWindow.h"

#include "common/Format.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace rapport {
namespace {

QString localCurrency()
{
    const QString code = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return code.size() == 3 ? code : QStringLiteral("USD");
}

} // namespace

WelcomeWindow::WelcomeWindow(const QString& path, QWidget* parent)
    : QWidget(parent), m_path(path), m_business(new QLineEdit(this)), m_currency(new QComboBox(this)),
      m_error(new QLabel(this)), m_empty(new QPushButton(tr("Start Empty"), this)),
      m_sample(new QPushButton(tr("Try with Sample Data"), this)), m_progressBox(new QWidget(this)),
      m_progressLabel(new QLabel(m_progressBox)), m_progress(new QProgressBar(m_progressBox)),
      m_cancel(new QPushButton(tr("Cancel"), m_progressBox)), m_openExisting(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomeWindow"));
    setWindowTitle(tr("Welcome to Rapport"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_business->setObjectName(QStringLiteral("welcomeBusinessEdit"));
    m_currency->setObjectName(QStringLiteral("welcomeCurrencyCombo"));
    m_error->setObjectName(QStringLiteral("welcomeError"));
    m_empty->setObjectName(QStringLiteral("startEmptyButton"));
    m_sample->setObjectName(QStringLiteral("startSampleButton"));
    m_progressBox->setObjectName(QStringLiteral("welcomeProgressBox"));
    m_progressLabel->setObjectName(QStringLiteral("welcomeProgressLabel"));
    m_progress->setObjectName(QStringLiteral("welcomeProgress"));
    m_cancel->setObjectName(QStringLiteral("welcomeCancelButton"));
    m_openExisting->setObjectName(QStringLiteral("openExistingLink"));

    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("welcomeIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(QSize(88, 88), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("Welcome to Rapport"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto* intro = new QLabel(tr("Keep every customer, deal and support request in one place: a single file on this "
                                "computer that only you control. It works offline."),
                             this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    intro->setForegroundRole(QPalette::PlaceholderText);
    // Centred by the layout, a wrapped label is only given the height its text needs when its width is
    // fixed; with a maximum width alone its lines were cut off (seen in the Chinese and 200% screenshots).
    intro->setFixedWidth(460);

    m_business->setPlaceholderText(tr("e.g. Harbour Street Bakery"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    for (const QString& code : Format::commonCurrencies())
        m_currency->addItem(code);
    m_currency->setCurrentText(localCurrency());
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Business name:"), m_business);
    form->addRow(tr("Currency:"), m_currency);
    auto* where = new QLabel(tr("Your data will be kept in %1").arg(QDir::toNativeSeparators(path)), this);
    where->setObjectName(QStringLiteral("welcomePath"));
    where->setWordWrap(true);
    where->setForegroundRole(QPalette::PlaceholderText);
    QFont small = where->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    where->setFont(small);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_error->hide();
    m_sample->setDefault(true);
    m_sample->setProperty("primary", true);
    m_empty->setProperty("large", true);
    m_sample->setToolTip(tr("Fills Rapport with made-up customers, deals and tickets so you can look around."));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_empty);
    buttons->addWidget(m_sample);
    buttons->addStretch();

    m_progressLabel->setText(tr("Creating sample customers, deals and tickets…"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    auto* progressLayout = new QVBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addLayout(progressRow);
    m_progressBox->hide();

    m_openExisting->setText(QStringLiteral("<a href=\"open\" style=\"text-decoration:none\">%1</a>")
                                .arg(tr("Open an existing database…").toHtmlEscaped()));
    m_openExisting->setAlignment(Qt::AlignCenter);
    m_openExisting->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(56, 28, 56, 24);
    layout->setSpacing(10);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(intro, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addLayout(form);
    layout->addWidget(where);
    layout->addSpacing(12);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_progressBox);
    layout->addStretch(2);
    layout->addWidget(m_openExisting);

    connect(m_empty, &QPushButton::clicked, this, &WelcomeWindow::startEmpty);
    connect(m_sample, &QPushButton::clicked, this, &WelcomeWindow::startWithSample);
    connect(m_cancel, &QPushButton::clicked, this, &WelcomeWindow::cancel);
    connect(m_openExisting, &QLabel::linkActivated, this, &WelcomeWindow::openExistingRequested);
    setMinimumSize(600, 560);
    m_business->setFocus(Qt::OtherFocusReason);
}

WelcomeWindow::~WelcomeWindow()
{
    if (m_worker) {
        m_cancelled = true;
        m_worker->wait();
    }
}

bool WelcomeWindow::isWorking() const
{
    return m_worker != nullptr;
}

void WelcomeWindow::closeEvent(QCloseEvent* event)
{
    if (m_worker) {
        cancel();
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void WelcomeWindow::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

// Creates the database (or opens the one made by an earlier, cancelled attempt) and saves the settings.
bool WelcomeWindow::prepare()
{
    const QString currency = m_currency->currentText().trimmed().toUpper();
    if (currency.size() != 3) {
        showError(tr("Use a three-letter currency code such as USD, EUR or CNY."));
        m_currency->setFocus(Qt::OtherFocusReason);
        return false;
    }
    auto opened = Database::open(m_path);
    if (!opened) {
        showError(opened.error().message);
        return false;
    }
    auto db = opened.take();
    for (const auto& [key, value] : {std::pair{QStringLiteral("business_name"), m_business->text().trimmed()},
                                     std::pair{QStringLiteral("currency"), currency}}) {
        if (auto saved = db->setSetting(key, value); !saved) {
            showError(saved.error().message);
            return false;
        }
    }
    showError(QString());
    return true;
}

void WelcomeWindow::startEmpty()
{
    if (prepare())
        emit ready(m_path);
}

void WelcomeWindow::startWithSample()
{
    if (m_worker || !prepare())
        return;
    setWorking(true);
    m_cancelled = false;
    m_workerError.clear();
    const QString path = m_path;
    DemoOptions options;
    options.customers = m_sampleCustomers;
    options.currency = m_currency->currentText().trimmed().toUpper();
    // The worker opens its own connection (and the lock), fills the file in one transaction, and closes it.
    m_worker = QThread::create([this, path, options] {
        auto opened = Database::open(path);
        if (!opened) {
            m_workerError = opened.error().message;
            return;
        }
        auto db = opened.take();
        auto progress = [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
            return !m_cancelled.load();
        };
        auto generated = DemoGenerator::generate(*db, options, progress);
        if (!generated && !m_cancelled)
            m_workerError = generated.error().message;
    });
    m_worker->setObjectName(QStringLiteral("demoGeneratorThread"));
    connect(m_worker, &QThread::finished, this, &WelcomeWindow::onGenerated);
    m_worker->start();
}

void WelcomeWindow::onProgress(int done, int total)
{
    if (!m_worker)
        return;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(qMin(done, total));
}

void WelcomeWindow::onGenerated()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    setWorking(false);
    if (m_cancelled) {
        m_progressLabel->setText(QString());
        showError(tr("Sample data was not added. You can start empty or try again."));
        return;
    }
    if (!m_workerError.isEmpty()) {
        showError(m_workerError);
        return;
    }
    emit ready(m_path);
}

void WelcomeWindow::cancel()
{
    m_cancelled = true;
    m_cancel->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
}

void WelcomeWindow::setWorking(bool working)
{
    m_progressBox->setVisible(working);
    m_cancel->setEnabled(working);
    if (working) {
        m_progressLabel->setText(tr("Creating sample customers, deals and tickets…"));
        m_progress->setRange(0, 0);
    }
    for (QWidget* w : {static_cast<QWidget*>(m_empty), static_cast<QWidget*>(m_sample),
                       static_cast<QWidget*>(m_business), static_cast<QWidget*>(m_currency),
                       static_cast<QWidget*>(m_openExisting)})
        w->setEnabled(!working);
}

} // namespace rapport
