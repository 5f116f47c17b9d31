#include "Campaign.h"

namespace rapport {

QString CampaignText::channelKey(CampaignChannel channel)
{
    switch (channel) {
    case CampaignChannel::Email: return QStringLiteral("email");
    case CampaignChannel::Message: return QStringLiteral("message");
    case CampaignChannel::Phone: return QStringLiteral("phone");
    case CampaignChannel::Event: return QStringLiteral("event");
    case CampaignChannel::Ads: return QStringLiteral("ads");
    case CampaignChannel::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

CampaignChannel CampaignText::channelFromKey(const QString& key)
{
    for (CampaignChannel c : channels()) {
        if (channelKey(c) == key)
            return c;
    }
    return CampaignChannel::Other;
}

QString CampaignText::channelName(CampaignChannel channel)
{
    switch (channel) {
    case CampaignChannel::Email: return tr("Email");
    case CampaignChannel::Message: return tr("SMS / message");
    case CampaignChannel::Phone: return tr("Phone");
    case CampaignChannel::Event: return tr("Event");
    case CampaignChannel::Ads: return tr("Ads");
    case CampaignChannel::Other: return tr("Other");
    }
    return {};
}

QList<CampaignChannel> CampaignText::channels()
{
    return {CampaignChannel::Email, CampaignChannel::Message, CampaignChannel::Phone,
            CampaignChannel::Event, CampaignChannel::Ads,     CampaignChannel::Other};
}

QString CampaignText::statusKey(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Targeted: return QStringLiteral("targeted");
    case MemberStatus::Sent: return QStringLiteral("sent");
    case MemberStatus::Responded: return QStringLiteral("responded");
    case MemberStatus::Converted: return QStringLiteral("converted");
    case MemberStatus::OptedOut: return QStringLiteral("opted_out");
    }
    return {};
}

std::optional<MemberStatus> CampaignText::statusFromKey(const QString& key)
{
    for (MemberStatus s : statuses()) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString CampaignText::statusName(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Targeted: return tr("Targeted");
    case MemberStatus::Sent: return tr("Sent");
    case MemberStatus::Responded: return tr("Responded");
    case MemberStatus::Converted: return tr("Converted");
    case MemberStatus::OptedOut: return tr("Opted out");
    }
    return {};
}

QList<MemberStatus> CampaignText::statuses()
{
    return {MemberStatus::Targeted, MemberStatus::Sent, MemberStatus::Responded, MemberStatus::Converted,
            MemberStatus::OptedOut};
}

} // namespace rapport
