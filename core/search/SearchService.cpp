#include "SearchService.h"

#include "db/Database.h"
#include "db/Query.h"
#include "search/FtsQuery.h"

namespace rapport {
namespace {
// Ranking is capped: only this many matches are scored, so a query that matches everything stays fast.
constexpr int kRankWindow = 300;
} // namespace

QString searchHitKindKey(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Company: return QStringLiteral("company");
    case SearchHit::Kind::Person: return QStringLiteral("person");
    case SearchHit::Kind::Deal: return QStringLiteral("deal");
    case SearchHit::Kind::Ticket: return QStringLiteral("ticket");
    }
    return {};
}

Result<QList<SearchHit>> SearchService::search(const QString& text, int limitPerKind) const
{
    QList<SearchHit> hits;
    auto customers = searchCustomers(text, limitPerKind * 2);
    if (!customers)
        return customers;
    // Companies first, then people, each capped.
    int companies = 0;
    int people = 0;
    for (const auto& h : customers.value()) {
        if (h.kind == SearchHit::Kind::Company && companies++ < limitPerKind)
            hits << h;
    }
    for (const auto& h : customers.value()) {
        if (h.kind == SearchHit::Kind::Person && people++ < limitPerKind)
            hits << h;
    }
    for (const auto kind : {SearchHit::Kind::Deal, SearchHit::Kind::Ticket}) {
        auto more = searchTitles(text, limitPerKind, kind);
        if (!more)
            return more;
        hits << more.value();
    }
    return hits;
}

Result<QList<SearchHit>> SearchService::searchCustomers(const QString& text, int limit) const
{
    const FtsQuery fts = FtsQuery::parse(text);
    if (fts.isEmpty())
        return QList<SearchHit>{};
    // Candidates come from one index (trigram if there are long tokens), the first kRankWindow matches; any
    // other tokens are checked with the other index. They are ranked below by where the first word is found
    // (name start, then anywhere in the name), not by bm25: bm25 counts every match of every trigram for its
    // weights, which at a million customers costs hundreds of milliseconds for a common query (issue 9).
    QString candidates;
    QVariantList values;
    if (!fts.trigramMatch.isEmpty()) {
        candidates = QStringLiteral("SELECT rowid AS id FROM customers_fts WHERE customers_fts MATCH ? LIMIT %1")
                         .arg(kRankWindow);
        values << fts.trigramMatch;
    } else {
        candidates = QStringLiteral("SELECT rowid AS id FROM customers_grams WHERE customers_grams MATCH ? LIMIT %1")
                         .arg(kRankWindow);
        values << fts.shortMatch;
    }
    QString extra;
    if (!fts.trigramMatch.isEmpty() && !fts.shortMatch.isEmpty()) {
        extra = QStringLiteral(" AND c.id IN (SELECT rowid FROM customers_grams WHERE customers_grams MATCH ?)");
        values << fts.shortMatch;
    }
    const QString first = text.trimmed().section(QLatin1Char(' '), 0, 0);
    values << first << first;
    values << limit;
    Query q(m_db.connection(),
            QStringLiteral("SELECT c.id, c.kind, c.name, coalesce(co.name, ''), c.email, c.phone FROM (%1) m "
                           "JOIN customers c ON c.id = m.id LEFT JOIN customers co ON co.id = c.company_id "
                           "WHERE c.archived_at IS NULL%2 "
                           "ORDER BY (instr(lower(c.name), lower(?)) = 1) DESC, (instr(lower(c.name), lower(?)) > 0) DESC, "
                           "length(c.name), c.id LIMIT ?")
                .arg(candidates, extra));
    for (const auto& v : values)
        q.bind(v);
    if (!q.exec())
        return q.asError();
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit h;
        h.id = q.value(0).toLongLong();
        h.kind = q.value(1).toString() == QStringLiteral("company") ? SearchHit::Kind::Company : SearchHit::Kind::Person;
        h.title = q.value(2).toString();
        const QString company = q.value(3).toString();
        const QString email = q.value(4).toString();
        const QString phone = q.value(5).toString();
        QStringList sub;
        for (const QString& s : {company, email, phone}) {
            if (!s.isEmpty())
                sub << s;
        }
        h.subtitle = sub.join(QStringLiteral(" · "));
        hits << h;
    }
    return hits;
}

Result<QList<SearchHit>> SearchService::searchTitles(const QString& text, int limit, SearchHit::Kind kind) const
{
    const FtsQuery fts = FtsQuery::parse(text);
    // Titles have no gram index; a query of only 1-2 character words would scan every deal and ticket for
    // mostly noise, so global search answers those from names alone.
    if (fts.trigramMatch.isEmpty())
        return QList<SearchHit>{};
    const bool deals = kind == SearchHit::Kind::Deal;
    const QString table = deals ? QStringLiteral("deals") : QStringLiteral("tickets");
    const QString column = deals ? QStringLiteral("title") : QStringLiteral("subject");
    const SqlCondition condition =
        titleTextCondition(fts, table + QStringLiteral("_fts"), QStringLiteral("x.id"), QStringLiteral("x.") + column);
    Query q(m_db.connection(), QStringLiteral("SELECT x.id, x.%1, c.name FROM %2 x JOIN customers c ON c.id = "
                                              "x.customer_id WHERE x.archived_at IS NULL AND %3 "
                                              "ORDER BY x.created_at DESC LIMIT ?")
                                   .arg(column, table, condition.sql));
    for (const auto& v : condition.values)
        q.bind(v);
    q.bind(limit);
    if (!q.exec())
        return q.asError();
    QList<SearchHit> hits;
    while (q.next())
        hits << SearchHit{kind, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return hits;
}

} // namespace rapport
