#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace rapport {

// Turns any user text into safe FTS5 MATCH expressions. Every token is quoted ("tok", inner quotes
// doubled), so words like AND/NOT/NEAR and characters like * - " ( ) are searched for literally.
// Tokens of 3+ characters go to the trigram index (any substring); shorter ones to the gram index.
struct FtsQuery
{
    QString trigramMatch; // for *_fts trigram tables; empty if no long tokens
    QString shortMatch;   // for customers_grams; empty if no short tokens
    QStringList shortTokens;
    QStringList longTokens; // the tokens of trigramMatch, unquoted

    bool isEmpty() const { return trigramMatch.isEmpty() && shortMatch.isEmpty(); }
    static FtsQuery parse(const QString& userText);
    static QString quote(const QString& token);
};

// A SQL condition with its bound values, e.g. "c.id IN (SELECT rowid FROM customers_fts WHERE ...)".
struct SqlCondition
{
    QString sql;
    QVariantList values;
};

// How a text condition finds its rows. Gather collects every match from the full-text index first: cheap
// when few match. Probe asks the index about each candidate row on its own: cheap when many match and the
// query walks a sorted index and stops after a page (or checks only a few rows, such as the archived ones).
enum class MatchPlan { Gather, Probe };

// Customers whose name, company, emails, phones or notes contain every token.
SqlCondition customerTextCondition(const FtsQuery& query, const QString& idColumn, MatchPlan plan = MatchPlan::Gather);
// Deals whose title, or tickets whose subject, contain every token.
// `idColumn` and `textColumn` are qualified with the caller's table alias, e.g. "d.id" and "d.title".
SqlCondition titleTextCondition(const FtsQuery& query, const QString& ftsTable, const QString& idColumn,
                                const QString& textColumn);

} // namespace rapport
