#include "Segment.h"

#include "analytics/ValueTiers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport {
namespace {

struct FieldInfo
{
    SegmentField field;
    const char* key;
};

constexpr FieldInfo kFields[] = {
    {SegmentField::Tag, "tag"},
    {SegmentField::Kind, "kind"},
    {SegmentField::City, "city"},
    {SegmentField::Region, "region"},
    {SegmentField::Source, "source"},
    {SegmentField::ValueTier, "value_tier"},
    {SegmentField::LastPurchase, "last_purchase"},
    {SegmentField::LifetimeValue, "lifetime_value"},
    {SegmentField::OpenDeal, "open_deal"},
    {SegmentField::OpenTicket, "open_ticket"},
    {SegmentField::BirthdayMonth, "birthday_month"},
};

struct OpInfo
{
    SegmentOp op;
    const char* key;
};

constexpr OpInfo kOps[] = {
    {SegmentOp::Is, "is"},           {SegmentOp::IsNot, "is_not"},     {SegmentOp::Contains, "contains"},
    {SegmentOp::Before, "before"},   {SegmentOp::After, "after"},      {SegmentOp::Never, "never"},
    {SegmentOp::AtLeast, "at_least"}, {SegmentOp::AtMost, "at_most"},  {SegmentOp::Between, "between"},
    {SegmentOp::Yes, "yes"},         {SegmentOp::No, "no"},
};

bool isMoney(const QString& text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v >= 0;
}

} // namespace

QString SegmentRules::fieldKey(SegmentField field)
{
    for (const auto& f : kFields) {
        if (f.field == field)
            return QString::fromLatin1(f.key);
    }
    return {};
}

std::optional<SegmentField> SegmentRules::fieldFromKey(const QString& key)
{
    for (const auto& f : kFields) {
        if (key == QLatin1String(f.key))
            return f.field;
    }
    return std::nullopt;
}

QString SegmentRules::opKey(SegmentOp op)
{
    for (const auto& o : kOps) {
        if (o.op == op)
            return QString::fromLatin1(o.key);
    }
    return {};
}

std::optional<SegmentOp> SegmentRules::opFromKey(const QString& key)
{
    for (const auto& o : kOps) {
        if (key == QLatin1String(o.key))
            return o.op;
    }
    return std::nullopt;
}

QList<SegmentField> SegmentRules::fields()
{
    QList<SegmentField> list;
    for (const auto& f : kFields)
        list << f.field;
    return list;
}

QList<SegmentOp> SegmentRules::operatorsFor(SegmentField field)
{
    switch (field) {
    case SegmentField::Tag:
    case SegmentField::Kind:
    case SegmentField::ValueTier: return {SegmentOp::Is, SegmentOp::IsNot};
    case SegmentField::City:
    case SegmentField::Region:
    case SegmentField::Source: return {SegmentOp::Is, SegmentOp::IsNot, SegmentOp::Contains};
    case SegmentField::LastPurchase: return {SegmentOp::Before, SegmentOp::After, SegmentOp::Never};
    case SegmentField::LifetimeValue: return {SegmentOp::AtLeast, SegmentOp::AtMost, SegmentOp::Between};
    case SegmentField::OpenDeal:
    case SegmentField::OpenTicket: return {SegmentOp::Yes, SegmentOp::No};
    case SegmentField::BirthdayMonth: return {SegmentOp::Is};
    }
    return {};
}

QString SegmentRules::fieldName(SegmentField field)
{
    switch (field) {
    case SegmentField::Tag: return tr("Tag");
    case SegmentField::Kind: return tr("Kind");
    case SegmentField::City: return tr("City");
    case SegmentField::Region: return tr("Region");
    case SegmentField::Source: return tr("Source");
    case SegmentField::ValueTier: return tr("Value tier");
    case SegmentField::LastPurchase: return tr("Last purchase");
    case SegmentField::LifetimeValue: return tr("Lifetime value");
    case SegmentField::OpenDeal: return tr("Open deal");
    case SegmentField::OpenTicket: return tr("Open ticket");
    case SegmentField::BirthdayMonth: return tr("Birthday month");
    }
    return {};
}

