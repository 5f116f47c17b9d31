#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace rapport {

// Writes RFC 4180 CSV as Excel reads it best: UTF-8 with a byte-order mark (so Chinese shows correctly),
// CRLF line ends, fields quoted when they hold the separator, quotes or line breaks. Cells that a
// spreadsheet would run as a formula are neutralised (OWASP ASVS V1.2.10).
class CsvWriter
{
public:
    // The device must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice* device, bool byteOrderMark = true);

    bool writeRow(const QStringList& fields);
    // False once a write failed (disk full, ...); the device's error string says why.
    bool ok() const { return m_ok; }

    // A cell starting with = + - @ tab or CR gets a leading apostrophe, unless it is only a number or a
    // phone number (digits, spaces and + - ( ) . /), which no spreadsheet can turn into a call.
    static QString neutralised(const QString& cell);
    // Undoes neutralised() for a cell read back from our own export.
    static QString restored(const QString& cell);
    static QString quoted(const QString& cell, QChar separator = u',');

private:
    QIODevice* m_device;
    bool m_ok = true;
};

} // namespace rapport
