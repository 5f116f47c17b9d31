#include "SlaText.h"

#include "common/Format.h"

namespace rapport {

QString SlaText::state(SlaState state)
{
    switch (state) {
    case SlaState::None:
        return QString();
    case SlaState::OnTrack:
        return tr("On track");
    case SlaState::DueSoon:
        return tr("Due soon");
    case SlaState::Breached:
        return tr("Breached");
    case SlaState::Met:
        return tr("Met");
    }
    return QString();
}

QString SlaText::describe(const SlaStatus& status, const QDateTime& nowUtc)
{
    if (!status.nextDue.isValid())
        return state(status.state);
    const QString when = Format::relative(status.nextDue, nowUtc);
    const QString what =
        status.awaitingFirstResponse ? tr("first reply due %1").arg(when) : tr("resolution due %1").arg(when);
    return tr("%1 · %2").arg(state(status.state), what);
}

QColor SlaText::color(SlaState state, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (state) {
    case SlaState::Breached:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case SlaState::DueSoon:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x5e, 0x00);
    case SlaState::OnTrack:
    case SlaState::Met:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case SlaState::None:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace rapport
