#pragma once

#include <QDialog>

class QListWidget;

namespace rapport {

// An audience too large for one email: its mailto: batches, opened one at a time (each ticked once opened)
// or copied, so the mail app gets each batch as its own message with the addresses in BCC.
class MailtoDialog : public QDialog
{
    Q_OBJECT
public:
    MailtoDialog(const QStringList& links, QWidget* parent = nullptr);

    QListWidget* batches() const { return m_list; }

private:
    void openCurrent();
    void copyCurrent();

    QListWidget* m_list;
};

} // namespace rapport
