#include "CustomerPicker.h"

#include "customers/CustomerRepository.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace rapport {

CustomerPicker::CustomerPicker(Database& db, std::optional<CustomerKind> kind, QWidget* parent)
    : QComboBox(parent), m_db(db), m_kind(kind), m_debounce(new QTimer(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(24);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(kind == CustomerKind::Company ? tr("Type a company name") : tr("Type a name"));
    lineEdit()->setClearButtonEnabled(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CustomerPicker::search);
    connect(lineEdit(), &QLineEdit::textEdited, this, &CustomerPicker::onEdited);
    connect(this, &QComboBox::activated, this, &CustomerPicker::onActivated);
}

qint64 CustomerPicker::customerId() const
{
    // A picked customer counts only while its name is still what is shown.
    return (m_id > 0 && currentText() == m_name) ? m_id : 0;
}

QString CustomerPicker::typedText() const
{
    return currentText().trimmed();
}

void CustomerPicker::setCustomer(qint64 id, const QString& name)
{
    const QSignalBlocker block(this);
    clear();
    m_id = id;
    m_name = name;
    if (id > 0)
        addItem(name, id);
    setCurrentText(name);
}

void CustomerPicker::onEdited(const QString& text)
{
    Q_UNUSED(text)
    m_debounce->start();
    if (m_id != 0 && currentText() != m_name) {
        m_id = 0;
        emit customerChanged(0);
    }
}

void CustomerPicker::search()
{
    const QString text = currentText();
    CustomerQuery q;
    q.text = text;
    q.kind = m_kind;
    q.limit = 20;
    auto found = CustomerRepository(m_db).list(q);
    const QSignalBlocker block(this);
    const int cursor = lineEdit()->cursorPosition();
    clear();
    if (found) {
        for (const Customer& c : found.value()) {
            const QString label = c.companyName.isEmpty() || c.kind == CustomerKind::Company
                                      ? c.name
                                      : QStringLiteral("%1 (%2)").arg(c.name, c.companyName);
            addItem(label, c.id);
        }
    }
    setCurrentIndex(-1);
    setEditText(text);
    lineEdit()->setCursorPosition(cursor);
    if (count() > 0 && hasFocus() && !text.isEmpty())
        completer()->complete();
}

void CustomerPicker::onActivated(int index)
{
    if (index < 0)
        return;
    m_id = itemData(index).toLongLong();
    m_name = itemText(index);
    emit customerChanged(m_id);
}

} // namespace rapport
