#pragma once

#include "Result.h"

#include <QWidget>

class QSpinBox;

namespace rapport {

class Session;

// The Service Levels page of Preferences: per priority, the promised first reply and resolution, in hours.
// New rules apply to tickets created (or re-prioritised) afterwards; existing promises stay as made.
class SlaEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SlaEditor(Session& session, QWidget* parent = nullptr);
    Status apply();
    void restoreDefaults();

private:
    Session& m_session;
    QList<QSpinBox*> m_first; // urgent, high, normal, low
    QList<QSpinBox*> m_resolve;
};

} // namespace rapport
