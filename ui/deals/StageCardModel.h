#pragma once

#include "common/WindowedTableModel.h"
#include "deals/Deal.h"

#include <QDateTime>

namespace rapport {

class Database;

// One board column: the open deals of one stage, read a page at a time as the column scrolls (a column of
// 5,000 deals holds only the pages on screen). Cards drag as "application/x-rapport-deal" (the deal id);
// a drop asks for the move through dealDropped() and leaves the change to the board.
class StageCardModel : public WindowedTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RottingRole,
        DaysInStageRole,
        CustomerRole,
        AmountRole,
        CloseRole,
        LateRole
    };
    static const QString kMimeType;

    StageCardModel(Database& db, qint64 stageId, QObject* parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    const Deal* dealAt(int row) const;
    void setRottingDays(int days) { m_rottingDays = days; }
    // "Now" for days-in-stage and rotting; the board sets it on every refresh (tests move it).
    void setNow(const QDateTime& nowUtc) { m_now = nowUtc; }
    // The column's card count as the board's summaries just read it (same rows: open, not archived), so a
    // refresh does not count the column again; -1 counts it here.
    void setKnownCount(int count) { m_knownCount = count; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    static qint64 dealIdFrom(const QMimeData* data);

signals:
    void dealDropped(qint64 dealId, qint64 toStageId);

protected:
    Result<int> fetchCount() const override;
    Status fetchPage(int page, int offset, int limit) override;
    void dropPage(int page) override { m_cache.drop(page); }
    void dropAllPages() override { m_cache.clear(); }

private:
    Database& m_db;
    qint64 m_stageId;
    int m_rottingDays = 30;
    QDateTime m_now;
    PageCache<Deal> m_cache;
    int m_knownCount = -1;
};

} // namespace rapport
