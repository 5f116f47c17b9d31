#include "Theme.h"

#include "common/Icons.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace rapport {
namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x1d, 0x1f));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::Text, QColor(0x1d, 0x1d, 0x1f));
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x73));
    p.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfd));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x1d, 0x1f));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x62, 0xd6));
    p.setColor(QPalette::Mid, QColor(0xd2, 0xd2, 0xd7));
    p.setColor(QPalette::Midlight, QColor(0xe8, 0xe8, 0xed));
    p.setColor(QPalette::Dark, QColor(0xa1, 0xa1, 0xa6));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf2));
    p.setColor(QPalette::ToolTipText, QColor(0x1d, 0x1d, 0x1f));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa1, 0xa1, 0xa6));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x25, 0x26, 0x28));
    p.setColor(QPalette::WindowText, QColor(0xec, 0xec, 0xee));
    p.setColor(QPalette::Base, QColor(0x1c, 0x1c, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x24, 0x27));
    p.setColor(QPalette::Text, QColor(0xec, 0xec, 0xee));
    p.setColor(QPalette::PlaceholderText, QColor(0x98, 0x98, 0x9d));
    p.setColor(QPalette::Button, QColor(0x34, 0x35, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xec, 0xec, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7c, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x5e, 0x9e, 0xff));
    p.setColor(QPalette::Mid, QColor(0x48, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::Dark, QColor(0x15, 0x15, 0x16));
    p.setColor(QPalette::Light, QColor(0x55, 0x55, 0x5a));
    p.setColor(QPalette::ToolTipBase, QColor(0x34, 0x35, 0x38));
    p.setColor(QPalette::ToolTipText, QColor(0xec, 0xec, 0xee));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x6e, 0x73));
    return p;
}

const char* kStyleSheet = R"(
QListWidget#sidebar { background: palette(window); border: none; border-right: 1px solid palette(midlight);
                      padding: 10px 8px; outline: 0; }
QListWidget#sidebar::item { padding: 4px 8px; border-radius: 6px; color: palette(window-text); }
QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QStackedWidget#screens { background: palette(base); }
QWidget#customerListPage, QWidget#customerViewPage, QWidget#customerEditPage, QWidget#tasksScreen,
QWidget#dealsScreen, QWidget#ticketsScreen, QWidget#campaignsScreen, QWidget#reportsScreen
    { background: palette(base); }
QFrame[card="true"] { background: palette(base); border: 1px solid palette(midlight); border-radius: 10px; }
QPushButton[primary="true"] { background: palette(highlight); color: palette(highlighted-text); border: none;
                              border-radius: 6px; padding: 7px 18px; }
QPushButton[primary="true"]:disabled { background: palette(mid); }
QPushButton[large="true"] { padding: 7px 18px; }
QPushButton[chip="true"] { border: 1px solid transparent; border-radius: 11px; padding: 3px 12px; }
QPushButton[chip="true"]:hover:!checked { background: palette(midlight); }
QPushButton[chip="true"]:checked { background: palette(highlight); color: palette(highlighted-text); }
QTabWidget#customerTabs::pane { border: none; border-top: 1px solid palette(midlight); }
QFrame#searchPopup { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
QStatusBar QLabel { padding: 0 6px; }

QToolButton#newButton::menu-indicator, QToolButton#moreButton::menu-indicator { image: none; width: 0; }
)";

// The platform's own palette, remembered before the app replaces it.
// Fusion's own check marks vanish on a dark palette; ours read in both ("@edge" is the outline colour).
// Not used on macOS, whose native controls already follow the system.
const char* kIndicatorSheet = R"(
QCheckBox::indicator, QAbstractItemView::indicator { width: 14px; height: 14px; border: 1px solid @edge;
                                                     border-radius: 4px; background: palette(base); }
QCheckBox::indicator:hover, QAbstractItemView::indicator:hover { border-color: palette(highlight); }
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked
    { background: palette(highlight); border-color: palette(highlight); image: url(:/icons/checkmark.svg); }
QCheckBox::indicator:disabled { background: palette(window); border-color: palette(mid); }
QRadioButton::indicator { width: 14px; height: 14px; border: 1px solid @edge; border-radius: 8px;
                          background: palette(base); }
QRadioButton::indicator:checked { border: 5px solid palette(highlight); width: 6px; height: 6px; }
)";

const QPalette& systemPalette()
{
    static const QPalette palette = QGuiApplication::palette();
    return palette;
}

} // namespace

QString Theme::preference()
{
    return QSettings().value(QStringLiteral("theme"), QStringLiteral("system")).toString();
}

void Theme::setPreference(const QString& mode)
{
    QSettings().setValue(QStringLiteral("theme"), mode);
}

bool Theme::isDark()
{
    const QString mode = preference();
    if (mode == QStringLiteral("dark"))
        return true;
    if (mode == QStringLiteral("light"))
        return false;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (QGuiApplication::styleHints()->colorScheme() != Qt::ColorScheme::Unknown)
        return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
#endif
    // Before Qt 6.5 (or when the platform does not say): the system palette tells.
    return systemPalette().color(QPalette::Window).lightness() < 128;
}

void Theme::apply()
{
    systemPalette();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Follow the OS when it switches between light and dark while Rapport runs.
    static const bool watching = [] {
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
            if (preference() == QStringLiteral("system"))
                apply();
        });
        return true;
    }();
    Q_UNUSED(watching)
#endif
#ifndef Q_OS_MACOS
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(isDark() ? darkPalette() : lightPalette());
#else
    if (preference() != QStringLiteral("system"))
        QApplication::setPalette(isDark() ? darkPalette() : lightPalette());
#endif
    QString sheet = QString::fromLatin1(kStyleSheet);
#ifndef Q_OS_MACOS
    sheet += QString::fromLatin1(kIndicatorSheet)
                 .replace(QStringLiteral("@edge"), isDark() ? QStringLiteral("#7c7c82") : QStringLiteral("#a1a1a6"));
#endif
    qApp->setStyleSheet(sheet);
    Icons::clearCache();
}

} // namespace rapport
