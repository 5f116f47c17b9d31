#include "VCardLine.h"

namespace rapport {

bool VCardLine::startsWithSpace(QByteArrayView line)
{
    return !line.isEmpty() && (line[0] == ' ' || line[0] == '\t');
}

qsizetype VCardLine::colonIndex(QByteArrayView line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted)
            return i;
    }
    return -1;
}

bool VCardLine::isQuotedPrintable(QByteArrayView line)
{
    const qsizetype colon = colonIndex(line);
    return colon > 0 && line.first(colon).toByteArray().toUpper().contains("QUOTED-PRINTABLE");
}

VCardLine VCardLine::parse(QByteArrayView text, qint64 line)
{
    VCardLine cl;
    cl.line = line;
    const qsizetype colon = colonIndex(text);
    QByteArrayView head = colon < 0 ? text : text.first(colon);
    cl.value = colon < 0 ? QByteArray() : text.sliced(colon + 1).toByteArray();
    QList<QByteArray> parts;
    bool quoted = false;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= head.size(); ++i) {
        if (i < head.size() && head[i] == '"')
            quoted = !quoted;
        if (i == head.size() || (head[i] == ';' && !quoted)) {
            parts.append(head.sliced(from, i - from).toByteArray().trimmed());
            from = i + 1;
        }
    }
    QByteArray name = parts.isEmpty() ? QByteArray() : parts.takeFirst().toUpper();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0) {
        cl.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    cl.name = name;
    for (const QByteArray& part : std::as_const(parts)) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0) {
            cl.params.append({QByteArray(), part});
        } else {
            QByteArray v = part.mid(eq + 1);
            v.replace('"', QByteArray());
            cl.params.append({part.left(eq).trimmed().toUpper(), v});
        }
    }
    return cl;
}

QByteArray VCardLine::param(const char* key) const
{
    for (const auto& [k, v] : params) {
        if (k == key)
            return v;
    }
    return {};
}

QString VCardLine::encoding() const
{
    QByteArray enc = param("ENCODING").toUpper();
    for (const auto& [k, v] : params) {
        const QByteArray u = v.toUpper();
        if (k.isEmpty() && (u == "QUOTED-PRINTABLE" || u == "BASE64" || u == "B"))
            enc = u;
    }
    return QString::fromLatin1(enc);
}

QStringList VCardLine::types(bool* preferred) const
{
    QStringList types;
    *preferred = false;
    for (const auto& [k, v] : params) {
        if (k == "PREF") {
            *preferred = true;
            continue;
        }
        if (!k.isEmpty() && k != "TYPE")
            continue;
        for (const QByteArray& t : v.split(',')) {
            const QString type = QString::fromUtf8(t).trimmed().toLower();
            if (type == u"pref")
                *preferred = true;
            else if (!type.isEmpty() && type != u"internet" && type != u"x400" && type != u"quoted-printable" &&
                     type != u"base64" && type != u"b" && !type.startsWith(u"charset") && !types.contains(type))
                types.append(type);
        }
    }
    return types;
}

QByteArray VCardLine::decodeQuotedPrintable(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c != '=') {
            out.append(c);
            continue;
        }
        if (i + 2 < data.size() && hex(data[i + 1]) >= 0 && hex(data[i + 2]) >= 0) {
            out.append(char(hex(data[i + 1]) * 16 + hex(data[i + 2])));
            i += 2;
        } else if (i + 1 < data.size() && (data[i + 1] == '\r' || data[i + 1] == '\n')) {
            i += (i + 2 < data.size() && data[i + 1] == '\r' && data[i + 2] == '\n') ? 2 : 1; // soft break
        } else if (i + 1 == data.size()) {
            // a soft break at the very end
        } else {
            out.append(c); // not an escape: keep it rather than lose it
        }
    }
    return out;
}

QString VCardLine::unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\' || i + 1 == text.size()) {
            out.append(c);
            continue;
        }
        const QChar n = text[++i];
        if (n == u'n' || n == u'N')
            out.append(u'\n');
        else if (n == u'\\' || n == u',' || n == u';' || n == u':')
            out.append(n);
        else
            out.append(c).append(n); // an unknown escape is literal text (C:\path)
    }
    return out;
}

QStringList VCardLine::splitEscaped(QStringView text, QChar separator)
{
    QStringList parts;
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\') {
            ++i;
        } else if (text[i] == separator) {
            parts.append(unescape(text.sliced(from, i - from)));
            from = i + 1;
        }
    }
    parts.append(unescape(text.sliced(qMin(from, text.size()))));
    return parts;
}

} // namespace rapport
