#pragma once

#include "Result.h"
#include "campaigns/Segment.h"
#include "search/FtsQuery.h"

namespace rapport {

// Turns a segment into a condition over `customers c` (active customers only). Column names come from the
// switch in code; every value the owner typed is bound. Invalid conditions are refused, never guessed.
class SegmentSql
{
public:
    static Result<SqlCondition> condition(const Segment& segment);
    static Result<SqlCondition> condition(const SegmentCondition& condition);
    // "abc" -> "%abc%" with \ % _ escaped, for LIKE ... ESCAPE '\'.
    static QString likePattern(const QString& text);
};

} // namespace rapport
