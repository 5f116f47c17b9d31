#include "DataActions.h"

#include "common/Background.h"
#include "common/Session.h"
#include "db/Database.h"
#include "importing/DuplicatesDialog.h"
#include "importing/ImportWizard.h"
#include "io/Exporter.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace rapport::DataActions {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("rapport::DataActions", text, disambiguation, n);
}

// Writes on a worker thread with its own connection; the window keeps painting.
void runExport(QWidget* parent, Session& session, ExportKind kind, ExportFormat format, const QString& suggested,
               const QString& filter, const QList<qint64>& ids = {})
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export"), dir + u'/' + suggested, filter);
    if (path.isEmpty())
        return;
    const QString dbPath = session.db().path();
    const ExportFormat chosen = ids.isEmpty() ? format : Exporter::formatForPath(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = runInBackground([dbPath, kind, chosen, path, ids]() -> Result<qint64> {
        OpenOptions open;
        open.createIfMissing = false;
        open.takeLock = false;
        open.migrate = false;
        open.quickCheckMaxBytes = 0;
        auto db = Database::open(dbPath, open);
        if (!db)
            return db.error();
        Exporter::Options options;
        options.ids = ids;
        return Exporter::writeFile(*db.value(), kind, chosen, path, options);
    });
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(parent, tr("Export"), written.error().message);
    else
        session.showMessage(tr("Exported %n record(s) to %1.", nullptr, int(written.value())).arg(path));
}

} // namespace

void addTo(QMenu* menu, QWidget* window, Session& session)
{
    QAction* import = menu->addAction(tr("&Import…"));
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QObject::connect(import, &QAction::triggered, window, [window, &session] {
        ImportWizard wizard(session, window);
        wizard.exec();
    });

    QMenu* exportMenu = menu->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    struct Entry
    {
        const char* name;
        const char* text;
        ExportKind kind;
        ExportFormat format;
        const char* file;
        const char* filter;
    };
    static const Entry entries[] = {
        {"exportCustomersCsvAction", QT_TRANSLATE_NOOP("rapport::DataActions", "Customers as CSV (Excel)…"),
         ExportKind::Customers, ExportFormat::Csv, "customers.csv", QT_TRANSLATE_NOOP("rapport::DataActions", "CSV files (*.csv)")},
        {"exportCustomersVCardAction", QT_TRANSLATE_NOOP("rapport::DataActions", "Customers as vCard (Contacts)…"),
         ExportKind::Customers, ExportFormat::VCard, "customers.vcf", QT_TRANSLATE_NOOP("rapport::DataActions", "vCard files (*.vcf)")},
        {"exportDealsAction", QT_TRANSLATE_NOOP("rapport::DataActions", "Deals as CSV…"), ExportKind::Deals,
         ExportFormat::Csv, "deals.csv", QT_TRANSLATE_NOOP("rapport::DataActions", "CSV files (*.csv)")},
        {"exportTicketsAction", QT_TRANSLATE_NOOP("rapport::DataActions", "Tickets as CSV…"), ExportKind::Tickets,
         ExportFormat::Csv, "tickets.csv", QT_TRANSLATE_NOOP("rapport::DataActions", "CSV files (*.csv)")},
        {"exportActivitiesAction", QT_TRANSLATE_NOOP("rapport::DataActions", "Activities as CSV…"),
         ExportKind::Activities, ExportFormat::Csv, "activities.csv", QT_TRANSLATE_NOOP("rapport::DataActions", "CSV files (*.csv)")},
        {"exportTasksAction", QT_TRANSLATE_NOOP("rapport::DataActions", "Tasks as iCalendar (Calendar)…"),
         ExportKind::Tasks, ExportFormat::ICalendar, "tasks.ics", QT_TRANSLATE_NOOP("rapport::DataActions", "iCalendar files (*.ics)")},
    };
    for (const Entry& e : entries) {
        QAction* a = exportMenu->addAction(tr(e.text));
        a->setObjectName(QString::fromLatin1(e.name));
        QObject::connect(a, &QAction::triggered, window, [window, &session, e] {
            runExport(window, session, e.kind, e.format, QString::fromLatin1(e.file), tr(e.filter));
        });
    }

    QAction* duplicates = menu->addAction(tr("Find &Duplicate Customers…"));
    duplicates->setObjectName(QStringLiteral("findDuplicatesAction"));
    QObject::connect(duplicates, &QAction::triggered, window, [window, &session] {
        DuplicatesDialog dialog(session, window);
        dialog.exec();
    });
}

void exportCustomers(QWidget* parent, Session& session, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    runExport(parent, session, ExportKind::Customers, ExportFormat::Csv, QStringLiteral("customers.csv"),
              tr("CSV files (*.csv);;vCard files (*.vcf)"), ids);
}

} // namespace rapport::DataActions
