#pragma once

#include "common/UndoableCommand.h"
#include "deals/Deal.h"

#include <QCoreApplication>

namespace rapport {

// Moving a deal to another stage (on the board, with the keyboard, or Won/Lost on its page). Undo puts it
// back exactly as it was and drops the move from its stage history.
class MoveDealCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::MoveDealCommand)

public:
    MoveDealCommand(Session& session, const Deal& before, const PipelineStage& to, const QDateTime& closedAt = {},
                    const QString& lostReason = {});

protected:
    Status apply() override;
    Status revert() override;

private:
    Deal m_before;
    qint64 m_to;
    QDateTime m_closedAt;
    QString m_lostReason;
};

// Saving the deal's fields from its page; undo restores the previous values.
class EditDealCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::EditDealCommand)

public:
    EditDealCommand(Session& session, const Deal& before, const Deal& after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Deal m_before;
    Deal m_after;
};

class ArchiveDealCommand : public UndoableCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ArchiveDealCommand)

public:
    ArchiveDealCommand(Session& session, const Deal& deal, bool archive);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_id;
    bool m_archive;
};

} // namespace rapport
