#include "CsvDialect.h"

#include <QList>
#include <QMap>

#include <array>

namespace rapport {
namespace {

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

qsizetype CsvDialect::sepLineLength(QStringView text, QChar* separator)
{
    // sep=;  or, from some exporters, "sep=;"
    const bool quoted = text.startsWith(u"\"sep=", Qt::CaseInsensitive);
    const QStringView head = quoted ? text.sliced(1) : text;
    if (!head.startsWith(u"sep=", Qt::CaseInsensitive) || head.size() < 5 || isLineEnd(head[4].unicode()))
        return 0;
    qsizetype end = 5;
    if (quoted) {
        if (head.size() <= 5 || head[5] != u'"')
            return 0;
        ++end;
    }
    if (end < head.size() && !isLineEnd(head[end].unicode()))
        return 0;
    if (separator)
        *separator = head[4];
    if (end < head.size())
        end += head.sliced(end).startsWith(u"\r\n") ? 2 : 1;
    return end + (quoted ? 1 : 0);
}

QChar CsvDialect::detectSeparator(QStringView sample)
{
    constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    constexpr int maxLines = 30;
    QList<std::array<int, 3>> lines;
    std::array<int, 3> counts{};
    bool inQuotes = false;
    bool lineHasText = false;
    qsizetype i = 0;
    for (; i < sample.size() && lines.size() < maxLines; ++i) {
        const char16_t c = sample[i].unicode();
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && isLineEnd(c)) {
            if (lineHasText)
                lines.append(counts);
            counts = {};
            lineHasText = false;
            continue;
        } else if (!inQuotes) {
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k];
        }
        lineHasText = true;
    }
    // The last line counts only when the sample holds nothing else (it may be cut short).
    if (lineHasText && lines.isEmpty())
        lines.append(counts);

    int best = 0;
    int bestConsistent = -1;
    int bestMode = 0;
    for (int k = 0; k < 3; ++k) {
        // The most frequent non-zero count is the column count this separator would give.
        QMap<int, int> frequency;
        for (const auto& line : std::as_const(lines)) {
            if (line[k] > 0)
                ++frequency[line[k]];
        }
        int mode = 0, consistent = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > consistent || (it.value() == consistent && it.key() > mode)) {
                mode = it.key();
                consistent = it.value();
            }
        }
        if (consistent > bestConsistent || (consistent == bestConsistent && mode > bestMode)) {
            best = k;
            bestConsistent = consistent;
            bestMode = mode;
        }
    }
    return bestConsistent > 0 ? QChar(candidates[best]) : QChar(u',');
}

} // namespace rapport
