#include "CustomerHeader.h"

#include "analytics/ValueTiers.h"

#include "common/Format.h"

#include <QDesktopServices>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport {
namespace {

QString link(const QString& href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\" style=\"text-decoration:none\">%2</a>")
        .arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

QString initials(const QString& name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    const QChar first = words.first().at(0);
    // Chinese, Japanese and Korean names: the first character (the family name) is what people expect.
    if (first.script() == QChar::Script_Han || first.script() == QChar::Script_Hangul ||
        first.script() == QChar::Script_Hiragana || first.script() == QChar::Script_Katakana)
        return QString(first);
    QString text(first.toUpper());
    if (words.size() > 1)
        text += words.last().at(0).toUpper();
    return text;
}

} // namespace

CustomerHeader::CustomerHeader(QWidget* parent)
    : QWidget(parent), m_avatar(new QLabel(this)), m_name(new QLabel(this)), m_tier(new QLabel(this)),
      m_subtitle(new QLabel(this)),
      m_contacts(new QLabel(this)), m_tags(new QWidget(this)), m_tagsLayout(new QHBoxLayout(m_tags))
{
    setObjectName(QStringLiteral("customerHeader"));
    m_avatar->setObjectName(QStringLiteral("customerAvatar"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_tier->setObjectName(QStringLiteral("customerTier"));
    m_subtitle->setObjectName(QStringLiteral("customerSubtitle"));
    m_contacts->setObjectName(QStringLiteral("customerContacts"));
    m_tags->setObjectName(QStringLiteral("customerTags"));

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.7);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_subtitle->setOpenExternalLinks(false);
    m_contacts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_contacts->setOpenExternalLinks(false);
    m_contacts->setWordWrap(true);
    m_tagsLayout->setContentsMargins(0, 2, 0, 0);
    m_tagsLayout->setSpacing(6);
    connect(m_subtitle, &QLabel::linkActivated, this, &CustomerHeader::onLink);
    connect(m_contacts, &QLabel::linkActivated, this, &CustomerHeader::onLink);

    auto* text = new QVBoxLayout;
    text->setSpacing(3);
    text->addWidget(m_name);
    // The tier badge sits on the subtitle line: beside the (word-wrapped) name it would squeeze it.
    auto* subtitleRow = new QHBoxLayout;
    subtitleRow->setSpacing(10);
    subtitleRow->addWidget(m_subtitle);
    subtitleRow->addWidget(m_tier, 0, Qt::AlignVCenter);
    subtitleRow->addStretch(1);
    text->addLayout(subtitleRow);
    text->addSpacing(4);
    text->addWidget(m_contacts);
    text->addWidget(m_tags);

    auto* facts = new QHBoxLayout;
    facts->setSpacing(28);
    facts->addWidget(fact("sinceFact", &m_sinceValue, &m_sinceCaption));
    facts->addWidget(fact("valueFact", &m_valueValue, &m_valueCaption));
    facts->addWidget(fact("openDealsFact", &m_dealsValue, &m_dealsCaption));
    facts->addWidget(fact("lastContactFact", &m_contactValue, &m_contactCaption));
    facts->addStretch();
    m_sinceCaption->setText(tr("Customer since"));
    m_valueCaption->setText(tr("Lifetime value"));
    m_dealsCaption->setText(tr("Open deals"));
    m_contactCaption->setText(tr("Last contact"));

    auto* top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(m_avatar, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addLayout(facts);
}

QWidget* CustomerHeader::fact(const char* objectName, QLabel** value, QLabel** caption)
{
    auto* box = new QWidget(this);
    box->setObjectName(QString::fromLatin1(objectName));
    *value = new QLabel(box);
    *caption = new QLabel(box);
    QFont valueFont = (*value)->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.2);
    valueFont.setWeight(QFont::DemiBold);
    (*value)->setFont(valueFont);
    (*caption)->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(*caption);
    layout->addWidget(*value);
    return box;
}

QPixmap CustomerHeader::avatar(const QString& name, bool company, int size, qreal dpr)
{
    static const QColor palette[] = {QColor(0x4f, 0x86, 0xf7), QColor(0x2e, 0xa0, 0x6b), QColor(0xe0, 0x7a, 0x2e),
                                     QColor(0x9b, 0x5c, 0xd6), QColor(0xd6, 0x4f, 0x6b), QColor(0x1f, 0x9c, 0xb0),
                                     QColor(0x7a, 0x86, 0x99)};
    const QColor color = palette[qHash(name) % (sizeof(palette) / sizeof(palette[0]))];
    QPixmap pm(qRound(size * dpr), qRound(size * dpr));
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    if (company)
        p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
    else
        p.drawEllipse(QRectF(0, 0, size, size));
    QFont f = p.font();
    f.setPixelSize(qRound(size * 0.4));
    f.setWeight(QFont::DemiBold);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials(name));
    return pm;
}

