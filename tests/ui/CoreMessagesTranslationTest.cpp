#include "catch.h"

#include "activities/ActivityRepository.h"
#include "db/Query.h"
#include "deals/DealRepository.h"
#include "tickets/TicketRepository.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace rapport;

namespace {

// Installs the shipped Chinese catalogue for the test's lifetime.
class ChineseCatalogue
{
public:
    ChineseCatalogue()
    {
        loaded = translator.load(QStringLiteral(":/i18n/rapport_zh_CN.qm"));
        QCoreApplication::installTranslator(&translator);
    }
    ~ChineseCatalogue() { QCoreApplication::removeTranslator(&translator); }
    bool loaded = false;

private:
    QTranslator translator;
};

bool hasChinese(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace

// The core's messages are built in many files; each must be looked up under the context lupdate gave it,
// or the Chinese window shows them in English although the catalogue has them.
TEST_CASE("Core validation and storage messages appear in Chinese", "[ui][translations]")
{
    ChineseCatalogue zh;
    REQUIRE(zh.loaded);

    const auto deal = DealRepository::validate(Deal{});
    REQUIRE_FALSE(deal);
    CHECK(hasChinese(deal.error().message));

    const auto ticket = TicketRepository::validate(Ticket{});
    REQUIRE_FALSE(ticket);
    CHECK(hasChinese(ticket.error().message));

    const auto activity = ActivityRepository::validate(Activity{});
    REQUIRE_FALSE(activity);
    CHECK(hasChinese(activity.error().message));

    const QString full = explainSqlError(QStringLiteral("database or disk is full"));
    CHECK(hasChinese(full));
    CHECK(full.contains(QStringLiteral("database or disk is full"))); // the driver's words stay for support
}
