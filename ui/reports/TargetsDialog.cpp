#include "TargetsDialog.h"

#include "db/ChangeNotifier.h"

#include "analytics/Kpis.h"
#include "common/Format.h"
#include "common/Session.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

constexpr KpiMetric kMetrics[] = {KpiMetric::Revenue, KpiMetric::NewCustomers, KpiMetric::TicketsInSla};

} // namespace

TargetsDialog::TargetsDialog(Session& session, const QDate& around, QWidget* parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("targetsDialog"));
    setWindowTitle(tr("Monthly Targets"));
    m_table->setObjectName(QStringLiteral("targetsTable"));
    // From the start of the report's period through the next twelve months.
    const QDate start(around.year(), around.month(), 1);
    const QDate today = QDate::currentDate();
    const int count = (today.year() - start.year()) * 12 + today.month() - start.month() + 12;
    m_months = monthKeys(start, qBound(12, count, 48));
    m_table->setRowCount(static_cast<int>(m_months.size()));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Revenue (%1)").arg(session.currency()), tr("New customers"),
                                        tr("Tickets resolved within SLA")});
    const QString currency = session.currency();
    for (int r = 0; r < m_months.size(); ++r) {
        const QDate first = QDate::fromString(m_months[r] + QStringLiteral("-01"), Qt::ISODate);
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(QLocale().toString(first, QStringLiteral("MMM yyyy"))));
        for (int c = 0; c < 3; ++c) {
            auto target = Kpis::target(session.db().connection(), m_months[r], kMetrics[c]);
            QString text;
            if (target && target.value())
                text = c == 0 ? Format::money(*target.value(), currency) : QLocale().toString(*target.value());
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* hint = new QLabel(tr("Leave a cell empty for no target. Targets show on the Targets and KPIs report, the "
                               "forecast and the Today screen."), this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TargetsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TargetsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 520);
}

void TargetsDialog::accept()
{
    const QString currency = m_session.currency();
    QList<std::tuple<QString, KpiMetric, std::optional<qint64>>> values;
    for (int r = 0; r < m_months.size(); ++r) {
        for (int c = 0; c < 3; ++c) {
            const QString text = m_table->item(r, c)->text().trimmed();
            std::optional<qint64> value;
            if (!text.isEmpty()) {
                qint64 parsed = 0;
                bool ok = false;
                if (c == 0) {
                    QString digits = text;
                    digits.remove(QRegularExpression(QStringLiteral("[^0-9.,\\-\\s]")));
                    ok = Format::parseMoney(digits, currency, &parsed);
                } else {
                    parsed = QLocale().toLongLong(text, &ok);
                }
                if (!ok || parsed < 0) {
                    m_table->setCurrentCell(r, c);
                    QMessageBox::warning(this, windowTitle(), tr("\"%1\" is not a target; enter a number, or leave the cell empty.").arg(text));
                    return;
                }
                value = parsed;
            }
            values.append({m_months[r], kMetrics[c], value});
        }
    }
    SqlTransaction tx(m_session.db());
    for (const auto& [month, metric, value] : values) {
        if (auto saved = Kpis::setTarget(m_session.db(), month, metric, value); !saved) {
            m_session.reportError(saved.error().message);
            return;
        }
    }
    // Today's KPI tiles and the reports follow the new targets.
    m_session.db().announce(Entity::Target, 0, ChangeKind::Bulk);
    if (!tx.commit()) {
        m_session.reportError(tx.error());
        return;
    }
    QDialog::accept();
}

} // namespace rapport
