#include "UndoableCommand.h"

#include "common/Session.h"

namespace rapport {

UndoableCommand::UndoableCommand(Session& session, const QString& text) : QUndoCommand(text), m_session(session) {}

Status UndoableCommand::applyFirst()
{
    Status done = apply();
    m_skipNextRedo = done.ok();
    return done;
}

void UndoableCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (auto done = apply(); !done)
        m_session.reportError(done.error().message);
}

void UndoableCommand::undo()
{
    if (auto done = revert(); !done)
        m_session.reportError(done.error().message);
}

} // namespace rapport
