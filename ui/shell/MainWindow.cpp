#include "MainWindow.h"

#include "db/Database.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>

namespace rapport {

MainWindow::MainWindow(Database& db, QWidget* parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rapport"));
    auto* placeholder = new QLabel(tr("Welcome to Rapport."), this);
    placeholder->setObjectName(QStringLiteral("welcomeLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(QDir::toNativeSeparators(m_db.path()));
    resize(1100, 720);
}

} // namespace rapport
