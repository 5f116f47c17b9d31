#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace rapport {

// One vCard content line after unfolding: [group.]NAME;params:value. Kept as bytes: the value's
// charset is only known from its own CHARSET/ENCODING parameters.
struct VCardLine
{
    QByteArray name;  // upper case, without group
    QByteArray group; // upper case ("ITEM1"), empty when none
    QList<std::pair<QByteArray, QByteArray>> params; // key upper case ("" for 2.1 bare values), value
    QByteArray value;
    qint64 line = 0; // first physical line

    static VCardLine parse(QByteArrayView text, qint64 line);

    QByteArray param(const char* key) const;
    // "QUOTED-PRINTABLE", "BASE64", "B" or empty, from ENCODING= or a bare 2.1 parameter.
    QString encoding() const;
    // TYPE values from both TYPE=work,voice and 2.1's bare ;WORK;VOICE, lower case; "pref" (and PREF=)
    // set `preferred`; "internet" and encoding words are dropped.
    QStringList types(bool* preferred) const;

    // Helpers for unfolding physical lines.
    static bool startsWithSpace(QByteArrayView line);
    // Where the value starts: the first ':' not inside a quoted parameter value; -1 when none.
    static qsizetype colonIndex(QByteArrayView line);
    static bool isQuotedPrintable(QByteArrayView line);

    // Value decoding.
    static QByteArray decodeQuotedPrintable(QByteArrayView data);
    // \n \N \, \; \: \\ ; an unknown escape is kept as written (C:\path).
    static QString unescape(QStringView text);
    // Splits on separators not escaped with a backslash; components are unescaped.
    static QStringList splitEscaped(QStringView text, QChar separator);
};

} // namespace rapport
