#pragma once

#include <QListWidget>

namespace rapport {

// The source list on the left: one row per screen, with its icon.
class Sidebar : public QListWidget
{
    Q_OBJECT
public:
    explicit Sidebar(QWidget* parent = nullptr);
    void addScreen(const QString& icon, const QString& title, const QString& shortcutText);
    // Re-tints the icons after a palette change.
    void refreshIcons();
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QStringList m_icons;
};

} // namespace rapport
