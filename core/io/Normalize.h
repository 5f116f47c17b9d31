#pragma once

#include <QString>
#include <QStringView>

namespace rapport {

// Canonical forms used to compare what owners type and what exports contain, so the same person is
// found again (duplicates, re-imports). Pure functions; nothing here touches the database.
class Normalize
{
public:
    // Trimmed, full-width characters folded (ｚｈａｎｇ＠ｑｑ．ｃｏｍ), "mailto:" and <...> removed,
    // lower case. Empty when nothing is left.
    static QString email(QStringView text);
    // A light check for obviously broken addresses: one @, a local part, a dotted domain, no spaces.
    static bool isPlausibleEmail(QStringView normalizedEmail);

    // Digits only, with a leading + when the country is known: "+86 138-0013-8000", "0086 13800138000"
    // and, with defaultCountryCode "86", "13800138000" all give "+8613800138000". A national trunk 0
    // ("010-1234 5678") is dropped when the country code is added. Extensions (x12, ext. 12, 转12) are
    // dropped. `defaultCountryCode` is digits such as "86" or "1" (a leading + is ignored).
    static QString phone(QStringView text, QStringView defaultCountryCode = {});

    // A key for comparing people's names: case-folded, full-width folded, whitespace collapsed, and no
    // spaces between CJK characters ("张 三" == "张三"), punctuation dropped ("O'Neil" == "oneil").
    static QString nameKey(QStringView name);
};

} // namespace rapport
