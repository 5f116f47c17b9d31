#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace rapport {

enum class CustomerKind { Person, Company };

QString customerKindKey(CustomerKind kind);
CustomerKind customerKindFromKey(const QString& key);

struct Customer
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    QString name;
    qint64 companyId = 0; // 0 = not at a company
    QString jobTitle;
    QString email;
    QString email2;
    QString phone;
    QString mobile;
    QString website;
    QString street;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    QDate birthday;
    QString source;
    QString notes;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;

    // Read-only, derived by the database.
    QString companyName;
    qint64 lifetimeValue = 0; // sum of won deals, minor units
    int openDeals = 0;
    QDateTime lastContactAt;
    QString valueTier; // stored value tier key (customer_value_tiers), empty when none
    QStringList tagColors; // the colour of each of `tags`, in the same order ("#rrggbb" or empty)

    bool isArchived() const { return archivedAt.isValid(); }
};

} // namespace rapport
