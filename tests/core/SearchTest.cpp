#include "catch.h"

#include "TempDatabase.h"
#include "customers/CustomerRepository.h"
#include "deals/DealRepository.h"
#include "search/FtsQuery.h"
#include "search/SearchService.h"
#include "tickets/TicketRepository.h"

using namespace rapport;

namespace {
struct Fixture
{
    test::TempDatabase t;
    CustomerRepository customers{t.db()};
    qint64 add(const QString& name, const QString& email = {}, CustomerKind kind = CustomerKind::Person,
               qint64 companyId = 0, const QString& phone = {})
    {
        Customer c;
        c.name = name;
        c.email = email;
        c.kind = kind;
        c.companyId = companyId;
        c.mobile = phone;
        auto id = customers.create(c);
        REQUIRE(id);
        return id.value();
    }
    QStringList titles(const QString& query)
    {
        SearchService search(t.db());
        auto hits = search.search(query, 20);
        INFO((hits ? QString() : hits.error().message).toStdString());
        REQUIRE(hits);
        QStringList out;
        for (const auto& h : hits.value())
            out << h.title;
        return out;
    }
};
} // namespace

TEST_CASE("Search finds English names by word, prefix and substring, any case", "[search]")
{
    Fixture f;
    f.add(QStringLiteral("Margaret O'Brien"), QStringLiteral("maggie@obrien.ie"));
    f.add(QStringLiteral("Brian Fox"));
    const qint64 acme = f.add(QStringLiteral("Acme Hardware"), {}, CustomerKind::Company);
    f.add(QStringLiteral("Wile Coyote"), QStringLiteral("wile@acme.test"), CustomerKind::Person, acme,
          QStringLiteral("+1 555-201-7788"));
    CHECK(f.titles(QStringLiteral("margaret")) == QStringList{QStringLiteral("Margaret O'Brien")});
    CHECK(f.titles(QStringLiteral("O'Brien")) == QStringList{QStringLiteral("Margaret O'Brien")});
    CHECK(f.titles(QStringLiteral("BRIE")) == QStringList{QStringLiteral("Margaret O'Brien")});
    CHECK(f.titles(QStringLiteral("maggie@obrien")) == QStringList{QStringLiteral("Margaret O'Brien")});
    // A person is found by their company's name, and the company itself comes first.
    CHECK(f.titles(QStringLiteral("acme")) == QStringList{QStringLiteral("Acme Hardware"), QStringLiteral("Wile Coyote")});
    CHECK(f.titles(QStringLiteral("201-77")) == QStringList{QStringLiteral("Wile Coyote")});
    CHECK(f.titles(QStringLiteral("fox brian")) == QStringList{QStringLiteral("Brian Fox")});
    CHECK(f.titles(QStringLiteral("zebra")).isEmpty());
}

TEST_CASE("Search finds Chinese names by any substring, including one character", "[search]")
{
    Fixture f;
    f.add(QStringLiteral("李明华"));
    f.add(QStringLiteral("王明"));
    f.add(QStringLiteral("张伟"));
    f.add(QStringLiteral("明华科技有限公司"), {}, CustomerKind::Company);
    CHECK(f.titles(QStringLiteral("明")).size() == 3);
    CHECK(f.titles(QStringLiteral("明华")) == QStringList{QStringLiteral("明华科技有限公司"), QStringLiteral("李明华")});
    CHECK(f.titles(QStringLiteral("李明华")) == QStringList{QStringLiteral("李明华")});
    CHECK(f.titles(QStringLiteral("华")).size() == 2);
    CHECK(f.titles(QStringLiteral("伟")) == QStringList{QStringLiteral("张伟")});
    CHECK(f.titles(QStringLiteral("科技有限")) == QStringList{QStringLiteral("明华科技有限公司")});
    CHECK(f.titles(QStringLiteral("赵")).isEmpty());
}

