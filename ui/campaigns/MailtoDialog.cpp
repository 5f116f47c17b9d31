#include "MailtoDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport {

MailtoDialog::MailtoDialog(const QStringList& links, QWidget* parent) : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("mailtoDialog"));
    setWindowTitle(tr("Email the audience"));
    auto* intro = new QLabel(tr("Your mail app accepts a limited number of recipients per message, so the audience "
                                "is split into %n batch(es). Open each one; the addresses go in BCC.",
                                nullptr, static_cast<int>(links.size())),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("mailtoBatches"));
    for (int i = 0; i < links.size(); ++i) {
        const int n = static_cast<int>(links[i].count(QLatin1Char(',')) + 1);
        auto* item = new QListWidgetItem(tr("Batch %1 — %n address(es)", nullptr, n).arg(i + 1), m_list);
        item->setData(Qt::UserRole, links[i]);
    }
    m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("Open in mail app"), QDialogButtonBox::ActionRole);
    auto* copy = buttons->addButton(tr("Copy addresses"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, &MailtoDialog::openCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &MailtoDialog::openCurrent);
    connect(copy, &QPushButton::clicked, this, &MailtoDialog::copyCurrent);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(460, 360);
}

void MailtoDialog::openCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    QDesktopServices::openUrl(QUrl(item->data(Qt::UserRole).toString()));
    item->setIcon(QIcon(QStringLiteral(":/icons/checkmark.svg")));
    m_list->setCurrentRow(qMin(m_list->currentRow() + 1, m_list->count() - 1));
}

void MailtoDialog::copyCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString link = item->data(Qt::UserRole).toString();
    const QString addresses = QUrl::fromPercentEncoding(link.mid(link.indexOf(QLatin1Char('=')) + 1).toUtf8());
    QApplication::clipboard()->setText(addresses.split(QLatin1Char(',')).join(QStringLiteral(", ")));
}

} // namespace rapport
