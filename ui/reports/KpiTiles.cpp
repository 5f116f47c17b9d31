#include "KpiTiles.h"

#include "ChartPainter.h"
#include "Clock.h"
#include "analytics/ReportText.h"
#include "common/Format.h"
#include "common/Session.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace rapport {

// A tile's small picture: bars (the last months, the current one highlighted, a dashed target line) or a
// single filled share (win rate, tickets past due).
class MiniChart : public QWidget
{
public:
    explicit MiniChart(QWidget* parent) : QWidget(parent) { setFixedHeight(34); }
    void setBars(const QList<double>& values, double target)
    {
        m_bars = values;
        m_target = target;
        m_share = -1;
        update();
    }
    void setShare(double share, const QColor& color)
    {
        m_bars.clear();
        m_share = share;
        m_color = color;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(0, 2, 0, -2);
        if (m_share >= 0) {
            const QRectF track(r.left(), r.center().y() - 4, r.width(), 8);
            p.setPen(Qt::NoPen);
            p.setBrush(palette().color(QPalette::Mid));
            p.drawRoundedRect(track, 4, 4);
            p.setBrush(m_color);
            p.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * qBound(0.0, m_share, 1.0), track.height()), 4, 4);
            return;
        }
        double max = m_target;
        for (double v : m_bars)
            max = qMax(max, v);
        if (m_bars.isEmpty() || max <= 0)
            return;
        const double slot = r.width() / m_bars.size();
        for (int i = 0; i < m_bars.size(); ++i) {
            QColor c = ChartPainter::seriesColor(0);
            if (i + 1 < m_bars.size())
                c.setAlphaF(0.45);
            const double h = r.height() * m_bars[i] / max;
            p.fillRect(QRectF(r.left() + slot * i + slot * 0.15, r.bottom() - h, slot * 0.7, h), c);
        }
        if (m_target > 0) {
            const double y = r.bottom() - r.height() * m_target / max;
            p.setPen(QPen(ChartPainter::seriesColor(3), 1.2, Qt::DashLine));
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        }
    }

private:
    QList<double> m_bars;
    double m_target = 0;
    double m_share = -1;
    QColor m_color;
};

KpiTiles::KpiTiles(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("kpiTiles"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(16);
    m_revenue = addTile(QStringLiteral("kpiRevenue"), tr("Revenue this month"), 0);
    m_pipeline = addTile(QStringLiteral("kpiPipeline"), tr("Weighted pipeline"), 1);
    m_winRate = addTile(QStringLiteral("kpiWinRate"), tr("Win rate, last 90 days"), 2);
    m_tickets = addTile(QStringLiteral("kpiTickets"), tr("Open tickets"), 3);
    connect(session.db().notifier(), &ChangeNotifier::changed, this, [this] {
        m_dirty = true;
        if (isVisible())
            reload();
    });
}

KpiTiles::Tile KpiTiles::addTile(const QString& objectName, const QString& caption, int column)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    auto* title = new QLabel(caption, frame);
    title->setForegroundRole(QPalette::PlaceholderText);
    Tile tile;
    tile.value = new QLabel(frame);
    QFont big = tile.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    tile.value->setFont(big);
    tile.detail = new QLabel(frame);
    tile.detail->setForegroundRole(QPalette::PlaceholderText);
    tile.chart = new MiniChart(frame);
    layout->addWidget(title);
    layout->addWidget(tile.value);
    layout->addWidget(tile.detail);
    layout->addWidget(tile.chart);
    static_cast<QGridLayout*>(this->layout())->addWidget(frame, 0, column);
    static_cast<QGridLayout*>(this->layout())->setColumnStretch(column, 1);
    return tile;
}

void KpiTiles::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void KpiTiles::reload()
{
    m_dirty = false;
    auto kpis = TodayKpis::compute(m_session.db().connection(), Clock::todayLocal(), Clock::nowUtc());
    if (!kpis)
        return;
    m_kpis = kpis.take();
    const ReportText text(QLocale(), m_kpis.currency);
    m_revenue.value->setText(text.money(m_kpis.revenueMinor));
    m_revenue.detail->setText(m_kpis.revenueTargetMinor
                                  ? tr("%1 of the %2 target").arg(text.percent(Ratio{m_kpis.revenueMinor, *m_kpis.revenueTargetMinor}),
                                                                 text.money(*m_kpis.revenueTargetMinor))
                                  : tr("No target set for this month"));
    QList<double> months;
    for (qint64 v : m_kpis.revenueByMonth)
        months << static_cast<double>(v);
    m_revenue.chart->setBars(months, m_kpis.revenueTargetMinor ? static_cast<double>(*m_kpis.revenueTargetMinor) : 0.0);

    m_pipeline.value->setText(text.money(m_kpis.weightedPipelineMinor));
    m_pipeline.detail->setText(tr("%n open deal(s), weighted by stage", nullptr, static_cast<int>(m_kpis.openDeals)));
    m_pipeline.chart->setShare(m_kpis.revenueTargetMinor && *m_kpis.revenueTargetMinor > 0
                                   ? static_cast<double>(m_kpis.weightedPipelineMinor) / static_cast<double>(*m_kpis.revenueTargetMinor)
                                   : 0.0,
                               ChartPainter::seriesColor(1));

    m_winRate.value->setText(text.percent(m_kpis.winRate));
    m_winRate.detail->setText(tr("%1 won of %2 closed").arg(text.count(m_kpis.winRate.part), text.count(m_kpis.winRate.whole)));
    m_winRate.chart->setShare(m_kpis.winRate.value(), ChartPainter::seriesColor(2));

    m_tickets.value->setText(text.count(m_kpis.openTickets));
    m_tickets.detail->setText(tr("%n past their promised time", nullptr, static_cast<int>(m_kpis.breachedTickets)));
    m_tickets.chart->setShare(Ratio{m_kpis.breachedTickets, m_kpis.openTickets}.value(), ChartPainter::seriesColor(3));
}

} // namespace rapport
