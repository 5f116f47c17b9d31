#pragma once

#include "Result.h"

#include <QUndoCommand>

namespace rapport {

class Session;

// An undoable change made in the GUI. Session::run() applies it once (so a refused change never reaches
// the stack and its message can be shown at once); the stack's first redo() then does nothing.
// A later undo or redo that fails (the record changed meanwhile) reports the core's message.
class UndoableCommand : public QUndoCommand
{
public:
    UndoableCommand(Session& session, const QString& text);

    Status applyFirst();
    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    Session& session() const { return m_session; }

private:
    Session& m_session;
    bool m_skipNextRedo = false;
};

} // namespace rapport
