#include "CustomerForm.h"

#include "customers/CustomerPicker.h"
#include "customers/CustomerRepository.h"

#include <QButtonGroup>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace rapport {
namespace {

const QDate kNoDate(1900, 1, 1);

QLineEdit* makeLine(QWidget* parent, const char* name, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

CustomerForm::CustomerForm(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_error(new QLabel(this)), m_person(new QRadioButton(tr("Person"), this)),
      m_company(new QRadioButton(tr("Company"), this)), m_kindGroup(new QButtonGroup(this)),
      m_name(makeLine(this, "nameEdit")), m_companyLabel(new QLabel(tr("Company:"), this)),
      m_companyPicker(new CustomerPicker(db, CustomerKind::Company, this)),
      m_jobTitleLabel(new QLabel(tr("Job title:"), this)), m_jobTitle(makeLine(this, "jobTitleEdit")),
      m_email(makeLine(this, "emailEdit", tr("name@example.com"))), m_email2(makeLine(this, "email2Edit")),
      m_phone(makeLine(this, "phoneEdit", tr("+1 555 0100"))), m_mobile(makeLine(this, "mobileEdit")),
      m_website(makeLine(this, "websiteEdit", tr("example.com"))),
      m_street(makeLine(this, "streetEdit", tr("Street"))), m_city(makeLine(this, "cityEdit", tr("City"))),
      m_region(makeLine(this, "regionEdit", tr("State / province"))),
      m_postalCode(makeLine(this, "postalCodeEdit", tr("Postal code"))),
      m_country(makeLine(this, "countryEdit", tr("Country"))), m_birthdayLabel(new QLabel(tr("Birthday:"), this)),
      m_birthday(new QDateEdit(this)), m_source(makeLine(this, "sourceEdit", tr("Referral, website, trade fair…"))),
      m_tags(makeLine(this, "tagsEdit", tr("Comma-separated, e.g. VIP, wholesale"))),
      m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("customerForm"));
    m_error->setObjectName(QStringLiteral("customerFormError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_error->hide();
    m_person->setObjectName(QStringLiteral("kindPersonRadio"));
    m_company->setObjectName(QStringLiteral("kindCompanyRadio"));
    m_companyPicker->setObjectName(QStringLiteral("companyPicker"));
    m_birthday->setObjectName(QStringLiteral("birthdayEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_kindGroup->addButton(m_person);
    m_kindGroup->addButton(m_company);
    m_person->setChecked(true);

    m_birthday->setCalendarPopup(true);
    m_birthday->setMinimumDate(kNoDate);
    m_birthday->setSpecialValueText(tr("Not set"));
    m_birthday->setDate(kNoDate);
    m_birthday->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    auto tagsCompleter = CustomerRepository(db).allTags();
    if (tagsCompleter) {
        auto* completer = new QCompleter(tagsCompleter.value(), m_tags);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_tags->setCompleter(completer);
    }

    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_person);
    kindRow->addWidget(m_company);
    kindRow->addStretch();

    auto* cityRow = new QHBoxLayout;
    cityRow->addWidget(m_postalCode, 1);
    cityRow->addWidget(m_city, 2);
    auto* regionRow = new QHBoxLayout;
    regionRow->addWidget(m_region, 1);
    regionRow->addWidget(m_country, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Kind:"), kindRow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(m_companyLabel, m_companyPicker);
    form->addRow(m_jobTitleLabel, m_jobTitle);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Other email:"), m_email2);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Mobile:"), m_mobile);
    form->addRow(tr("Website:"), m_website);
    form->addRow(tr("Address:"), m_street);
    form->addRow(QString(), cityRow);
    form->addRow(QString(), regionRow);
    form->addRow(m_birthdayLabel, m_birthday);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Notes:"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addLayout(form);

    connect(m_company, &QRadioButton::toggled, this, &CustomerForm::updateForKind);
    updateForKind();
}

void CustomerForm::updateForKind()
{
    const bool company = m_company->isChecked();
    m_name->setPlaceholderText(company ? tr("Company name") : tr("First and last name"));
    for (QWidget* w : {static_cast<QWidget*>(m_companyLabel), static_cast<QWidget*>(m_companyPicker),
                       static_cast<QWidget*>(m_jobTitleLabel), static_cast<QWidget*>(m_jobTitle),
                       static_cast<QWidget*>(m_birthdayLabel), static_cast<QWidget*>(m_birthday)})
        w->setVisible(!company);
    emit kindChanged();
}

void CustomerForm::setCustomer(const Customer& c)
{
    m_base = c;
    (c.kind == CustomerKind::Company ? m_company : m_person)->setChecked(true);
    m_name->setText(c.name);
    m_companyPicker->setCustomer(c.companyId, c.companyName);
    m_jobTitle->setText(c.jobTitle);
    m_email->setText(c.email);
    m_email2->setText(c.email2);
    m_phone->setText(c.phone);
    m_mobile->setText(c.mobile);
    m_website->setText(c.website);
    m_street->setText(c.street);
    m_city->setText(c.city);
    m_region->setText(c.region);
    m_postalCode->setText(c.postalCode);
    m_country->setText(c.country);
    m_birthday->setDate(c.birthday.isValid() ? c.birthday : kNoDate);
    m_source->setText(c.source);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(c.notes);
    updateForKind();
    clearError();
}

Customer CustomerForm::customer() const
{
    Customer c = m_base;
    c.kind = m_company->isChecked() ? CustomerKind::Company : CustomerKind::Person;
    c.name = m_name->text().trimmed();
    const bool person = c.kind == CustomerKind::Person;
    c.companyId = person ? m_companyPicker->customerId() : 0;
    c.companyName = person && c.companyId > 0 ? m_companyPicker->currentText() : QString();
    c.jobTitle = person ? m_jobTitle->text().trimmed() : QString();
    c.email = m_email->text().trimmed();
    c.email2 = m_email2->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.mobile = m_mobile->text().trimmed();
    c.website = m_website->text().trimmed();
    c.street = m_street->text().trimmed();
    c.city = m_city->text().trimmed();
    c.region = m_region->text().trimmed();
    c.postalCode = m_postalCode->text().trimmed();
    c.country = m_country->text().trimmed();
    c.birthday = person && m_birthday->date() != kNoDate ? m_birthday->date() : QDate();
    c.source = m_source->text().trimmed();
    QStringList tags;
    for (const QString& t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    c.tags = tags;
    c.notes = m_notes->toPlainText();
    return c;
}

QWidget* CustomerForm::fieldAtFault(const Customer& c) const
{
    // Ask the core's own rules about one field at a time, so the UI never duplicates them.
    auto fails = [](Customer probe) { return !CustomerRepository::validate(probe).ok(); };
    Customer base;
    base.name = QStringLiteral("x");
    if (c.name.trimmed().isEmpty() || c.name.size() > 500)
        return m_name;
    Customer probe = base;
    probe.email = c.email;
    if (fails(probe))
        return m_email;
    probe = base;
    probe.email2 = c.email2;
    if (fails(probe))
        return m_email2;
    probe = base;
    probe.phone = c.phone;
    if (fails(probe))
        return m_phone;
    probe = base;
    probe.mobile = c.mobile;
    if (fails(probe))
        return m_mobile;
    return m_name;
}

bool CustomerForm::validate()
{
    const Customer c = customer();
    if (auto valid = CustomerRepository::validate(c); !valid) {
        showError(valid.error().message);
        if (QWidget* field = fieldAtFault(c)) {
            field->setFocus(Qt::OtherFocusReason);
            if (auto* edit = qobject_cast<QLineEdit*>(field))
                edit->selectAll();
        }
        return false;
    }
    if (c.kind == CustomerKind::Person && c.companyId == 0 && !m_companyPicker->typedText().isEmpty()) {
        showError(tr("Pick the company from the list, or create “%1” as a company first.")
                      .arg(m_companyPicker->typedText()));
        m_companyPicker->setFocus(Qt::OtherFocusReason);
        return false;
    }
    clearError();
    return true;
}

void CustomerForm::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void CustomerForm::clearError()
{
    m_error->clear();
    m_error->hide();
}

QString CustomerForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CustomerForm::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

} // namespace rapport