void CustomerHeader::setCustomer(const Customer& c, const QString& currency, int people)
{
    const bool company = c.kind == CustomerKind::Company;
    m_avatar->setPixmap(avatar(c.name, company, 72, devicePixelRatioF()));
    m_name->setText(c.name);
    showTier(valueTierFromKey(c.valueTier));

    QStringList subtitle;
    if (company) {
        subtitle << tr("Company");
        if (people > 0)
            subtitle << tr("%n person(s)", nullptr, people);
    } else {
        if (!c.jobTitle.isEmpty())
            subtitle << c.jobTitle.toHtmlEscaped();
        if (c.companyId > 0)
            subtitle << link(QStringLiteral("customer:%1").arg(c.companyId), c.companyName);
    }
    if (c.isArchived())
        subtitle << tr("Archived %1").arg(Format::date(c.archivedAt.toLocalTime().date()));
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_subtitle->setVisible(!subtitle.isEmpty());

    QStringList contacts;
    for (const QString& email : {c.email, c.email2}) {
        if (!email.isEmpty())
            contacts << link(QStringLiteral("mailto:") + email, email);
    }
    for (const QString& phone : {c.phone, c.mobile}) {
        if (!phone.isEmpty()) {
            QString dial = phone;
            dial.remove(QLatin1Char(' '));
            contacts << link(QStringLiteral("tel:") + dial, phone);
        }
    }
    if (!c.website.isEmpty()) {
        const QString url = c.website.contains(QStringLiteral("://")) ? c.website : QStringLiteral("https://") + c.website;
        contacts << link(url, c.website);
    }
    QStringList place;
    for (const QString& part : {c.city, c.country}) {
        if (!part.isEmpty())
            place << part;
    }
    if (!place.isEmpty())
        contacts << place.join(QStringLiteral(", ")).toHtmlEscaped();
    if (c.birthday.isValid())
        contacts << tr("Birthday %1").arg(QLocale().toString(c.birthday, tr("MMMM d")));
    m_contacts->setText(contacts.join(QStringLiteral("&nbsp;&nbsp;·&nbsp;&nbsp;")));
    m_contacts->setVisible(!contacts.isEmpty());

    while (QLayoutItem* item = m_tagsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& tag : c.tags) {
        auto* chip = new QLabel(tag, m_tags);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
                                           " border-radius: 9px; padding: 1px 9px; }"));
        m_tagsLayout->addWidget(chip);
    }
    m_tagsLayout->addStretch();
    m_tags->setVisible(!c.tags.isEmpty());

    m_sinceValue->setText(Format::date(c.createdAt.toLocalTime().date()));
    m_valueValue->setText(Format::money(c.lifetimeValue, currency));
    m_dealsValue->setText(QLocale().toString(c.openDeals));
    m_contactValue->setText(c.lastContactAt.isValid() ? Format::relative(c.lastContactAt) : tr("Never"));
    m_contactValue->setToolTip(Format::dateTime(c.lastContactAt));
}

// The stored value tier as a small badge beside the name (none: no badge), its meaning in the tooltip.
void CustomerHeader::showTier(ValueTier tier)
{
    const char* colour = "#8a8f98";
    switch (tier) {
    case ValueTier::Important: colour = "#c98a00"; break;
    case ValueTier::Major: colour = "#2f6fd0"; break;
    case ValueTier::General: colour = "#8a8f98"; break;
    case ValueTier::AtRisk: colour = "#d0453a"; break;
    case ValueTier::None: break;
    }
    m_tier->setVisible(tier != ValueTier::None);
    m_tier->setText(ValueTiers::tierName(tier));
    m_tier->setToolTip(ValueTiers::tierHint(tier));
    m_tier->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; color: %1; border-radius: 9px; "
                                         "padding: 1px 9px; font-weight: 600; }")
                              .arg(QLatin1String(colour)));
}

void CustomerHeader::onLink(const QString& href)
{
    if (href.startsWith(QStringLiteral("customer:"))) {
        emit companyClicked(href.mid(9).toLongLong());
        return;
    }
    QDesktopServices::openUrl(QUrl(href));
}

} // namespace rapport
