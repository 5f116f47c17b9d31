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

// Customers whose name, company, emails, phones or notes contain every token.
SqlCondition customerTextCondition(const FtsQuery& query, const QString& idColumn);
// Deals whose title, or tickets whose subject, contain every token.
// `idColumn` and `textColumn` are qualified with the caller's table alias, e.g. "d.id" and "d.title".
SqlCondition titleTextCondition(const FtsQuery& query, const QString& ftsTable, const QString& idColumn,
                                const QString& textColumn);

} // namespace rapport
