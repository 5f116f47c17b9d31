#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

// What a segment condition looks at. The keys ("tag", "city", ...) are what segments.conditions stores.
enum class SegmentField {
    Tag,
    Kind,
    City,
    Region,
    Source,
    ValueTier,
    LastPurchase,
    LifetimeValue,
    OpenDeal,
    OpenTicket,
    BirthdayMonth
};

// How a condition compares. Each field accepts a few of these (SegmentRules::operatorsFor).
enum class SegmentOp {
    Is,       // equal (case-insensitive for text)
    IsNot,
    Contains, // text contains the value (literal, % and _ are not wildcards)
    Before,   // date: last purchase before the day (customers with no purchase are left out)
    After,    // date: a purchase on or after the day
    Never,    // no purchase at all
    AtLeast,  // money in minor units
    AtMost,
    Between,  // value..value2, both included
    Yes,      // has an open deal / ticket
    No
};

struct SegmentCondition
{
    SegmentCondition() = default;
    SegmentCondition(SegmentField f, SegmentOp o, QString v = {}, QString v2 = {})
        : field(f), op(o), value(std::move(v)), value2(std::move(v2))
    {
    }

    SegmentField field = SegmentField::Tag;
    SegmentOp op = SegmentOp::Is;
    QString value;  // text, tier key, kind key, date YYYY-MM-DD, money in minor units, month 1-12
    QString value2; // upper bound for Between

    bool operator==(const SegmentCondition& other) const = default;
};

struct Segment
{
    qint64 id = 0;
    QString name;
    bool matchAll = true; // all conditions (AND) or any (OR)
    QList<SegmentCondition> conditions;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Keys, labels and validation of conditions; the one place that knows which operator fits which field.
class SegmentRules
{
    Q_DECLARE_TR_FUNCTIONS(rapport::SegmentRules)

public:
    static QString fieldKey(SegmentField field);
    static std::optional<SegmentField> fieldFromKey(const QString& key);
    static QString opKey(SegmentOp op);
    static std::optional<SegmentOp> opFromKey(const QString& key);
    static QList<SegmentField> fields();
    static QList<SegmentOp> operatorsFor(SegmentField field);
    static QString fieldName(SegmentField field);
    static QString opName(SegmentOp op);
    // Checks the operator fits the field and the value parses; the message names the field.
    static Status validate(const SegmentCondition& condition);

    // segments.conditions: [{"field": "tag", "op": "is", "value": "VIP", "value2": ""}, ...]
    static QString toJson(const QList<SegmentCondition>& conditions);
    static Result<QList<SegmentCondition>> fromJson(const QString& json);
};

} // namespace rapport
