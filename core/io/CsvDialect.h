#pragma once

#include <QChar>
#include <QStringView>

namespace rapport {

// How a CSV file is written, read from its first lines.
class CsvDialect
{
public:
    // The separator that splits the first lines into the same number of columns most consistently:
    // ',' ';' or '\t' (comma when nothing decides, e.g. a single column).
    static QChar detectSeparator(QStringView sample);
    // Length of Excel's "sep=X" first line (plain or quoted) with its line end, 0 when there is none;
    // sets `separator` to X.
    static qsizetype sepLineLength(QStringView text, QChar* separator);
};

} // namespace rapport
