#pragma once

#include "common/UndoableCommand.h"
#include "customers/Customer.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace rapport {

// Undoable customer changes made in the GUI.

class EditCustomerCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::EditCustomerCommand)

public:
    EditCustomerCommand(Session& session, Customer before, Customer after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Customer m_before;
    Customer m_after;
};

class ArchiveCustomersCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ArchiveCustomersCommand)

public:
    ArchiveCustomersCommand(Session& session, QList<qint64> ids, bool archive);

protected:
    Status apply() override { return setArchived(m_archive); }
    Status revert() override { return setArchived(!m_archive); }

private:
    Status setArchived(bool archived);
    QList<qint64> m_ids;
    bool m_archive;
};

class TagCustomersCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::TagCustomersCommand)

public:
    TagCustomersCommand(Session& session, QList<qint64> ids, QString tag);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<qint64> m_ids;
    QString m_tag;
    QMap<qint64, QStringList> m_before;
};

// Only for customers with nothing attached (no deals, tickets, activities, tasks or people): undo creates
// the customer again with the same details. Deleting one with records attached cannot be undone and is
// confirmed instead.
class DeleteCustomerCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::DeleteCustomerCommand)

public:
    DeleteCustomerCommand(Session& session, Customer customer);
    qint64 currentId() const { return m_customer.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Customer m_customer;
};

} // namespace rapport
