#pragma once

#include "io/DateParser.h"
#include "io/RecordImporter.h"

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

// Which column of a deals or activities file feeds which field ("title", "amount", "occurred_at", ...), as
// guessed from the headers and adjusted by the owner in the import wizard (SourceOptions::recordColumns).
class RecordColumns
{
    Q_DECLARE_TR_FUNCTIONS(rapport::RecordColumns)
public:
    // Every field a column can feed for `kind`, in the order a preview shows them.
    static QStringList fields(RecordKind kind);
    // A field's name for people, translated ("Expected close").
    static QString label(const QString& field);
    // The field each column feeds as guessed from the headers ("" for none); the leftmost column wins a field.
    static QStringList guess(RecordKind kind, const QStringList& headers);
    // Gives `field` to `column`, taking it from any other column ("" unmaps the column).
    static void assign(QStringList& columns, int column, const QString& field);

    // One record as the import would read it, for the preview: a text per field of fields(kind) (amounts and
    // dates as understood, the rest as written) and what is wrong with it, "" when nothing is.
    struct Preview
    {
        QStringList values;
        QString problem;
    };
    static Preview preview(RecordKind kind, const QStringList& record, const QStringList& columns, DateOrder order);
};

} // namespace rapport
