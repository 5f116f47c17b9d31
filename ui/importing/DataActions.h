#pragma once

#include <QList>

class QMenu;
class QWidget;

namespace rapport {

class Session;

// The File menu's Import, Export and Find Duplicates entries, and "Export Selection" for lists.
namespace DataActions {

// Adds Import…, an Export submenu and Find Duplicate Customers… to `menu`.
void addTo(QMenu* menu, QWidget* window, Session& session);
// Asks for a file (CSV or vCard by its suffix) and writes these customers to it.
void exportCustomers(QWidget* parent, Session& session, const QList<qint64>& ids);

} // namespace DataActions
} // namespace rapport
