#include "HistoryModel.h"

#include "common/Format.h"
#include "customers/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rapport {
namespace {

// Bookkeeping columns that say nothing to the owner.
bool isHidden(const QString& column)
{
    return column == QStringLiteral("id") || column == QStringLiteral("created_at") ||
           column == QStringLiteral("updated_at") || column == QStringLiteral("archived_at");
}

QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return HistoryModel::tr("(empty)");
    QString text = v.toVariant().toString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("…");
    return text;
}

} // namespace

HistoryModel::HistoryModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    setObjectName(QStringLiteral("historyModel"));
}

void HistoryModel::setRecord(const QString& entity, qint64 id)
{
    m_entity = entity;
    m_id = id;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (m_id > 0) {
        auto history = AuditLog(m_db).history(m_entity, m_id);
        if (history) {
            m_entries = history.take();
            std::reverse(m_entries.begin(), m_entries.end()); // newest first
        } else {
            emit loadFailed(history.error().message);
        }
    }
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::actionLabel(const QString& action)
{
    if (action == QStringLiteral("insert"))
        return tr("Created");
    if (action == QStringLiteral("update"))
        return tr("Changed");
    if (action == QStringLiteral("archive"))
        return tr("Archived");
    if (action == QStringLiteral("unarchive"))
        return tr("Restored");
    if (action == QStringLiteral("delete"))
        return tr("Deleted");
    return action;
}

QString HistoryModel::fieldLabel(const QString& column)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("company_id"), QT_TR_NOOP("Company")},
        {QStringLiteral("job_title"), QT_TR_NOOP("Job title")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("email2"), QT_TR_NOOP("Other email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("street"), QT_TR_NOOP("Street")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("region"), QT_TR_NOOP("State / province")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("birthday"), QT_TR_NOOP("Birthday")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
    };
    const auto it = labels.constFind(column);
    return it == labels.cend() ? column : tr(*it);
}

QString HistoryModel::describeChanges(const QString& action, const QString& changesJson,
                                     const std::function<QString(qint64)>& nameOf)
{
    const QJsonObject changes = QJsonDocument::fromJson(changesJson.toUtf8()).object();
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (isHidden(it.key()))
            continue;
        QJsonArray pair = it.value().toArray();
        if (it.key() == QStringLiteral("company_id") && nameOf) {
            for (int i = 0; i < pair.size(); ++i) {
                if (!pair.at(i).isNull())
                    pair[i] = nameOf(pair.at(i).toVariant().toLongLong());
            }
        }
        if (action == QStringLiteral("update")) {
            parts << tr("%1: %2 → %3").arg(fieldLabel(it.key()), shown(pair.at(0)), shown(pair.at(1)));
        } else if (action == QStringLiteral("insert") || action == QStringLiteral("delete")) {
            const QJsonValue value = action == QStringLiteral("insert") ? pair.at(1) : pair.at(0);
            if (!value.isNull() && !(value.isString() && value.toString().isEmpty()))
                parts << tr("%1: %2").arg(fieldLabel(it.key()), shown(value));
        }
    }
    return parts.join(QStringLiteral("; "));
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn: return Format::dateTime(e.at);
        case ActionColumn: return actionLabel(e.action);
        case ChangesColumn:
            return describeChanges(e.action, e.changesJson, [this](qint64 id) {
                auto it = m_names.constFind(id);
                if (it == m_names.cend()) {
                    auto found = CustomerRepository(m_db).get(id);
                    it = m_names.insert(id, found ? found.value().name : tr("#%1 (deleted)").arg(id));
                }
                return *it;
            });
        }
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case ActionColumn: return tr("What");
    case ChangesColumn: return tr("Details");
    }
    return {};
}

} // namespace rapport
