#pragma once

#include "analytics/ReportRange.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rapport {

enum class CampaignChannel { Email, Message, Phone, Event, Ads, Other };
// A member's progress; opted out means never targeted or exported again, by any campaign.
enum class MemberStatus { Targeted, Sent, Responded, Converted, OptedOut };

struct Campaign
{
    qint64 id = 0;
    QString name;
    CampaignChannel channel = CampaignChannel::Email;
    qint64 budgetMinor = 0;
    QString currency = QStringLiteral("USD");
    QDate startsOn;
    QDate endsOn;
    qint64 segmentId = 0; // 0 = none
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

struct CampaignMember
{
    qint64 customerId = 0;
    QString name;
    QString email;
    QString phone; // phone, or mobile when there is no phone
    MemberStatus status = MemberStatus::Targeted;
    QDateTime updatedAt;
};

// Rates are over the whole audience: responded counts members who responded or converted.
struct CampaignResults
{
    qint64 members = 0;
    std::array<qint64, 5> byStatus{}; // indexed by MemberStatus
    Ratio responseRate;               // (responded + converted) / members
    Ratio conversionRate;             // converted / members
    qint64 wonDeals = 0;              // attributed deals won, in the campaign's currency
    qint64 wonRevenueMinor = 0;
    qint64 openDeals = 0;             // attributed deals still open
    qint64 otherCurrencyDeals = 0;    // won deals in another currency (not added up)
    qint64 budgetMinor = 0;
    QString currency;
    std::optional<qint64> costPerConversionMinor; // budget / converted; none without conversions
    std::optional<double> roi;                    // (won revenue - budget) / budget; none without a budget
};

class CampaignText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::CampaignText)

public:
    static QString channelKey(CampaignChannel channel);
    static CampaignChannel channelFromKey(const QString& key);
    static QString channelName(CampaignChannel channel);
    static QList<CampaignChannel> channels();
    static QString statusKey(MemberStatus status);
    static std::optional<MemberStatus> statusFromKey(const QString& key);
    static QString statusName(MemberStatus status);
    static QList<MemberStatus> statuses();
};

} // namespace rapport