TEST_CASE("Renaming keeps the index in step", "[search]")
{
    Fixture f;
    const qint64 company = f.add(QStringLiteral("Old Name Ltd"), {}, CustomerKind::Company);
    f.add(QStringLiteral("Pat Jones"), {}, CustomerKind::Person, company);
    auto c = f.customers.get(company);
    REQUIRE(c);
    Customer renamed = c.value();
    renamed.name = QStringLiteral("新名字 Trading");
    REQUIRE(f.customers.update(renamed));
    CHECK(f.titles(QStringLiteral("Old Name")).isEmpty());
    CHECK(f.titles(QStringLiteral("名字")).contains(QStringLiteral("Pat Jones")));
    CHECK(f.titles(QStringLiteral("名")).contains(QStringLiteral("新名字 Trading")));
    REQUIRE(f.customers.remove(company));
    CHECK_FALSE(f.titles(QStringLiteral("Trading")).contains(QStringLiteral("新名字 Trading")));
}

TEST_CASE("Hostile search text never raises an error", "[search]")
{
    Fixture f;
    f.add(QStringLiteral("Robert'); DROP TABLE customers;--"));
    f.add(QStringLiteral("Star * Power"));
    const QStringList hostile = {
        QStringLiteral("O'Brien"), QStringLiteral("AND"), QStringLiteral("OR NOT"), QStringLiteral("\""),
        QStringLiteral("\"\"\""), QStringLiteral("*"), QStringLiteral("-"), QStringLiteral("a*"),
        QStringLiteral("NEAR(a b)"), QStringLiteral("col:val"), QStringLiteral("(((("), QStringLiteral("^start"),
        QStringLiteral("DROP TABLE customers;--"), QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\\"),
        QStringLiteral("   "), QString(), QString(5000, QLatin1Char('x')), QStringLiteral("\t\n"),
        QStringLiteral("😀"), QStringLiteral("a\"b"), QStringLiteral("customers_fts"), QStringLiteral("{name}"),
    };
    for (const QString& q : hostile) {
        INFO(q.left(40).toStdString());
        SearchService search(f.t.db());
        auto hits = search.search(q);
        CHECK(hits.ok());
        CustomerQuery list;
        list.text = q;
        CHECK(f.customers.count(list).ok());
    }
    CHECK(f.titles(QStringLiteral("DROP TABLE")) == QStringList{QStringLiteral("Robert'); DROP TABLE customers;--")});
    CHECK(f.titles(QStringLiteral("* Pow")) == QStringList{QStringLiteral("Star * Power")});
}

TEST_CASE("Deals and tickets are found by title and subject", "[search]")
{
    Fixture f;
    const qint64 cid = f.add(QStringLiteral("刘洋"));
    DealRepository deals(f.t.db());
    Deal d;
    d.customerId = cid;
    d.title = QStringLiteral("年度维护合同 2027");
    REQUIRE(deals.create(d));
    TicketRepository tickets(f.t.db());
    Ticket k;
    k.customerId = cid;
    k.subject = QStringLiteral("Invoice shows the wrong amount");
    REQUIRE(tickets.create(k));
    SearchService search(f.t.db());
    auto hits = search.search(QStringLiteral("维护合同"));
    REQUIRE(hits);
    REQUIRE(hits.value().size() == 1);
    CHECK(hits.value().at(0).kind == SearchHit::Kind::Deal);
    CHECK(hits.value().at(0).subtitle == QStringLiteral("刘洋"));
    // One or two characters search names only: the customer, not the deal title.
    hits = search.search(QStringLiteral("维护"));
    REQUIRE(hits);
    CHECK(hits.value().isEmpty());
    hits = search.search(QStringLiteral("刘"));
    REQUIRE(hits);
    REQUIRE(hits.value().size() == 1);
    CHECK(hits.value().at(0).kind == SearchHit::Kind::Person);
    hits = search.search(QStringLiteral("wrong amount"));
    REQUIRE(hits);
    REQUIRE(hits.value().size() == 1);
    CHECK(hits.value().at(0).kind == SearchHit::Kind::Ticket);
}

TEST_CASE("FTS tokens are quoted", "[search]")
{
    const FtsQuery q = FtsQuery::parse(QStringLiteral("say \"hi\" AND 明 x"));
    CHECK(q.trigramMatch == QStringLiteral("\"say\" \"\"\"hi\"\"\" \"AND\""));
    CHECK(q.shortMatch == QStringLiteral("\"明\" \"x\""));
}
