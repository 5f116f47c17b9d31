#include "SearchResultsModel.h"

namespace rapport {

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractListModel(parent)
{
    setObjectName(QStringLiteral("searchResultsModel"));
}

QString SearchResultsModel::groupTitle(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Company: return tr("Companies");
    case SearchHit::Kind::Person: return tr("People");
    case SearchHit::Kind::Deal: return tr("Deals");
    case SearchHit::Kind::Ticket: return tr("Tickets");
    }
    return QString();
}

void SearchResultsModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_rows.clear();
    m_hitCount = static_cast<int>(hits.size());
    bool first = true;
    SearchHit::Kind group = SearchHit::Kind::Company;
    for (const SearchHit& hit : hits) {
        if (first || hit.kind != group) {
            Row header;
            header.header = true;
            header.hit.kind = hit.kind;
            m_rows << header;
            group = hit.kind;
            first = false;
        }
        m_rows << Row{false, hit};
    }
    endResetModel();
}

const SearchHit* SearchResultsModel::hitAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).header)
        return nullptr;
    return &m_rows.at(row).hit;
}

int SearchResultsModel::firstHitRow() const
{
    return nextHitRow(-1, 1);
}

int SearchResultsModel::nextHitRow(int from, int step) const
{
    for (int row = from + step; row >= 0 && row < m_rows.size(); row += step) {
        if (!m_rows.at(row).header)
            return row;
    }
    return -1;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return row.header ? groupTitle(row.hit.kind) : row.hit.title;
    case IsHeaderRole: return row.header;
    case KindRole: return static_cast<int>(row.hit.kind);
    case IdRole: return row.hit.id;
    case SubtitleRole: return row.hit.subtitle;
    case IconRole:
        switch (row.hit.kind) {
        case SearchHit::Kind::Company: return QStringLiteral("company");
        case SearchHit::Kind::Person: return QStringLiteral("person");
        case SearchHit::Kind::Deal: return QStringLiteral("deals");
        case SearchHit::Kind::Ticket: return QStringLiteral("tickets");
        }
        break;
    default: break;
    }
    return {};
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).header)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace rapport
