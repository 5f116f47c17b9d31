#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace rapport {
namespace {

QByteArray tintedSvg(const QString& name, const QColor& color)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    return svg;
}

// Renders the tinted SVG only when a size is asked for (and once per size), so building menus and
// toolbars costs nothing up front.
class TintedIconEngine : public QIconEngine
{
public:
    TintedIconEngine(QString name, QColor color) : m_name(std::move(name)), m_color(std::move(color)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QSize physical(qRound(rect.width() * dpr), qRound(rect.height() * dpr));
        painter->drawPixmap(rect, pixmap(physical, mode, state));
    }
    // `size` is in device pixels; QIcon sets the device pixel ratio on what it hands out.
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        const int side = qMin(size.width(), size.height());
        const quint64 key = (quint64(side) << 8) | quint64(mode);
        auto it = m_cache.constFind(key);
        if (it != m_cache.cend())
            return *it;
        QColor color = m_color;
        if (mode == QIcon::Disabled)
            color.setAlphaF(0.35f);
        const QPixmap pm = Icons::pixmap(m_name, side, color, 1.0);
        m_cache.insert(key, pm);
        return pm;
    }
    QIconEngine* clone() const override { return new TintedIconEngine(m_name, m_color); }
    QString key() const override { return QStringLiteral("rapport-tinted"); }

private:
    QString m_name;
    QColor m_color;
    QHash<quint64, QPixmap> m_cache;
};

QHash<QString, QIcon>& cache()
{
    static QHash<QString, QIcon> icons;
    return icons;
}

} // namespace

QIcon Icons::get(const QString& name)
{
    const QColor color = QApplication::palette().color(QPalette::Active, QPalette::WindowText);
    return get(name, color);
}

QIcon Icons::get(const QString& name, const QColor& color)
{
    const QString key = name + QLatin1Char('|') + color.name(QColor::HexArgb);
    auto it = cache().constFind(key);
    if (it != cache().cend())
        return *it;
    const QIcon icon(new TintedIconEngine(name, color));
    cache().insert(key, icon);
    return icon;
}

QPixmap Icons::pixmap(const QString& name, int size, const QColor& color, qreal devicePixelRatio)
{
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap pm(pixels, pixels);
    pm.fill(Qt::transparent);
    QSvgRenderer renderer(tintedSvg(name, color));
    if (renderer.isValid()) {
        QPainter painter(&pm);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, pixels, pixels));
    }
    pm.setDevicePixelRatio(devicePixelRatio);
    return pm;
}

QIcon Icons::swatches(const QStringList& colors)
{
    QStringList valid;
    for (const QString& c : colors) {
        if (QColor::isValidColorName(c) && valid.size() < 3)
            valid << c;
    }
    const QString key = QStringLiteral("swatches|") + valid.join(QLatin1Char('|'));
    auto it = cache().constFind(key);
    if (it != cache().cend())
        return *it;
    // Drawn at twice the size, so the dots stay round and crisp on high-DPI screens.
    constexpr int kDot = kSwatchesSize.height();
    constexpr int kStep = (kSwatchesSize.width() - kDot) / 2;
    constexpr qreal kScale = 2.0;
    QPixmap pm(kSwatchesSize * kScale);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(kScale, kScale);
        p.setPen(QPen(QColor(0, 0, 0, 70), 0.8));
        // Right to left, so the first tag's dot lies on top at the left.
        for (qsizetype i = valid.size() - 1; i >= 0; --i) {
            p.setBrush(QColor(valid.at(i)));
            p.drawEllipse(QRectF(0.5 + kStep * i, 0.5, kDot - 1, kDot - 1));
        }
    }
    pm.setDevicePixelRatio(kScale);
    const QIcon icon(pm);
    cache().insert(key, icon);
    return icon;
}

void Icons::clearCache()
{
    cache().clear();
}

} // namespace rapport
