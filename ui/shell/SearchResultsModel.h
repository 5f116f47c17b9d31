#pragma once

#include "search/SearchService.h"

#include <QAbstractListModel>

namespace rapport {

// Global search results grouped by kind: a header row ("Companies") before each group's hits.
// Header rows are neither selectable nor enabled, so keyboard navigation skips them.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IsHeaderRole = Qt::UserRole + 1, KindRole, IdRole, SubtitleRole, IconRole };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    const SearchHit* hitAt(int row) const;
    int hitCount() const { return m_hitCount; }
    // The first / next / previous row that is a hit, or -1.
    int firstHitRow() const;
    int nextHitRow(int from, int step) const;
    static QString groupTitle(SearchHit::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        bool header = false;
        SearchHit hit;
    };
    QList<Row> m_rows;
    int m_hitCount = 0;
};

} // namespace rapport
