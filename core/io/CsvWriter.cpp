#include "CsvWriter.h"

#include <QIODevice>

namespace rapport {
namespace {

bool startsLikeFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isNumberLike(const QString& cell)
{
    bool digit = false;
    for (const QChar c : cell) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u' ' && c != u'+' && c != u'-' && c != u'(' && c != u')' && c != u'.' && c != u'/')
            return false;
    }
    return digit;
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, bool byteOrderMark) : m_device(device)
{
    if (byteOrderMark)
        m_ok = m_device->write("\xEF\xBB\xBF", 3) == 3;
}

QString CsvWriter::neutralised(const QString& cell)
{
    if (cell.isEmpty() || !startsLikeFormula(cell.front()) || isNumberLike(cell))
        return cell;
    return u'\'' + cell;
}

QString CsvWriter::restored(const QString& cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && startsLikeFormula(cell.at(1)) && !isNumberLike(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::quoted(const QString& cell, QChar separator)
{
    bool needsQuotes = false;
    for (const QChar c : cell) {
        if (c == separator || c == u'"' || c == u'\n' || c == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return cell;
    QString out = cell;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    if (!m_ok)
        return false;
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += quoted(neutralised(fields.at(i)));
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    m_ok = m_device->write(bytes) == bytes.size();
    return m_ok;
}

} // namespace rapport
