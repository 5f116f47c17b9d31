#pragma once

#include "Result.h"
#include "customers/Customer.h"
#include "io/DateParser.h"

#include <QStringList>

namespace rapport {

struct CustomerRow;

// One import row read as a customer, checked like a customer typed into the app, with the keys that
// find the same person or company again.
struct CustomerDraft
{
    Customer customer;   // kind, name and contact fields; tags; companyId is resolved by the importer
    QString companyName; // the company a person works at ("" for companies)

    // Reads a row; an error's message says what is wrong with it ("No name ...", "\"x\" is not an email ...").
    static Result<CustomerDraft> fromRow(const CustomerRow& row, DateOrder dateOrder);

    // Normalised email and phone keys, then the name key, best evidence first ("e:…", "p:…", "n:…"/"c:…").
    QStringList matchKeys(const QString& defaultCountryCode) const;
    // Normalised emails of the draft ("" left out), for telling apart two people who share a phone.
    QStringList emailKeys() const;

    static QString companyKey(const QString& companyName);
    static QStringList splitTags(const QString& text);
};

} // namespace rapport
