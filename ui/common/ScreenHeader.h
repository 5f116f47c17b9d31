#pragma once

#include <QString>

class QHBoxLayout;
class QLabel;
class QWidget;

namespace rapport {

// The row a list screen opens with: a large title and a muted count beside it, then a stretch, so the
// screen's own actions (filters, "New …") line up at the right. Customers, Deals, Tickets, Tasks and
// Campaigns share it so they look alike.
struct ScreenHeader
{
    QLabel* title = nullptr;
    QLabel* count = nullptr;
    QHBoxLayout* row = nullptr;

    // `count` may be an existing label (its object name is kept); null makes one.
    static ScreenHeader create(const QString& title, QWidget* parent, QLabel* count = nullptr);
};

} // namespace rapport
