#include "TagDialog.h"

#include "customers/CustomerRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

TagDialog::TagDialog(Database& db, int customers, QWidget* parent) : QDialog(parent), m_tag(new QComboBox(this))
{
    setObjectName(QStringLiteral("tagDialog"));
    setWindowTitle(tr("Add Tag"));
    m_tag->setObjectName(QStringLiteral("tagCombo"));
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_tag->completer()->setFilterMode(Qt::MatchContains);
    if (auto tags = CustomerRepository(db).allTags())
        m_tag->addItems(tags.value());
    m_tag->setCurrentIndex(-1);
    m_tag->lineEdit()->setPlaceholderText(tr("An existing tag or a new one"));

    auto* label = new QLabel(tr("Tag %n selected customer(s) with:", nullptr, customers), this);
    label->setObjectName(QStringLiteral("tagDialogLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("tagDialogButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Tag"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TagDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TagDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addWidget(label);
    layout->addWidget(m_tag);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(360);
}

QString TagDialog::tag() const
{
    return m_tag->currentText().trimmed();
}

} // namespace rapport
