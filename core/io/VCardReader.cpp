#include "VCardReader.h"

#include "VCardLine.h"

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
    result.encoding = encoding == TextEncoding::Auto ? EncodingDetector::detect(input, true)
                                                     : EncodingDetector::choose(input, encoding);
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

    auto handle = [&](const VCardLine& cl) {
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
        const QString enc = cl.encoding();
        QByteArray bytes = cl.value;
        if (enc == u"QUOTED-PRINTABLE")
            bytes = VCardLine::decodeQuotedPrintable(bytes);
        else if (enc == u"BASE64" || enc == u"B")
            bytes = QByteArray::fromBase64(bytes);
        const QString text = decodeText(bytes, cl.param("CHARSET"), cl.line);
        VCardContact& c = card->contact;
        bool preferred = false;
        if (cl.name == "VERSION") {
            c.version = text.trimmed();
        } else if (cl.name == "FN") {
            c.formattedName = VCardLine::unescape(text).trimmed();
        } else if (cl.name == "N") {
            const QStringList n = VCardLine::splitEscaped(text, u';');
            c.familyName = n.value(0).trimmed();
            c.givenName = n.value(1).trimmed();
            c.additionalNames = n.value(2).trimmed();
            c.honorificPrefixes = n.value(3).trimmed();
            c.honorificSuffixes = n.value(4).trimmed();
        } else if (cl.name == "ORG") {
            QStringList org = VCardLine::splitEscaped(text, u';');
            c.organization = org.takeFirst().trimmed();
            for (const QString& unit : std::as_const(org)) {
                if (!unit.trimmed().isEmpty())
                    c.orgUnits.append(unit.trimmed());
            }
        } else if (cl.name == "TITLE") {
            c.title = VCardLine::unescape(text).trimmed();
        } else if (cl.name == "EMAIL" || cl.name == "TEL") {
            VCardValue v;
            v.value = VCardLine::unescape(text).trimmed();
            if (cl.name == "TEL" && v.value.startsWith(u"tel:", Qt::CaseInsensitive))
                v.value = v.value.mid(4);
            v.types = cl.types(&v.preferred);
            if (v.value.isEmpty())
                return;
            QList<VCardValue>& list = cl.name == "EMAIL" ? c.emails : c.phones;
            list.append(v);
            if (!cl.group.isEmpty())
                card->grouped.append({cl.group, cl.name == "EMAIL", list.size() - 1});
        } else if (cl.name == "ADR") {
            const QStringList a = VCardLine::splitEscaped(text, u';');
            VCardAddress adr{a.value(0).trimmed(), a.value(1).trimmed(), a.value(2).trimmed(), a.value(3).trimmed(),
                             a.value(4).trimmed(), a.value(5).trimmed(), a.value(6).trimmed(),
                             cl.types(&preferred), false};
            adr.preferred = preferred;
            if (!a.join(QString()).trimmed().isEmpty())
                c.addresses.append(adr);
        } else if (cl.name == "BDAY") {
            c.birthday = parseDate(VCardLine::unescape(text), &c.birthdayHasYear);
            if (!c.birthday.isValid() && !text.trimmed().isEmpty())
                issue(cl.line, "vcard.bad_birthday",
                      tr("Line %1: the birthday \"%2\" is not a date that can be read.").arg(cl.line).arg(text));
        } else if (cl.name == "NOTE") {
            const QString note = VCardLine::unescape(text).trimmed();
            c.note = c.note.isEmpty() ? note : c.note + QStringLiteral("\n\n") + note;
        } else if (cl.name == "X-RAPPORT-SOURCE") {
            c.source = VCardLine::unescape(text).trimmed();
        } else if (cl.name == "URL") {
            if (const QString url = VCardLine::unescape(text).trimmed(); !url.isEmpty())
                c.urls.append(url);
        } else if (cl.name == "CATEGORIES") {
            for (const QString& category : VCardLine::splitEscaped(text, u',')) {
                if (!category.trimmed().isEmpty() && !c.categories.contains(category.trimmed()))
                    c.categories.append(category.trimmed());
            }
        } else if (cl.name == "X-ABLABEL" && !cl.group.isEmpty()) {
            card->labels.insert(cl.group, cleanLabel(VCardLine::unescape(text).trimmed()));
        }
    };

    // Unfold: a line starting with space or tab continues the previous one; in QUOTED-PRINTABLE values a
    // trailing '=' continues onto the next line (vCard 2.1). A line without ':' inside a card is taken as
    // a continuation too (broken folding from old exporters) so its text is not lost.
    QByteArray logical;
    qint64 logicalLine = 0;
    auto flush = [&]() {
        if (!logical.trimmed().isEmpty())
            handle(VCardLine::parse(logical, logicalLine));
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
        if (!logical.isEmpty() && logical.endsWith('=') && VCardLine::isQuotedPrintable(logical)) {
            logical.chop(1);
            logical.append(physical);
        } else if (!logical.isEmpty() && VCardLine::startsWithSpace(physical)) {
            logical.append(physical.sliced(1));
        } else if (!logical.isEmpty() && card && VCardLine::colonIndex(physical) < 0 && !physical.trimmed().isEmpty()) {
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
