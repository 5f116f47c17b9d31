#include "ContactLabels.h"

#include "io/ColumnMapping.h"
#include "io/CsvWriter.h"
#include "io/CustomerSource.h"

#include <algorithm>

namespace rapport {
namespace {

const QString kJoin = QStringLiteral(" ::: "); // how Google writes several values into one cell

QString labelKey(QStringView label)
{
    QString key = label.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.remove(u'*');
    return key.simplified();
}

struct Cell
{
    QString value;
    QString label;
    CustomerField mapped = CustomerField::None;
};

QList<Cell> cellsOf(const QStringList& record, const ColumnMapping& mapping, CustomerField a, CustomerField b,
                    bool* labelled)
{
    QList<Cell> cells;
    *labelled = false;
    for (int column = 0; column < record.size(); ++column) {
        CustomerField field = mapping.field(column);
        if (field == CustomerField::None && mapping.extraOf(column) == a)
            field = a; // "Phone 3 - Value": one more number (or address) to sort in by its label
        if (field != a && field != b)
            continue;
        const QString value = CsvWriter::restored(record.at(column).trimmed());
        if (value.isEmpty())
            continue;
        const int labelColumn = mapping.labelColumn(column);
        const QString label = labelColumn >= 0 ? record.value(labelColumn).trimmed() : QString();
        *labelled = *labelled || !label.isEmpty();
        cells.append({value, label, field});
    }
    return cells;
}

QString joined(const QList<Cell>& cells)
{
    QStringList values;
    for (const Cell& c : cells)
        values << c.value;
    return values.join(kJoin);
}

void primaryFirst(QList<Cell>& cells)
{
    std::stable_sort(cells.begin(), cells.end(), [](const Cell& x, const Cell& y) {
        return ContactLabels::isPrimary(x.label) && !ContactLabels::isPrimary(y.label);
    });
}

void sortPhones(const QStringList& record, const ColumnMapping& mapping, CustomerRow& row)
{
    bool labelled = false;
    QList<Cell> cells = cellsOf(record, mapping, CustomerField::Phone, CustomerField::Mobile, &labelled);
    if (!labelled)
        return;
    QList<Cell> mobiles, phones, faxes;
    for (const Cell& c : std::as_const(cells)) {
        switch (ContactLabels::phoneLabel(c.label)) {
        case PhoneLabel::Mobile:
            mobiles << c;
            break;
        case PhoneLabel::Landline:
            phones << c;
            break;
        case PhoneLabel::Fax:
            faxes << c;
            break;
        case PhoneLabel::None:
            (c.mapped == CustomerField::Mobile ? mobiles : phones) << c;
            break;
        }
    }
    primaryFirst(mobiles);
    primaryFirst(phones);
    row.set(CustomerField::Phone, joined(phones + faxes));
    row.set(CustomerField::Mobile, joined(mobiles));
}

void sortEmails(const QStringList& record, const ColumnMapping& mapping, CustomerRow& row)
{
    bool labelled = false;
    QList<Cell> cells = cellsOf(record, mapping, CustomerField::Email, CustomerField::Email2, &labelled);
    if (!labelled)
        return;
    primaryFirst(cells);
    row.set(CustomerField::Email, cells.value(0).value);
    row.set(CustomerField::Email2, joined(cells.mid(1)));
}

} // namespace

PhoneLabel ContactLabels::phoneLabel(QStringView label)
{
    const QString key = labelKey(label);
    if (key.isEmpty())
        return PhoneLabel::None;
    static const QStringList mobile = {
        QStringLiteral("mobile"),     QStringLiteral("cell"),     QStringLiteral("cellphone"),
        QStringLiteral("cell phone"), QStringLiteral("cellular"), QStringLiteral("mobile phone"),
        QStringLiteral("iphone"),     QStringLiteral("handy"),    QStringLiteral("手机"),
        QStringLiteral("移动电话"),   QStringLiteral("移动"),     QStringLiteral("手機"),
        QStringLiteral("行動電話")};
    if (mobile.contains(key))
        return PhoneLabel::Mobile;
    for (const QString& word : {QStringLiteral("fax"), QStringLiteral("pager"), QStringLiteral("传真"),
                                QStringLiteral("傳真"), QStringLiteral("寻呼")}) {
        if (key.contains(word))
            return PhoneLabel::Fax;
    }
    return PhoneLabel::Landline;
}

bool ContactLabels::isPrimary(QStringView label)
{
    return label.trimmed().startsWith(u'*');
}

void ContactLabels::apply(const QStringList& record, const ColumnMapping& mapping, CustomerRow& row)
{
    sortPhones(record, mapping, row);
    sortEmails(record, mapping, row);
}

} // namespace rapport
