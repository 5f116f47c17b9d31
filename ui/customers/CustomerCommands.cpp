#include "CustomerCommands.h"

#include "common/Session.h"
#include "customers/CustomerRepository.h"
#include "db/SqlTransaction.h"


namespace rapport {
EditCustomerCommand::EditCustomerCommand(Session& session, Customer before, Customer after)
    : UndoableCommand(session, tr("Edit %1").arg(after.name)), m_before(std::move(before)), m_after(std::move(after))
{
}

Status EditCustomerCommand::apply()
{
    return CustomerRepository(session().db()).update(m_after);
}

Status EditCustomerCommand::revert()
{
    return CustomerRepository(session().db()).update(m_before);
}

ArchiveCustomersCommand::ArchiveCustomersCommand(Session& session, QList<qint64> ids, bool archive)
    : UndoableCommand(session, archive ? tr("Archive %n customer(s)", nullptr, static_cast<int>(ids.size()))
                                       : tr("Restore %n customer(s)", nullptr, static_cast<int>(ids.size()))),
      m_ids(std::move(ids)), m_archive(archive)
{
}

Status ArchiveCustomersCommand::setArchived(bool archived)
{
    SqlTransaction tx(session().db());
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    CustomerRepository repo(session().db());
    for (const qint64 id : m_ids) {
        if (auto done = repo.setArchived(id, archived); !done)
            return done;
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

TagCustomersCommand::TagCustomersCommand(Session& session, QList<qint64> ids, QString tag)
    : UndoableCommand(session, tr("Tag %n customer(s) “%1”", nullptr, static_cast<int>(ids.size())).arg(tag)),
      m_ids(std::move(ids)), m_tag(std::move(tag))
{
}

Status TagCustomersCommand::apply()
{
    CustomerRepository repo(session().db());
    if (m_before.isEmpty()) {
        for (const qint64 id : m_ids) {
            auto customer = repo.get(id);
            if (!customer)
                return customer.error();
            m_before.insert(id, customer.value().tags);
        }
    }
    return repo.addTag(m_ids, m_tag);
}

Status TagCustomersCommand::revert()
{
    SqlTransaction tx(session().db());
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    CustomerRepository repo(session().db());
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        if (auto done = repo.setTags(it.key(), it.value()); !done)
            return done;
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    return Ok{};
}

DeleteCustomerCommand::DeleteCustomerCommand(Session& session, Customer customer)
    : UndoableCommand(session, tr("Delete %1").arg(customer.name)), m_customer(std::move(customer))
{
}

Status DeleteCustomerCommand::apply()
{
    return CustomerRepository(session().db()).remove(m_customer.id);
}

Status DeleteCustomerCommand::revert()
{
    CustomerRepository repo(session().db());
    SqlTransaction tx(session().db());
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    auto id = repo.create(m_customer);
    if (!id)
        return id.error();
    if (m_customer.isArchived()) {
        if (auto archived = repo.setArchived(id.value(), true); !archived)
            return archived;
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    m_customer.id = id.value();
    return Ok{};
}

} // namespace rapport
