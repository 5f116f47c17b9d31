#include "Session.h"

#include "common/UndoableCommand.h"
#include "db/Database.h"

#include <QUndoStack>

namespace rapport {

Session::Session(Database& db, QObject* parent) : QObject(parent), m_db(db), m_undo(new QUndoStack(this))
{
    m_undo->setObjectName(QStringLiteral("undoStack"));
    m_undo->setUndoLimit(200);
}

Session::~Session() = default;

QString Session::currency() const
{
    const QString code = m_db.setting(QStringLiteral("currency"));
    return code.size() == 3 ? code.toUpper() : QStringLiteral("USD");
}

QString Session::businessName() const
{
    return m_db.setting(QStringLiteral("business_name"));
}

bool Session::run(std::unique_ptr<UndoableCommand> command)
{
    if (auto done = apply(std::move(command)); !done) {
        reportError(done.error().message);
        return false;
    }
    return true;
}

Status Session::apply(std::unique_ptr<UndoableCommand> command)
{
    Status done = command->applyFirst();
    if (done)
        m_undo->push(command.release());
    return done;
}

void Session::openCustomer(qint64 id, CustomerTab tab)
{
    if (id > 0)
        emit customerRequested(id, tab);
}

void Session::openDeal(qint64 id)
{
    if (id > 0)
        emit dealRequested(id);
}

void Session::openTicket(qint64 id)
{
    if (id > 0)
        emit ticketRequested(id);
}

void Session::reportError(const QString& message)
{
    emit errorReported(message);
}

void Session::showMessage(const QString& message)
{
    emit messageShown(message);
}

} // namespace rapport
