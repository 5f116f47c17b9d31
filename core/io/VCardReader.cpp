#include "VCardReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTextCodec>

#include <cctype>

namespace rapport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::VCardReader", text);
}

constexpr qsizetype kMaxIssues = 1000;
constexpr qint64 kMaxFileSize = qint64(1) << 30;

// One content line after unfolding: [group.]NAME;params:value, with its first physical line number.
struct ContentLine
{
    QByteArray name; // upper case, without group
    QByteArray group;
    QList<std::pair<QByteArray, QByteArray>> params; // key upper case ("" for 2.1 bare values), value
    QByteArray value;
    qint64 line = 0;
};

bool startsWithSpace(QByteArrayView line)
{
    return !line.isEmpty() && (line[0] == ' ' || line[0] == '\t');
}

// Where the value starts: the first ':' that is not inside a quoted parameter value.
qsizetype colonIndex(QByteArrayView line)
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

bool isQuotedPrintable(QByteArrayView line)
{
    const qsizetype colon = colonIndex(line);
    return colon > 0 && line.first(colon).toByteArray().toUpper().contains("QUOTED-PRINTABLE");
}

ContentLine parseContentLine(QByteArrayView text, qint64 line)
{
    ContentLine cl;
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

QByteArray param(const ContentLine& cl, const char* key)
{
    for (const auto& [k, v] : cl.params) {
        if (k == key)
            return v;
    }
    return {};
}

QString encodingParam(const ContentLine& cl)
{
    QByteArray enc = param(cl, "ENCODING").toUpper();
    for (const auto& [k, v] : cl.params) {
        const QByteArray u = v.toUpper();
        if (k.isEmpty() && (u == "QUOTED-PRINTABLE" || u == "BASE64" || u == "B"))
            enc = u;
    }
    return QString::fromLatin1(enc);
}

// TYPE values from both TYPE=work,voice and 2.1's bare ;WORK;VOICE, lower case; "pref" becomes a flag.
QStringList typesOf(const ContentLine& cl, bool* preferred)
{
    QStringList types;
    *preferred = false;
    for (const auto& [k, v] : cl.params) {
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

struct Builder
{
    VCardContact contact;
    QHash<QByteArray, QString> labels; // group -> X-ABLabel
    struct Grouped
    {
        QByteArray group;
        bool email;
        qsizetype index;
    };
    QList<Grouped> grouped; // item1.EMAIL and the like, labelled when the card ends
};

QString cleanLabel(QString label)
{
    // Apple writes its built-in labels as _$!<Label>!$_.
    if (label.startsWith(u"_$!<") && label.endsWith(u">!$_"))
        label = label.mid(4, label.size() - 8);
    return label;
}

// Other charsets old phones write. Only these are looked up: asking QTextCodec about arbitrary names
// from a damaged file floods the log with ICU warnings.
QTextCodec* legacyCodec(const QByteArray& charset)
{
    QByteArray key;
    for (const char c : charset) {
        if (std::isalnum(uchar(c)))
            key.append(char(std::tolower(uchar(c))));
    }
    static const QList<QByteArray> known{"shiftjis", "sjis",  "big5",   "big5hkscs", "euckr", "eucjp",
                                         "iso2022jp", "koi8r", "koi8u", "cp949",     "tis620"};
    if (!known.contains(key) && !key.startsWith("iso8859") && !key.startsWith("windows125"))
        return nullptr;
    return QTextCodec::codecForName(charset);
}

} // namespace

QByteArray VCardReader::decodeQuotedPrintable(QByteArrayView data)
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

QString VCardReader::unescape(QStringView text)
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

QStringList VCardReader::splitEscaped(QStringView text, QChar separator)
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

QDate VCardReader::parseDate(QStringView text, bool* hasYear)
{
    if (hasYear)
        *hasYear = true;
    QStringView t = text.trimmed();
    if (const qsizetype tPos = t.indexOf(u'T'); tPos > 0)
        t = t.first(tPos);
    QString digits;
    for (const QChar c : t) {
        if (c.isDigit())
            digits.append(c);
        else if (c != u'-' && c != u'/' && c != u'.')
            return {};
    }
    if (t.startsWith(u"--") && digits.size() == 4) {
        if (hasYear)
            *hasYear = false;
        return QDate(1604, digits.first(2).toInt(), digits.sliced(2).toInt());
    }
    if (digits.size() != 8 || t.startsWith(u'-'))
        return {};
    return QDate(digits.first(4).toInt(), digits.sliced(4, 2).toInt(), digits.sliced(6).toInt());
}

QString VCardContact::displayName() const
{
    if (!formattedName.trimmed().isEmpty())
        return formattedName.trimmed();
    const QString given = givenName.trimmed();
    const QString family = familyName.trimmed();
    const auto isCjk = [](const QString& s) {
        return !s.isEmpty() && s.front().unicode() >= 0x2E80 && s.front().unicode() <= 0x9FFF;
    };
    QString composed;
    if (isCjk(family) || isCjk(given))
        composed = family + given; // 张 + 三 -> 张三
    else
        composed = QStringList{given, family}.join(u' ').trimmed();
    return composed.isEmpty() ? organization.trimmed() : composed;
}

VCardParseResult VCardReader::parse(const QByteArray& input, TextEncoding encoding)
{
    VCardParseResult result;
    result.encoding = encoding == TextEncoding::Auto ? TextDecoding::detect(input, true)
                                                     : TextDecoding::choose(input, encoding);
    QByteArray data = input;
    bool reencoded = false;
    if (result.encoding.encoding == TextEncoding::Utf16LE || result.encoding.encoding == TextEncoding::Utf16BE) {
        // Work on bytes below: UTF-16 has NULs everywhere, UTF-8 keeps every CHARSET-less value intact.
        data = TextDecoding::decodeAll(input, result.encoding.encoding).toUtf8();
        reencoded = true;
    } else {
        data = input.mid(result.encoding.bomLength);
    }
    const TextEncoding fileEncoding = reencoded ? TextEncoding::Utf8 : result.encoding.encoding;

    auto issue = [&](qint64 line, const char* code, const QString& message) {
        if (result.issues.size() < kMaxIssues)
            result.issues.append(VCardIssue{line, QString::fromLatin1(code), message});
    };
    auto decodeText = [&](const QByteArray& bytes, const QByteArray& charset, qint64 line) {
        std::optional<TextEncoding> enc;
        if (!charset.isEmpty() && !reencoded) {
            enc = TextDecoding::encodingForName(QString::fromLatin1(charset));
            if (!enc || *enc == TextEncoding::Auto) {
                if (QTextCodec* codec = legacyCodec(charset)) // Shift-JIS, Big5, ... from old phones
                    return codec->toUnicode(bytes);
                enc.reset();
            }
        }
        TextDecoding decoder(enc.value_or(fileEncoding));
        QString text = decoder.decode(bytes) + decoder.finish();
        if (decoder.invalidSequences() > 0)
            issue(line, "vcard.invalid_bytes",
                  tr("Line %1 contains bytes that are not valid %2; they were replaced.")
                      .arg(line)
                      .arg(TextDecoding::name(decoder.encoding())));
        return text;
    };

    std::optional<Builder> card;
    auto finishCard = [&](bool complete, qint64 line) {
        for (const Builder::Grouped& g : std::as_const(card->grouped)) {
            if (const auto it = card->labels.constFind(g.group); it != card->labels.cend())
                (g.email ? card->contact.emails : card->contact.phones)[g.index].label = *it;
        }
        card->contact.complete = complete;
        if (!complete)
            issue(card->contact.line, "vcard.missing_end",
                  tr("The card that starts on line %1 has no END:VCARD before line %2; what it contains so far "
                     "was read.")
                      .arg(card->contact.line)
                      .arg(line));
        result.contacts.append(std::move(card->contact));
        card.reset();
    };

    auto handle = [&](const ContentLine& cl) {
        if (cl.name == "BEGIN" && cl.value.trimmed().toUpper() == "VCARD") {
            if (card)
                finishCard(false, cl.line);
            card.emplace();
            card->contact.line = cl.line;
            return;
        }
        if (cl.name == "END" && cl.value.trimmed().toUpper() == "VCARD") {
            if (card)
                finishCard(true, cl.line);
            return;
        }
        if (!card) {
            issue(cl.line, "vcard.stray_line", tr("Line %1 is outside any card and was ignored.").arg(cl.line));
            return;
        }
        static const QList<QByteArray> binaryProps{"PHOTO", "LOGO", "SOUND", "KEY"};
        if (binaryProps.contains(cl.name))
            return; // pictures and keys are not imported; never decode megabytes of base64 for nothing
        const QString enc = encodingParam(cl);
        QByteArray bytes = cl.value;
        if (enc == u"QUOTED-PRINTABLE")
            bytes = decodeQuotedPrintable(bytes);
        else if (enc == u"BASE64" || enc == u"B")
            bytes = QByteArray::fromBase64(bytes);
        const QString text = decodeText(bytes, param(cl, "CHARSET"), cl.line);
        VCardContact& c = card->contact;
        bool preferred = false;
        if (cl.name == "VERSION") {
            c.version = text.trimmed();
        } else if (cl.name == "FN") {
            c.formattedName = unescape(text).trimmed();
        } else if (cl.name == "N") {
            const QStringList n = splitEscaped(text, u';');
            c.familyName = n.value(0).trimmed();
            c.givenName = n.value(1).trimmed();
            c.additionalNames = n.value(2).trimmed();
            c.honorificPrefixes = n.value(3).trimmed();
            c.honorificSuffixes = n.value(4).trimmed();
        } else if (cl.name == "ORG") {
            QStringList org = splitEscaped(text, u';');
            c.organization = org.takeFirst().trimmed();
            for (const QString& unit : std::as_const(org)) {
                if (!unit.trimmed().isEmpty())
                    c.orgUnits.append(unit.trimmed());
            }
        } else if (cl.name == "TITLE") {
            c.title = unescape(text).trimmed();
        } else if (cl.name == "EMAIL" || cl.name == "TEL") {
            VCardValue v;
            v.value = unescape(text).trimmed();
            if (cl.name == "TEL" && v.value.startsWith(u"tel:", Qt::CaseInsensitive))
                v.value = v.value.mid(4);
            v.types = typesOf(cl, &v.preferred);
            if (v.value.isEmpty())
                return;
            QList<VCardValue>& list = cl.name == "EMAIL" ? c.emails : c.phones;
            list.append(v);
            if (!cl.group.isEmpty())
                card->grouped.append({cl.group, cl.name == "EMAIL", list.size() - 1});
        } else if (cl.name == "ADR") {
            const QStringList a = splitEscaped(text, u';');
            VCardAddress adr{a.value(0).trimmed(), a.value(1).trimmed(), a.value(2).trimmed(), a.value(3).trimmed(),
                             a.value(4).trimmed(), a.value(5).trimmed(), a.value(6).trimmed(),
                             typesOf(cl, &preferred), false};
            adr.preferred = preferred;
            if (!a.join(QString()).trimmed().isEmpty())
                c.addresses.append(adr);
        } else if (cl.name == "BDAY") {
            c.birthday = parseDate(unescape(text), &c.birthdayHasYear);
            if (!c.birthday.isValid() && !text.trimmed().isEmpty())
                issue(cl.line, "vcard.bad_birthday",
                      tr("Line %1: the birthday \"%2\" is not a date that can be read.").arg(cl.line).arg(text));
        } else if (cl.name == "NOTE") {
            const QString note = unescape(text).trimmed();
            c.note = c.note.isEmpty() ? note : c.note + QStringLiteral("\n\n") + note;
        } else if (cl.name == "URL") {
            if (const QString url = unescape(text).trimmed(); !url.isEmpty())
                c.urls.append(url);
        } else if (cl.name == "CATEGORIES") {
            for (const QString& category : splitEscaped(text, u',')) {
                if (!category.trimmed().isEmpty() && !c.categories.contains(category.trimmed()))
                    c.categories.append(category.trimmed());
            }
        } else if (cl.name == "X-ABLABEL" && !cl.group.isEmpty()) {
            card->labels.insert(cl.group, cleanLabel(unescape(text).trimmed()));
        }
    };

    // Unfold: a line starting with space or tab continues the previous one; in QUOTED-PRINTABLE values a
    // trailing '=' continues onto the next line (vCard 2.1). A line without ':' inside a card is taken as
    // a continuation too (broken folding from old exporters) so its text is not lost.
    QByteArray logical;
    qint64 logicalLine = 0;
    auto flush = [&]() {
        if (!logical.trimmed().isEmpty())
            handle(parseContentLine(logical, logicalLine));
        logical.clear();
    };
    qint64 lineNo = 0;
    qsizetype pos = 0;
    const qsizetype n = data.size();
    while (pos < n) {
        qsizetype eol = pos;
        while (eol < n && data[eol] != '\n' && data[eol] != '\r')
            ++eol;
        const QByteArrayView physical(data.constData() + pos, eol - pos);
        ++lineNo;
        pos = eol + (eol < n && data[eol] == '\r' && eol + 1 < n && data[eol + 1] == '\n' ? 2 : 1);
        if (!logical.isEmpty() && logical.endsWith('=') && isQuotedPrintable(logical)) {
            logical.chop(1);
            logical.append(physical);
        } else if (!logical.isEmpty() && startsWithSpace(physical)) {
            logical.append(physical.sliced(1));
        } else if (!logical.isEmpty() && card && colonIndex(physical) < 0 && !physical.trimmed().isEmpty()) {
            logical.append("\\n").append(physical);
        } else {
            flush();
            logical = physical.toByteArray();
            logicalLine = lineNo;
        }
    }
    flush();
    if (card)
        finishCard(false, lineNo + 1);
    return result;
}

Result<VCardParseResult> VCardReader::readFile(const QString& path, TextEncoding encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("vcard.unreadable"), tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileSize)
        return makeError(QStringLiteral("vcard.too_large"),
                         tr("%1 is larger than 1 GB; that is not a contacts file.").arg(path));
    const QByteArray data = file.readAll();
    VCardParseResult result = parse(data, encoding);
    if (result.encoding.binary)
        return makeError(QStringLiteral("vcard.binary"), result.encoding.reason);
    if (result.contacts.isEmpty())
        return makeError(QStringLiteral("vcard.empty"),
                         tr("No contacts were found in %1. Is it a vCard (.vcf) file?").arg(path));
    return result;
}

} // namespace rapport
