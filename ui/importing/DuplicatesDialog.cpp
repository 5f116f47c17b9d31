#include "DuplicatesDialog.h"

#include "common/Session.h"
#include "common/UndoableCommand.h"
#include "customers/CustomerMerger.h"
#include "customers/CustomerRepository.h"
#include "db/Database.h"
#include "io/CustomerImporter.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

// A merge on the undo stack; undo brings the merged customer back with everything that moved.
class MergeCommand : public UndoableCommand
{
public:
    MergeCommand(Session& session, qint64 keep, qint64 other, QVariantMap choices, const QString& name)
        : UndoableCommand(session, QCoreApplication::translate("rapport::DuplicatesDialog", "Merge %1").arg(name)),
          m_keep(keep), m_other(other), m_choices(std::move(choices))
    {
    }

protected:
    Status apply() override
    {
        auto merged = CustomerMerger::merge(session().db(), m_keep, m_other, m_choices);
        if (!merged)
            return merged.error();
        m_record = merged.take();
        return Ok{};
    }
    Status revert() override { return CustomerMerger::undo(session().db(), m_record); }

private:
    qint64 m_keep;
    qint64 m_other;
    QVariantMap m_choices;
    MergeRecord m_record;
};

struct Field
{
    const char* column;
    const char* label;
};
const Field kFields[] = {
    {"name", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Name")},
    {"job_title", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Job title")},
    {"email", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Email")},
    {"email2", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Second email")},
    {"phone", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Phone")},
    {"mobile", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Mobile")},
    {"website", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Website")},
    {"street", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Street")},
    {"city", QT_TRANSLATE_NOOP("rapport::MergeDialog", "City")},
    {"region", QT_TRANSLATE_NOOP("rapport::MergeDialog", "State or province")},
    {"postal_code", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Postal code")},
    {"country", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Country")},
    {"birthday", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Birthday")},
    {"source", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Source")},
    {"notes", QT_TRANSLATE_NOOP("rapport::MergeDialog", "Notes")},
};

QString valueOf(const Customer& c, const QString& column)
{
    static const QHash<QString, std::function<QString(const Customer&)>> read = {
        {QStringLiteral("name"), [](const Customer& x) { return x.name; }},
        {QStringLiteral("job_title"), [](const Customer& x) { return x.jobTitle; }},
        {QStringLiteral("email"), [](const Customer& x) { return x.email; }},
        {QStringLiteral("email2"), [](const Customer& x) { return x.email2; }},
        {QStringLiteral("phone"), [](const Customer& x) { return x.phone; }},
        {QStringLiteral("mobile"), [](const Customer& x) { return x.mobile; }},
        {QStringLiteral("website"), [](const Customer& x) { return x.website; }},
        {QStringLiteral("street"), [](const Customer& x) { return x.street; }},
        {QStringLiteral("city"), [](const Customer& x) { return x.city; }},
        {QStringLiteral("region"), [](const Customer& x) { return x.region; }},
        {QStringLiteral("postal_code"), [](const Customer& x) { return x.postalCode; }},
        {QStringLiteral("country"), [](const Customer& x) { return x.country; }},
        {QStringLiteral("birthday"), [](const Customer& x) { return x.birthday.isValid() ? x.birthday.toString(Qt::ISODate) : QString(); }},
        {QStringLiteral("source"), [](const Customer& x) { return x.source; }},
        {QStringLiteral("notes"), [](const Customer& x) { return x.notes; }},
    };
    return read.value(column)(c);
}

} // namespace

DuplicatesDialog::DuplicatesDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Find Duplicate Customers"));
    resize(820, 480);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("duplicatesSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("duplicatesTable"));
    m_table->setHorizontalHeaderLabels({tr("Why"), tr("Customer"), tr("Possible duplicate"), tr("Shared")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_merge = buttons->addButton(tr("&Merge…"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_merge->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DuplicatesDialog::mergeSelected);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void DuplicatesDialog::reload()
{
    auto found = DuplicateFinder::find(m_session.db(), CustomerImporter::countryCodeForCurrency(m_session.currency()));
    m_pairs = found ? found.take() : QList<DuplicatePair>{};
    if (!found)
        m_session.reportError(found.error().message);
    QList<qint64> ids;
    for (const DuplicatePair& p : std::as_const(m_pairs))
        ids << p.first << p.second;
    QHash<qint64, QString> names;
    if (auto customers = CustomerRepository(m_session.db()).getMany(ids)) {
        for (const Customer& c : customers.value())
            names.insert(c.id, c.companyName.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.companyName));
    }
    m_table->setRowCount(int(m_pairs.size()));
    for (int i = 0; i < m_pairs.size(); ++i) {
        const DuplicatePair& p = m_pairs.at(i);
        const QStringList cells = {DuplicateFinder::reasonText(p.reason), names.value(p.first), names.value(p.second),
                                   p.evidence};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(m_pairs.isEmpty()
                           ? tr("No likely duplicates: every customer has their own email, phone and name.")
                           : tr("%n pair(s) of customers look like the same person or company. Merging keeps the "
                                "first and moves everything of the second to it; Edit > Undo takes a merge back.",
                                nullptr, int(m_pairs.size())));
}

bool DuplicatesDialog::mergeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return false;
    const DuplicatePair pair = m_pairs.at(row);
    CustomerRepository repo(m_session.db());
    auto keep = repo.get(pair.first);
    auto other = repo.get(pair.second);
    if (!keep || !other) {
        m_session.reportError((!keep ? keep.error() : other.error()).message);
        reload();
        return false;
    }
    MergeDialog dialog(keep.value(), other.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const bool merged = m_session.run(std::make_unique<MergeCommand>(m_session, pair.first, pair.second,
                                                                     dialog.choices(), other.value().name));
    if (merged)
        m_session.showMessage(tr("Merged %1 into %2.").arg(other.value().name, keep.value().name));
    reload();
    return merged;
}

MergeDialog::MergeDialog(const Customer& keep, const Customer& other, QWidget* parent)
    : QDialog(parent), m_keep(keep), m_other(other)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Customers"));
    resize(760, 520);
    auto* intro = new QLabel(tr("Choose the value to keep where the two differ. Deals, tickets, activities, tasks "
                                "and tags of <b>%1</b> move to <b>%2</b>, and %1 is removed. Edit > Undo takes the "
                                "merge back.")
                                 .arg(other.name.toHtmlEscaped(), keep.name.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), keep.name, other.name});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const Field& f : kFields) {
        const QString column = QString::fromLatin1(f.column);
        const QString mine = valueOf(keep, column);
        const QString theirs = valueOf(other, column);
        if (mine == theirs)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(tr(f.label)));
        auto* group = new QButtonGroup(m_table);
        for (int side = 0; side < 2; ++side) {
            const QString text = side == 0 ? mine : theirs;
            auto* radio = new QRadioButton(text.isEmpty() ? tr("(empty)") : QString(text).replace(u'\n', u' '));
            radio->setObjectName(QStringLiteral("merge_%1_%2").arg(column).arg(side));
            // By default the kept customer's value, unless it is empty.
            radio->setChecked(side == 0 ? !mine.isEmpty() : mine.isEmpty());
            group->addButton(radio, side);
            m_table->setCellWidget(row, side + 1, radio);
        }
        m_columns << column;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("confirmMergeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

QVariantMap MergeDialog::choices() const
{
    QVariantMap chosen;
    for (int row = 0; row < m_columns.size(); ++row) {
        auto* theirs = qobject_cast<QRadioButton*>(m_table->cellWidget(row, 2));
        if (!theirs || !theirs->isChecked())
            continue;
        const QString value = valueOf(m_other, m_columns.at(row));
        chosen.insert(m_columns.at(row), m_columns.at(row) == QStringLiteral("birthday") && value.isEmpty() ? QVariant() : QVariant(value));
    }
    return chosen;
}

} // namespace rapport
