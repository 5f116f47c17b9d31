#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace rapport {

class Database;
class UndoableCommand;

// What every screen of one open database shares: the database, the undo stack, the business's settings,
// and the requests that move the owner around ("open this customer"). Screens talk to the session, never
// to each other; data changes reach them from the core's ChangeNotifier.
class Session : public QObject
{
    Q_OBJECT
public:
    // Tabs of the customer page that other screens may ask for.
    enum class CustomerTab { Timeline, People, Deals, Tickets, Tasks, History };
    Q_ENUM(CustomerTab)

    explicit Session(Database& db, QObject* parent = nullptr);
    ~Session() override;

    Database& db() const { return m_db; }
    QUndoStack* undoStack() const { return m_undo; }

    QString currency() const;
    QString businessName() const;

    // Runs a change now and, if it worked, puts it on the undo stack; otherwise reports the core's message.
    bool run(std::unique_ptr<UndoableCommand> command);
    // Like run(), but hands a refusal back instead of reporting it (forms show it beside their fields).
    Status apply(std::unique_ptr<UndoableCommand> command);

public slots:
    void openCustomer(qint64 id, rapport::Session::CustomerTab tab = rapport::Session::CustomerTab::Timeline);
    void openDeal(qint64 id);
    void openTicket(qint64 id);
    void reportError(const QString& message);
    void showMessage(const QString& message);

signals:
    void customerRequested(qint64 id, rapport::Session::CustomerTab tab);
    void dealRequested(qint64 id);
    void ticketRequested(qint64 id);
    void errorReported(const QString& message);
    void messageShown(const QString& message);

private:
    Database& m_db;
    QUndoStack* m_undo = nullptr;
};

} // namespace rapport
