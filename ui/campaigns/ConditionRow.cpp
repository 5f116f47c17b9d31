#include "ConditionRow.h"

#include "analytics/ValueTiers.h"
#include "common/Format.h"
#include "common/Icons.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace rapport {

ConditionRow::ConditionRow(const QString& currency, const QStringList& tags, QWidget* parent)
    : QWidget(parent), m_currency(currency), m_field(new QComboBox(this)), m_op(new QComboBox(this)),
      m_text(new QLineEdit(this)), m_choice(new QComboBox(this)), m_date(new QDateEdit(this)),
      m_amount(new QLineEdit(this)), m_and(new QLabel(tr("and"), this)), m_amount2(new QLineEdit(this)),
      m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("conditionRow"));
    m_field->setObjectName(QStringLiteral("conditionField"));
    m_op->setObjectName(QStringLiteral("conditionOp"));
    m_text->setObjectName(QStringLiteral("conditionText"));
    m_choice->setObjectName(QStringLiteral("conditionChoice"));
    m_date->setObjectName(QStringLiteral("conditionDate"));
    m_amount->setObjectName(QStringLiteral("conditionAmount"));
    m_amount2->setObjectName(QStringLiteral("conditionAmount2"));
    m_remove->setObjectName(QStringLiteral("conditionRemove"));
    m_remove->setIcon(Icons::get(QStringLiteral("delete")));
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAutoRaise(true);
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate().addYears(-1));
    m_amount->setPlaceholderText(currency);
    m_amount2->setPlaceholderText(currency);
    auto* completer = new QCompleter(tags, m_text);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_text->setCompleter(completer);
    for (SegmentField f : SegmentRules::fields())
        m_field->addItem(SegmentRules::fieldName(f), static_cast<int>(f));
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_op->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_op);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_amount, 1);
    layout->addWidget(m_and);
    layout->addWidget(m_amount2, 1);
    layout->addWidget(m_remove);

    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        fillOperators();
        fillChoices();
        updateEditors();
        emit changed();
    });
    connect(m_op, &QComboBox::currentIndexChanged, this, [this] {
        updateEditors();
        emit changed();
    });
    connect(m_text, &QLineEdit::textChanged, this, &ConditionRow::changed);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ConditionRow::changed);
    connect(m_date, &QDateEdit::dateChanged, this, &ConditionRow::changed);
    connect(m_amount, &QLineEdit::textChanged, this, &ConditionRow::changed);
    connect(m_amount2, &QLineEdit::textChanged, this, &ConditionRow::changed);
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });
    fillOperators();
    fillChoices();
    updateEditors();
}

// An amount as the owner would type it back ("1,200.50"), without the currency sign.
QString ConditionRow::plainAmount(qint64 minor) const
{
    const int decimals = Format::currencyDecimals(m_currency);
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return QLocale().toString(static_cast<double>(minor) / scale, 'f', decimals);
}

SegmentField ConditionRow::field() const
{
    return static_cast<SegmentField>(m_field->currentData().toInt());
}

SegmentOp ConditionRow::op() const
{
    return static_cast<SegmentOp>(m_op->currentData().toInt());
}

void ConditionRow::fillOperators()
{
    const QSignalBlocker block(m_op);
    m_op->clear();
    for (SegmentOp o : SegmentRules::operatorsFor(field()))
        m_op->addItem(SegmentRules::opName(o), static_cast<int>(o));
}

void ConditionRow::fillChoices()
{
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    switch (field()) {
    case SegmentField::Kind:
        m_choice->addItem(tr("Person"), QStringLiteral("person"));
        m_choice->addItem(tr("Company"), QStringLiteral("company"));
        break;
    case SegmentField::ValueTier:
        for (ValueTier t : {ValueTier::Important, ValueTier::Major, ValueTier::General, ValueTier::AtRisk})
            m_choice->addItem(ValueTiers::tierName(t), valueTierKey(t));
        break;
    case SegmentField::BirthdayMonth:
        for (int m = 1; m <= 12; ++m)
            m_choice->addItem(QLocale().standaloneMonthName(m), QString::number(m));
        break;
    default: break;
    }
}

void ConditionRow::updateEditors()
{
    const SegmentField f = field();
    const SegmentOp o = op();
    const bool text = f == SegmentField::Tag || f == SegmentField::City || f == SegmentField::Region ||
                      f == SegmentField::Source;
    m_text->setVisible(text);
    m_choice->setVisible(f == SegmentField::Kind || f == SegmentField::ValueTier || f == SegmentField::BirthdayMonth);
    m_date->setVisible(f == SegmentField::LastPurchase && o != SegmentOp::Never);
    m_amount->setVisible(f == SegmentField::LifetimeValue);
    m_and->setVisible(f == SegmentField::LifetimeValue && o == SegmentOp::Between);
    m_amount2->setVisible(f == SegmentField::LifetimeValue && o == SegmentOp::Between);
}

SegmentCondition ConditionRow::condition() const
{
    SegmentCondition c;
    c.field = field();
    c.op = op();
    auto amount = [this](const QLineEdit* edit) {
        qint64 minor = 0;
        // An amount that does not parse stays as typed, so validation names the field.
        return Format::parseMoney(edit->text(), m_currency, &minor) ? QString::number(minor) : edit->text();
    };
    switch (c.field) {
    case SegmentField::Tag:
    case SegmentField::City:
    case SegmentField::Region:
    case SegmentField::Source: c.value = m_text->text(); break;
    case SegmentField::Kind:
    case SegmentField::ValueTier:
    case SegmentField::BirthdayMonth: c.value = m_choice->currentData().toString(); break;
    case SegmentField::LastPurchase:
        if (c.op != SegmentOp::Never)
            c.value = m_date->date().toString(Qt::ISODate);
        break;
    case SegmentField::LifetimeValue:
        c.value = amount(m_amount);
        if (c.op == SegmentOp::Between)
            c.value2 = amount(m_amount2);
        break;
    case SegmentField::OpenDeal:
    case SegmentField::OpenTicket: break;
    }
    return c;
}

void ConditionRow::setCondition(const SegmentCondition& c)
{
    m_field->setCurrentIndex(m_field->findData(static_cast<int>(c.field)));
    m_op->setCurrentIndex(qMax(0, m_op->findData(static_cast<int>(c.op))));
    switch (c.field) {
    case SegmentField::Tag:
    case SegmentField::City:
    case SegmentField::Region:
    case SegmentField::Source: m_text->setText(c.value); break;
    case SegmentField::Kind:
    case SegmentField::ValueTier:
    case SegmentField::BirthdayMonth: m_choice->setCurrentIndex(qMax(0, m_choice->findData(c.value))); break;
    case SegmentField::LastPurchase:
        if (QDate::fromString(c.value, Qt::ISODate).isValid())
            m_date->setDate(QDate::fromString(c.value, Qt::ISODate));
        break;
    case SegmentField::LifetimeValue:
        m_amount->setText(plainAmount(c.value.toLongLong()));
        if (!c.value2.isEmpty())
            m_amount2->setText(plainAmount(c.value2.toLongLong()));
        break;
    case SegmentField::OpenDeal:
    case SegmentField::OpenTicket: break;
    }
    updateEditors();
}

} // namespace rapport
