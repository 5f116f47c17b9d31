#include "VCardWriter.h"

#include "io/DateParser.h"

#include <QUuid>

namespace rapport {
namespace {

bool isCjk(QChar c)
{
    return c.script() == QChar::Script_Han;
}

// N: family;given. Chinese names put the family name first (one character, two for a few surnames we
// cannot tell apart, so one); others put it last.
std::pair<QString, QString> splitName(const QString& name)
{
    const QString n = name.trimmed();
    if (!n.isEmpty() && isCjk(n.front()) && !n.contains(u' '))
        return {n.left(1), n.mid(1)};
    const qsizetype space = n.lastIndexOf(u' ');
    if (space < 0)
        return {QString(), n};
    return {n.mid(space + 1), n.left(space)};
}

} // namespace

QString VCardWriter::escaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u',' || c == u';') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray VCardWriter::folded(const QByteArray& line)
{
    if (line.size() <= 75)
        return line;
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut; // never inside a UTF-8 sequence
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += line.mid(start);
    return out;
}

QByteArray VCardWriter::card(const Customer& c)
{
    QList<QByteArray> lines;
    auto add = [&lines](const QString& nameAndParams, const QString& value) {
        lines << folded((nameAndParams + u':' + value).toUtf8());
    };
    auto addText = [&add](const QString& nameAndParams, const QString& value) {
        if (!value.trimmed().isEmpty())
            add(nameAndParams, escaped(value.trimmed()));
    };
    add(QStringLiteral("BEGIN"), QStringLiteral("VCARD"));
    add(QStringLiteral("VERSION"), QStringLiteral("4.0"));
    const QUuid uid = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1d3c2a-8a51-4d0e-9a3b-52617070f0e1}")),
                                          QStringLiteral("customer/%1").arg(c.id));
    add(QStringLiteral("UID"), QStringLiteral("urn:uuid:") + uid.toString(QUuid::WithoutBraces));
    const bool company = c.kind == CustomerKind::Company;
    add(QStringLiteral("KIND"), company ? QStringLiteral("org") : QStringLiteral("individual"));
    add(QStringLiteral("FN"), escaped(c.name.trimmed()));
    if (company) {
        add(QStringLiteral("N"), QStringLiteral(";;;;"));
        addText(QStringLiteral("ORG"), c.name);
    } else {
        const auto [family, given] = splitName(c.name);
        add(QStringLiteral("N"), escaped(family) + u';' + escaped(given) + QStringLiteral(";;;"));
        addText(QStringLiteral("ORG"), c.companyName);
    }
    addText(QStringLiteral("TITLE"), c.jobTitle);
    addText(QStringLiteral("EMAIL;TYPE=work;PREF=1"), c.email);
    addText(QStringLiteral("EMAIL;TYPE=work"), c.email2);
    addText(QStringLiteral("TEL;VALUE=text;TYPE=work,voice;PREF=1"), c.phone);
    addText(QStringLiteral("TEL;VALUE=text;TYPE=cell"), c.mobile);
    if (!(c.street + c.city + c.region + c.postalCode + c.country).trimmed().isEmpty()) {
        add(QStringLiteral("ADR;TYPE=work"), QStringLiteral(";;%1;%2;%3;%4;%5")
                                                 .arg(escaped(c.street.trimmed()), escaped(c.city.trimmed()),
                                                      escaped(c.region.trimmed()), escaped(c.postalCode.trimmed()),
                                                      escaped(c.country.trimmed())));
    }
    if (c.birthday.isValid()) {
        add(QStringLiteral("BDAY"), c.birthday.year() == DateParser::kNoYear ? c.birthday.toString(QStringLiteral("--MMdd"))
                                                                             : c.birthday.toString(QStringLiteral("yyyyMMdd")));
    }
    addText(QStringLiteral("URL"), c.website);
    addText(QStringLiteral("NOTE"), c.notes);
    // Where the customer came from has no vCard property; an extension keeps it for Rapport's own import
    // (other readers ignore X- properties, RFC 6350 section 6.10).
    addText(QStringLiteral("X-RAPPORT-SOURCE"), c.source);
    if (!c.tags.isEmpty()) {
        QStringList tags;
        for (const QString& tag : c.tags)
            tags << escaped(tag);
        add(QStringLiteral("CATEGORIES"), tags.join(u','));
    }
    if (c.updatedAt.isValid())
        add(QStringLiteral("REV"), c.updatedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    add(QStringLiteral("END"), QStringLiteral("VCARD"));
    QByteArray out;
    for (const QByteArray& line : std::as_const(lines))
        out += line + "\r\n";
    return out;
}

} // namespace rapport
