#pragma once

#include "activities/TimelineQuery.h"

#include <QAbstractListModel>

namespace rapport {

class Database;

// A customer's timeline, newest first, read in slices of `batch` entries as the list is scrolled
// (canFetchMore/fetchMore), so a long history opens at once.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TitleRole = Qt::UserRole + 1, // the first line: what happened
        DetailRole,                   // the second line: summary / body / resolution
        WhenRole,                     // local date and time text
        IconRole,                     // icon name
        KindRole,                     // TimelineEntry::Kind as int
        EntryIdRole,
        ActivityKindRole,
    };

    explicit TimelineModel(Database& db, QObject* parent = nullptr);

    void setCustomer(qint64 customerId);
    // The same list for one deal or one ticket.
    void setDeal(qint64 dealId);
    void setTicket(qint64 ticketId);
    void reload();
    // Entries read at a time (the first batch arrives with the reset, later ones by fetchMore).
    void setBatchSize(int entries) { m_batch = qMax(1, entries); }
    const TimelineEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    QString title(const TimelineEntry& e) const;
    // Reads the next batch; returns the rows (empty at the end or on error).
    QList<TimelineEntry> readMore();

    enum class Scope { Customer, Deal, Ticket };
    Database& m_db;
    Scope m_scope = Scope::Customer;
    qint64 m_customerId = 0; // the customer, deal or ticket id, following m_scope
    QList<TimelineEntry> m_entries;
    bool m_atEnd = true;
    bool m_fetching = false;
    int m_batch = 100;
};

} // namespace rapport
