#pragma once

#include "tickets/SlaState.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>

namespace rapport {

// How the service desk shows SLA state: a word, the time left or past, a colour.
class SlaText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::SlaText)

public:
    static QString state(SlaState state);
    // "Due soon · first reply in 40 minutes", "Breached · resolution due 3 hours ago", "Met".
    static QString describe(const SlaStatus& status, const QDateTime& nowUtc);
    static QColor color(SlaState state, const QPalette& palette);
};

} // namespace rapport
