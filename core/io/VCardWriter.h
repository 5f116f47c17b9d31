#pragma once

#include "customers/Customer.h"

#include <QByteArray>

namespace rapport {

// One customer as a vCard 4.0 (RFC 6350): escaped text, lines folded at 75 octets without splitting a
// UTF-8 character, CRLF line ends.
class VCardWriter
{
public:
    static QByteArray card(const Customer& customer);
    // \\ \, \; \n escaping of a text value.
    static QString escaped(const QString& text);
    // Folds one content line (without its CRLF) to 75 octets per physical line.
    static QByteArray folded(const QByteArray& line);
};

} // namespace rapport
