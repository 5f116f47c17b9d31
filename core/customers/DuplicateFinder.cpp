#include "DuplicateFinder.h"

#include "db/Database.h"
#include "db/Query.h"
#include "io/Normalize.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace rapport {
namespace {

// Latin name parts in any order are the same name; CJK names have no spaces after nameKey().
QString orderFreeNameKey(const QString& name)
{
    QStringList parts = Normalize::nameKey(name).split(u' ', Qt::SkipEmptyParts);
    parts.sort();
    return parts.join(u' ');
}

} // namespace

QString DuplicateFinder::reasonText(DuplicatePair::Reason reason)
{
    switch (reason) {
    case DuplicatePair::Reason::SameEmail: return QCoreApplication::translate("rapport::DuplicateFinder", "Same email");
    case DuplicatePair::Reason::SamePhone: return QCoreApplication::translate("rapport::DuplicateFinder", "Same phone");
    case DuplicatePair::Reason::SameName:
        return QCoreApplication::translate("rapport::DuplicateFinder", "Same name");
    }
    return QString();
}

Result<QList<DuplicatePair>> DuplicateFinder::find(Database& db, const QString& defaultCountryCode, int limit)
{
    Query q(db.connection(),
            QStringLiteral("SELECT c.id, c.kind, c.name, c.email, c.email2, c.phone, c.mobile, coalesce(co.name, '') "
                           "FROM customers c LEFT JOIN customers co ON co.id = c.company_id "
                           "WHERE c.archived_at IS NULL ORDER BY c.id"));
    if (!q.exec())
        return q.asError();
    struct Seen
    {
        qint64 id;
        QString evidence;
    };
    // Key -> the first customer with it; a later one with the same key makes a pair with it.
    QHash<QString, Seen> first;
    QSet<QPair<qint64, qint64>> paired;
    QList<DuplicatePair> pairs;
    auto note = [&](const QString& key, qint64 id, const QString& evidence, DuplicatePair::Reason reason) {
        if (evidence.trimmed().isEmpty())
            return;
        const auto it = first.constFind(key);
        if (it == first.cend()) {
            first.insert(key, {id, evidence});
            return;
        }
        if (it->id == id || paired.contains({it->id, id}))
            return;
        paired.insert({it->id, id});
        pairs.append({it->id, id, reason, evidence});
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString kind = q.value(1).toString();
        const QString name = q.value(2).toString();
        for (int i = 3; i <= 4; ++i) {
            const QString email = Normalize::email(q.value(i).toString());
            if (!email.isEmpty())
                note(QStringLiteral("e:") + email, id, q.value(i).toString(), DuplicatePair::Reason::SameEmail);
        }
        for (int i = 5; i <= 6; ++i) {
            const QString phone = Normalize::phone(q.value(i).toString(), defaultCountryCode);
            if (phone.size() >= 7)
                note(QStringLiteral("p") + kind + u':' + phone, id, q.value(i).toString(), DuplicatePair::Reason::SamePhone);
        }
        note(QStringLiteral("n") + kind + u':' + orderFreeNameKey(name) + u'|' + Normalize::nameKey(q.value(7).toString()),
             id, q.value(7).toString().isEmpty() ? name : name + QStringLiteral(" · ") + q.value(7).toString(),
             DuplicatePair::Reason::SameName);
    }
    // Strongest evidence first, then the oldest records.
    std::stable_sort(pairs.begin(), pairs.end(), [](const DuplicatePair& a, const DuplicatePair& b) {
        return int(a.reason) < int(b.reason);
    });
    if (pairs.size() > limit)
        pairs.resize(limit);
    return pairs;
}

} // namespace rapport
