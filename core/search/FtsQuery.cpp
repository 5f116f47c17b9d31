#include "FtsQuery.h"

#include <QRegularExpression>

namespace rapport {
namespace {
// Gram tokens are indexed by unicode61, which ignores punctuation; a token with no letter or digit finds nothing.
bool hasWordCharacter(const QString& token)
{
    for (const QChar c : token) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}
} // namespace

QString FtsQuery::quote(const QString& token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

FtsQuery FtsQuery::parse(const QString& userText)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    FtsQuery q;
    QStringList longTerms;
    QStringList shortTerms;
    // Cap the work one query can ask for: 16 tokens of at most 64 characters.
    const QStringList tokens = userText.split(spaces, Qt::SkipEmptyParts).mid(0, 16);
    for (QString token : tokens) {
        token.truncate(64);
        if (token.size() >= 3) {
            longTerms << quote(token);
            q.longTokens << token;
        } else if (hasWordCharacter(token)) {
            shortTerms << quote(token.toLower());
            q.shortTokens << token;
        }
    }
    q.trigramMatch = longTerms.join(QLatin1Char(' '));
    q.shortMatch = shortTerms.join(QLatin1Char(' '));
    return q;
}

SqlCondition customerTextCondition(const FtsQuery& query, const QString& idColumn, MatchPlan plan)
{
    const QString form = plan == MatchPlan::Gather ? QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
                                                   : QStringLiteral("EXISTS (SELECT 1 FROM %2 WHERE %2 MATCH ? AND rowid = %1)");
    SqlCondition c;
    QStringList parts;
    if (!query.trigramMatch.isEmpty()) {
        parts << form.arg(idColumn, QStringLiteral("customers_fts"));
        c.values << query.trigramMatch;
    }
    if (!query.shortMatch.isEmpty()) {
        parts << form.arg(idColumn, QStringLiteral("customers_grams"));
        c.values << query.shortMatch;
    }
    c.sql = parts.join(QStringLiteral(" AND "));
    return c;
}

SqlCondition titleTextCondition(const FtsQuery& query, const QString& ftsTable, const QString& idColumn,
                                const QString& textColumn)
{
    SqlCondition c;
    QStringList parts;
    if (!query.trigramMatch.isEmpty()) {
        parts << QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(idColumn, ftsTable);
        c.values << query.trigramMatch;
    }
    // Titles have no gram index: short tokens are tested row by row, as a plain predicate so that a query
    // ordered by an index with a LIMIT stops as soon as it has enough rows.
    for (const QString& token : query.shortTokens) {
        parts << QStringLiteral("instr(lower(%1), ?) > 0").arg(textColumn);
        c.values << token.toLower();
    }
    c.sql = parts.join(QStringLiteral(" AND "));
    return c;
}

} // namespace rapport
