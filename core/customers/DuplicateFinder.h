#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace rapport {

class Database;

// Two customers that are probably the same, and why.
struct DuplicatePair
{
    enum class Reason { SameEmail, SamePhone, SameName };
    qint64 first = 0;  // the older record (lower id), usually the one to keep
    qint64 second = 0;
    Reason reason = Reason::SameEmail;
    QString evidence;  // the shared email, phone or name (with the company), as stored
};

// Finds likely duplicate customers among the active ones: the same normalised email; the same phone number
// (digits, country prefix aware) for two people or two companies; the same name at the same company, with
// case, punctuation, spaces between Chinese characters and the order of Latin name parts ignored
// ("张 三" = "张三", "Smith, John" = "John Smith").
class DuplicateFinder
{
public:
    static Result<QList<DuplicatePair>> find(Database& db, const QString& defaultCountryCode = {}, int limit = 1000);
    static QString reasonText(DuplicatePair::Reason reason); // for people, translated
};

} // namespace rapport
