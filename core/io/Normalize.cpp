#include "Normalize.h"

#include <QRegularExpression>

namespace rapport {
namespace {

QString folded(QStringView text)
{
    // NFKC turns full-width letters, digits and punctuation (common in Chinese input) into ASCII.
    return text.toString().normalized(QString::NormalizationForm_KC).trimmed();
}

bool isCjk(QChar c)
{
    const QChar::Script s = c.script();
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana ||
           s == QChar::Script_Hangul || s == QChar::Script_Bopomofo;
}

} // namespace

QString Normalize::email(QStringView text)
{
    QString s = folded(text);
    if (s.startsWith(u"mailto:", Qt::CaseInsensitive))
        s.remove(0, 7);
    // "Zhang San <zhang@example.com>" as mail programs copy it.
    const qsizetype open = s.lastIndexOf(u'<');
    const qsizetype close = s.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        s = s.mid(open + 1, close - open - 1);
    while (!s.isEmpty() && (s.front() == u'"' || s.front() == u'\'' || s.front().isSpace()))
        s.remove(0, 1);
    while (!s.isEmpty() && (s.back() == u'"' || s.back() == u'\'' || s.back().isSpace() || s.back() == u';' ||
                            s.back() == u','))
        s.chop(1);
    return s.toLower();
}

bool Normalize::isPlausibleEmail(QStringView e)
{
    if (e.isEmpty() || e.size() > 254 || e.count(u'@') != 1)
        return false;
    for (const QChar c : e) {
        if (c.isSpace() || c == u',' || c == u';' || c == u'<' || c == u'>')
            return false;
    }
    const qsizetype at = e.indexOf(u'@');
    const QStringView local = e.first(at);
    const QStringView domain = e.sliced(at + 1);
    return !local.isEmpty() && domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.') &&
           !domain.contains(u"..") && !local.startsWith(u'.') && !local.endsWith(u'.');
}

QString Normalize::phone(QStringView text, QStringView defaultCountryCode)
{
    static const QRegularExpression extension(
        QStringLiteral(R"((?:\s*(?:ext\.?|extension|x|#|转|分机)\s*\d+)$)"), QRegularExpression::CaseInsensitiveOption);
    QString s = folded(text);
    if (s.startsWith(u"tel:", Qt::CaseInsensitive))
        s.remove(0, 4);
    s.remove(extension);
    s.remove(QStringLiteral("(0)")); // "+44 (0)20 ..." writes the trunk prefix that callers from abroad skip

    bool international = false;
    for (const QChar c : std::as_const(s)) {
        if (c == u'+') {
            international = true;
            break;
        }
        if (c.isDigit())
            break;
    }
    QString digits;
    digits.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    if (digits.isEmpty())
        return {};
    if (!international && digits.startsWith(u"00")) {
        international = true;
        digits.remove(0, 2);
    }
    if (international)
        return u'+' + digits;

    QString cc;
    for (const QChar c : defaultCountryCode) {
        if (c >= u'0' && c <= u'9')
            cc.append(c);
    }
    if (cc.isEmpty())
        return digits;
    // Written with the country code but without + or 00 (8613800138000, 15551234567).
    if (digits.startsWith(cc) && digits.size() >= 11 && digits.size() - cc.size() >= 10)
        return u'+' + digits;
    if (digits.startsWith(u'0'))
        digits.remove(0, 1); // national trunk prefix
    return u'+' + cc + digits;
}

QString Normalize::nameKey(QStringView name)
{
    const QString s = folded(name).toCaseFolded();
    QString cleaned;
    cleaned.reserve(s.size());
    for (const QChar c : s) {
        if (c.isLetterOrNumber() || c.isMark())
            cleaned.append(c);
        else if (c.isSpace() && !cleaned.isEmpty() && cleaned.back() != u' ')
            cleaned.append(u' ');
        // other punctuation (O'Neil, Smith-Jones, 张·三) is dropped
    }
    QString out;
    out.reserve(cleaned.size());
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        if (cleaned[i] == u' ') {
            const bool cjkBefore = i > 0 && isCjk(cleaned[i - 1]);
            const bool cjkAfter = i + 1 < cleaned.size() && isCjk(cleaned[i + 1]);
            if (cjkBefore || cjkAfter || i + 1 == cleaned.size())
                continue;
        }
        out.append(cleaned[i]);
    }
    return out;
}

} // namespace rapport
