#include "DealCommands.h"

#include "common/Format.h"
#include "common/Session.h"
#include "deals/DealRepository.h"

namespace rapport {

MoveDealCommand::MoveDealCommand(Session& session, const Deal& before, const PipelineStage& to,
                                 const QDateTime& closedAt, const QString& lostReason)
    : UndoableCommand(session, tr("Move “%1” to %2").arg(before.title, Format::stageName(to.name))), m_before(before),
      m_to(to.id), m_closedAt(closedAt), m_lostReason(lostReason)
{
}

Status MoveDealCommand::apply()
{
    return DealRepository(session().db()).moveToStage(m_before.id, m_to, m_closedAt, m_lostReason);
}

Status MoveDealCommand::revert()
{
    return DealRepository(session().db()).restoreStage(m_before);
}

EditDealCommand::EditDealCommand(Session& session, const Deal& before, const Deal& after)
    : UndoableCommand(session, tr("Edit “%1”").arg(after.title)), m_before(before), m_after(after)
{
    // Field edits only: stage moves are their own command.
    m_after.stageId = m_before.stageId;
}

Status EditDealCommand::apply()
{
    return DealRepository(session().db()).update(m_after);
}

Status EditDealCommand::revert()
{
    return DealRepository(session().db()).update(m_before);
}

ArchiveDealCommand::ArchiveDealCommand(Session& session, const Deal& deal, bool archive)
    : UndoableCommand(session, archive ? tr("Archive “%1”").arg(deal.title) : tr("Restore “%1”").arg(deal.title)),
      m_id(deal.id), m_archive(archive)
{
}

Status ArchiveDealCommand::apply()
{
    return DealRepository(session().db()).setArchived(m_id, m_archive);
}

Status ArchiveDealCommand::revert()
{
    return DealRepository(session().db()).setArchived(m_id, !m_archive);
}

} // namespace rapport
