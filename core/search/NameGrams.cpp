#include "NameGrams.h"

#include <QStringDecoder>

namespace rapport {
namespace {

// Length in bytes of the UTF-8 character starting at `p` (valid UTF-8 assumed, checked by the caller).
int charLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return 4;
}

bool isPlainUtf8(const QByteArray& text)
{
    if (text.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    return !decoder.hasError() && !decoded.contains(QChar::ReplacementCharacter);
}

} // namespace

bool NameGrams::fromLowered(const QByteArray& lowered, QByteArray* grams)
{
    // U+FFFD itself is fine, but a decoder's replacement would hide bytes SQLite counts differently: take the
    // slow path for it too (it only happens with damaged text).
    if (!isPlainUtf8(lowered))
        return false;
    // Character boundaries: starts[i] is the byte offset of character i; one extra entry marks the end.
    int starts[kPositions + 2];
    int count = 0;
    int offset = 0;
    while (offset < lowered.size() && count < kPositions + 1) {
        starts[count++] = offset;
        offset += charLength(static_cast<unsigned char>(lowered.at(offset)));
    }
    starts[count] = offset;
    const int positions = qMin(count, kPositions);
    // substr(s, n, 1) || ' ' || substr(s, n, 2), joined by ' ' (the second piece is one character at the end).
    grams->clear();
    grams->reserve(lowered.size() * 4);
    for (int n = 0; n < positions; ++n) {
        if (n > 0)
            grams->append(' ');
        grams->append(lowered.constData() + starts[n], starts[n + 1] - starts[n]);
        grams->append(' ');
        grams->append(lowered.constData() + starts[n], starts[qMin(n + 2, count)] - starts[n]);
    }
    return true;
}

} // namespace rapport