QString SegmentRules::opName(SegmentOp op)
{
    switch (op) {
    case SegmentOp::Is: return tr("is");
    case SegmentOp::IsNot: return tr("is not");
    case SegmentOp::Contains: return tr("contains");
    case SegmentOp::Before: return tr("before");
    case SegmentOp::After: return tr("on or after");
    case SegmentOp::Never: return tr("never");
    case SegmentOp::AtLeast: return tr("at least");
    case SegmentOp::AtMost: return tr("at most");
    case SegmentOp::Between: return tr("between");
    case SegmentOp::Yes: return tr("has one");
    case SegmentOp::No: return tr("has none");
    }
    return {};
}

Status SegmentRules::validate(const SegmentCondition& c)
{
    const QString field = fieldName(c.field);
    if (!operatorsFor(c.field).contains(c.op))
        return makeError(QStringLiteral("invalid"), tr("%1: \"%2\" does not apply here.").arg(field, opName(c.op)));
    switch (c.field) {
    case SegmentField::Tag:
    case SegmentField::City:
    case SegmentField::Region:
    case SegmentField::Source:
        if (c.value.trimmed().isEmpty())
            return makeError(QStringLiteral("invalid"), tr("%1: enter a value.").arg(field));
        if (c.value.size() > 1000)
            return makeError(QStringLiteral("invalid"), tr("%1: the value is too long (at most 1,000 characters).").arg(field));
        break;
    case SegmentField::Kind:
        if (c.value != QLatin1String("person") && c.value != QLatin1String("company"))
            return makeError(QStringLiteral("invalid"), tr("%1: choose person or company.").arg(field));
        break;
    case SegmentField::ValueTier:
        if (valueTierFromKey(c.value) == ValueTier::None)
            return makeError(QStringLiteral("invalid"), tr("%1: choose a tier.").arg(field));
        break;
    case SegmentField::LastPurchase:
        if (c.op != SegmentOp::Never && !QDate::fromString(c.value, Qt::ISODate).isValid())
            return makeError(QStringLiteral("invalid"), tr("%1: enter a date.").arg(field));
        break;
    case SegmentField::LifetimeValue:
        if (!isMoney(c.value) || (c.op == SegmentOp::Between && !isMoney(c.value2)))
            return makeError(QStringLiteral("invalid"), tr("%1: enter an amount of zero or more.").arg(field));
        if (c.op == SegmentOp::Between && c.value.toLongLong() > c.value2.toLongLong())
            return makeError(QStringLiteral("invalid"), tr("%1: the first amount is larger than the second.").arg(field));
        break;
    case SegmentField::BirthdayMonth: {
        bool ok = false;
        const int month = c.value.toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return makeError(QStringLiteral("invalid"), tr("%1: choose a month.").arg(field));
        break;
    }
    case SegmentField::OpenDeal:
    case SegmentField::OpenTicket: break;
    }
    return Ok{};
}

QString SegmentRules::toJson(const QList<SegmentCondition>& conditions)
{
    QJsonArray array;
    for (const auto& c : conditions) {
        QJsonObject o{{QStringLiteral("field"), fieldKey(c.field)}, {QStringLiteral("op"), opKey(c.op)},
                      {QStringLiteral("value"), c.value}};
        if (!c.value2.isEmpty())
            o.insert(QStringLiteral("value2"), c.value2);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<SegmentCondition>> SegmentRules::fromJson(const QString& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(QStringLiteral("corrupt"), tr("The segment's conditions cannot be read."));
    QList<SegmentCondition> list;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const auto field = fieldFromKey(o.value(QStringLiteral("field")).toString());
        const auto op = opFromKey(o.value(QStringLiteral("op")).toString());
        if (!field || !op)
            return makeError(QStringLiteral("corrupt"), tr("The segment has a condition this version does not know."));
        list << SegmentCondition{*field, *op, o.value(QStringLiteral("value")).toString(),
                                 o.value(QStringLiteral("value2")).toString()};
    }
    return list;
}

} // namespace rapport
