#pragma once

#include "Result.h"
#include "io/TextDecoding.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

// An email, phone or URL with its TYPE parameters ("work", "home", "cell", "voice", ...), lower case.
struct VCardValue
{
    QString value;
    QStringList types;
    bool preferred = false;
    QString label; // Apple's itemN.X-ABLabel for the same group, e.g. "Assistant"
};

struct VCardAddress
{
    QString poBox;
    QString extended;
    QString street;
    QString locality; // city
    QString region;
    QString postalCode;
    QString country;
    QStringList types;
    bool preferred = false;
};

// One card, as plain data. Text is decoded and unescaped; nothing here knows about the database.
struct VCardContact
{
    QString version; // "2.1", "3.0", "4.0" as written
    qint64 line = 0; // line of BEGIN:VCARD
    bool complete = true; // false when the card had no END:VCARD

    QString formattedName; // FN
    QString familyName;    // N, component 1
    QString givenName;     // N, component 2
    QString additionalNames;
    QString honorificPrefixes;
    QString honorificSuffixes;
    QString organization;    // ORG, first component
    QStringList orgUnits;    // ORG, the rest (departments)
    QString title;
    QList<VCardValue> emails;
    QList<VCardValue> phones;
    QList<VCardAddress> addresses;
    QDate birthday;             // invalid when absent or unreadable
    bool birthdayHasYear = true; // --0412 is stored as year 1604 (Apple's convention) with this false
    QString note;
    QString source; // X-RAPPORT-SOURCE, written by Rapport's own export
    QStringList urls;
    QStringList categories;

    // FN, else the name composed from N (family first for CJK names), else the organisation.
    QString displayName() const;
};

// A problem in the file that did not stop the rest from being read.
struct VCardIssue
{
    qint64 line = 0;
    QString code; // "vcard.missing_end", "vcard.invalid_bytes", "vcard.bad_birthday", "vcard.stray_line"
    QString message;
};

struct VCardParseResult
{
    QList<VCardContact> contacts;
    QList<VCardIssue> issues;
    EncodingGuess encoding;
};

// Reads vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350) as phones, Apple, Google and Outlook write them:
// several cards per file, folded lines, QUOTED-PRINTABLE with soft line breaks, CHARSET parameters
// (UTF-8, GBK, GB2312, ...) per property, BASE64 photos skipped, escaped characters, grouped
// properties (item1.EMAIL), TYPE parameters in 2.1 bare form (TEL;WORK;VOICE) and 3.0/4.0 form.
class VCardReader
{
public:
    // Bytes of the whole file; `encoding` is the default for properties without a CHARSET (Auto detects).
    static VCardParseResult parse(const QByteArray& data, TextEncoding encoding = TextEncoding::Auto);
    // Errors when the file cannot be read, is binary, or holds no card at all.
    static Result<VCardParseResult> readFile(const QString& path, TextEncoding encoding = TextEncoding::Auto);

    // 19850412, 1985-04-12, --0412, --04-12, 1985-04-12T10:00:00Z; `hasYear` false for --MMDD.
    static QDate parseDate(QStringView text, bool* hasYear = nullptr);
};

} // namespace rapport
