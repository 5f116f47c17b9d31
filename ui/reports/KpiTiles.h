#pragma once

#include "analytics/Kpis.h"

#include <QWidget>

class QLabel;

namespace rapport {

class Session;
class MiniChart;

// The Today screen's headline figures: this month's revenue against its target (with the last six months),
// the weighted pipeline, the win rate of the last 90 days, and open tickets with how many are past due.
// Clicking a tile opens the report behind it.
class KpiTiles : public QWidget
{
    Q_OBJECT
public:
    explicit KpiTiles(Session& session, QWidget* parent = nullptr);
    const TodayKpis& figures() const { return m_kpis; }

public slots:
    void reload();

signals:
    void reportRequested(int kind); // a rapport::ReportKind

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Tile
    {
        QLabel* value = nullptr;
        QLabel* detail = nullptr;
        MiniChart* chart = nullptr;
    };
    Tile addTile(const QString& objectName, const QString& caption, int column);

    Session& m_session;
    TodayKpis m_kpis;
    Tile m_revenue;
    Tile m_pipeline;
    Tile m_winRate;
    Tile m_tickets;
    bool m_dirty = true;
};

} // namespace rapport
