#include "RecordColumns.h"

#include "io/CsvWriter.h"

#include <QHash>
#include <QLocale>

namespace rapport {

QStringList RecordColumns::fields(RecordKind kind)
{
    if (kind == RecordKind::Deal)
        return {QStringLiteral("title"),  QStringLiteral("customer"),       QStringLiteral("customer_email"),
                QStringLiteral("amount"), QStringLiteral("currency"),       QStringLiteral("stage"),
                QStringLiteral("status"), QStringLiteral("expected_close"), QStringLiteral("created"),
                QStringLiteral("closed"), QStringLiteral("lost_reason"),    QStringLiteral("notes")};
    return {QStringLiteral("customer"),    QStringLiteral("customer_email"), QStringLiteral("kind"),
            QStringLiteral("occurred_at"), QStringLiteral("summary"),        QStringLiteral("body"),
            QStringLiteral("duration"),    QStringLiteral("direction")};
}

QString RecordColumns::label(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("customer"), QT_TR_NOOP("Customer")},
        {QStringLiteral("customer_email"), QT_TR_NOOP("Customer's email")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("expected_close"), QT_TR_NOOP("Expected close")},
        {QStringLiteral("created"), QT_TR_NOOP("Created")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("lost_reason"), QT_TR_NOOP("Reason lost")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind (call, email, meeting…)")},
        {QStringLiteral("occurred_at"), QT_TR_NOOP("Date and time")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("body"), QT_TR_NOOP("Note")},
        {QStringLiteral("duration"), QT_TR_NOOP("Duration (minutes)")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction (in or out)")},
    };
    const char* text = labels.value(field);
    return text ? tr(text) : tr("Do not import");
}

QStringList RecordColumns::guess(RecordKind kind, const QStringList& headers)
{
    QStringList columns;
    for (const QString& header : headers) {
        const QString field = RecordImporter::fieldForHeader(kind, header);
        columns << (columns.contains(field) ? QString() : field);
    }
    return columns;
}

void RecordColumns::assign(QStringList& columns, int column, const QString& field)
{
    if (column < 0)
        return;
    while (columns.size() <= column)
        columns << QString();
    for (QString& other : columns) {
        if (!field.isEmpty() && other == field)
            other.clear();
    }
    columns[column] = field;
}

RecordColumns::Preview RecordColumns::preview(RecordKind kind, const QStringList& record, const QStringList& columns,
                                              DateOrder order)
{
    const QStringList all = fields(kind);
    auto cell = [&](const QString& field) {
        const int column = int(columns.indexOf(field));
        return column >= 0 ? CsvWriter::restored(record.value(column).trimmed()) : QString();
    };
    Preview p;
    const QLocale locale;
    for (const QString& field : all) {
        QString text = cell(field);
        if (field == QStringLiteral("amount") && !text.isEmpty()) {
            QString currency = cell(QStringLiteral("currency")).toUpper();
            const auto minor = RecordImporter::parseAmount(text, currency.isEmpty() ? &currency : nullptr);
            if (!minor && p.problem.isEmpty())
                p.problem = tr("\"%1\" is not an amount (for example 1200.50).").arg(text);
            if (minor)
                text = (locale.toString(double(*minor) / 100.0, 'f', 2) + u' ' + currency).trimmed();
        } else if ((field == QStringLiteral("expected_close") || field == QStringLiteral("created") ||
                    field == QStringLiteral("closed") || field == QStringLiteral("occurred_at")) &&
                   !text.isEmpty()) {
            const QDateTime at = RecordImporter::parseInstant(text, order);
            if (!at.isValid() && p.problem.isEmpty())
                p.problem = tr("\"%1\" is not a date Rapport can read (for example 2026-03-31).").arg(text);
            if (at.isValid())
                text = field == QStringLiteral("expected_close") // a date; the others are moments
                           ? locale.toString(at.toLocalTime().date(), QLocale::ShortFormat)
                           : locale.toString(at.toLocalTime(), QLocale::ShortFormat);
        }
        p.values << text;
    }
    const QString required = kind == RecordKind::Deal ? QStringLiteral("title") : QStringLiteral("occurred_at");
    if (cell(required).isEmpty())
        p.problem = kind == RecordKind::Deal ? tr("No title.") : tr("No date.");
    else if (cell(QStringLiteral("customer")).isEmpty() && cell(QStringLiteral("customer_email")).isEmpty())
        p.problem = tr("No customer: map a column to Customer or Customer's email.");
    return p;
}

} // namespace rapport
