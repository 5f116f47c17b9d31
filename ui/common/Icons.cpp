#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace rapport {
namespace {

QHash<QString, QIcon>& cache()
{
    static QHash<QString, QIcon> icons;
    return icons;
}

QByteArray tintedSvg(const QString& name, const QColor& color)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    return svg;
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
    QIcon icon;
    QColor disabled = color;
    disabled.setAlphaF(0.35f);
    for (const int size : {16, 20, 24, 32, 48, 64}) {
        icon.addPixmap(pixmap(name, size, color), QIcon::Normal);
        icon.addPixmap(pixmap(name, size, disabled), QIcon::Disabled);
    }
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

void Icons::clearCache()
{
    cache().clear();
}

} // namespace rapport
