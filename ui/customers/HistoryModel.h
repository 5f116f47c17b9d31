#pragma once

#include "safety/AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace rapport {

class Database;

// The audit trail of one record in words: when, what happened, and which fields changed from what to what.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, ActionColumn, ChangesColumn, ColumnCount };

    explicit HistoryModel(Database& db, QObject* parent = nullptr);

    void setRecord(const QString& entity, qint64 id);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Email: a@example.com → b@example.com; Phone: (empty) → 555 0100". `nameOf` turns a company id
    // into its name (when given).
    static QString describeChanges(const QString& action, const QString& changesJson,
                                   const std::function<QString(qint64)>& nameOf = {});
    static QString fieldLabel(const QString& column);
    static QString actionLabel(const QString& action);

signals:
    void loadFailed(const QString& message);

private:
    Database& m_db;
    QString m_entity;
    qint64 m_id = 0;
    QList<AuditEntry> m_entries;
    mutable QHash<qint64, QString> m_names;
};

} // namespace rapport
