#pragma once

#include <QByteArray>

namespace rapport {

// The text of the short-piece index (customers_grams): every 1- and 2-character piece of a customer's name and
// company name. The schema's triggers build it in SQL with substr() over the positions table, which costs most
// of a bulk load's catch-up; this builds the same text in C++ (a test holds the two to the same bytes).
class NameGrams
{
public:
    // Positions indexed: the rows of search_positions (migration 0001), so long names index their start only.
    static constexpr int kPositions = 64;

    // `lowered` is SQLite's lower(name || ' ' || company) in its stored UTF-8. Gives the grams text as the trigger
    // stores it, or false when only SQLite's own expression is sure to: text that is not valid UTF-8 or holds a
    // NUL (SQLite counts characters there by its own rules).
    static bool fromLowered(const QByteArray& lowered, QByteArray* grams);
};

} // namespace rapport
