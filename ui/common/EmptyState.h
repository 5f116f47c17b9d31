#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rapport {

// A friendly centred message for an empty list or a screen still to come: icon, title, one sentence,
// and an optional button.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setIcon(const QString& iconName);
    void setTitle(const QString& title);
    void setText(const QString& text);
    // An empty text hides the button.
    void setButtonText(const QString& text);
    QPushButton* button() const { return m_button; }

signals:
    void buttonClicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QString m_iconName;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_button;
};

} // namespace rapport
