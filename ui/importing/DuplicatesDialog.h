#pragma once

#include "customers/Customer.h"
#include "customers/DuplicateFinder.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rapport {

class Session;

// Find duplicates: the likely duplicate customers (same email, phone, or name at the same company) with
// why each pair was found; Merge… opens the merge dialog for the selected pair.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DuplicatesDialog(Session& session, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    const QList<DuplicatePair>& pairs() const { return m_pairs; }
    // Merges the selected pair with the choices of a MergeDialog the owner confirmed; false if refused.
    bool mergeSelected();

private:
    Session& m_session;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_merge;
    QList<DuplicatePair> m_pairs;
};

// Merge two customers: each differing field shows both values and the owner picks one; deals, tickets,
// activities, tasks and tags all move to the customer kept. Undoable with Edit > Undo.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(const Customer& keep, const Customer& other, QWidget* parent = nullptr);
    // Column -> chosen value, for CustomerMerger::merge.
    QVariantMap choices() const;
    QTableWidget* table() const { return m_table; }

private:
    Customer m_keep;
    Customer m_other;
    QTableWidget* m_table;
    QStringList m_columns;
};

} // namespace rapport
