#include "StageEditor.h"

#include "common/Format.h"
#include "common/Session.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "deals/DealRepository.h"
#include "deals/Pipeline.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {

StageEditor::StageEditor(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this)), m_rotting(new QSpinBox(this))
{
    setObjectName(QStringLiteral("stageEditor"));
    m_table->setObjectName(QStringLiteral("stageTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Win probability"), tr("Open deals")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(200);

    m_up = new QPushButton(tr("Move Up"), this);
    m_up->setObjectName(QStringLiteral("moveStageUpButton"));
    m_down = new QPushButton(tr("Move Down"), this);
    m_down->setObjectName(QStringLiteral("moveStageDownButton"));
    m_add = new QPushButton(tr("Add Stage"), this);
    m_add->setObjectName(QStringLiteral("addStageButton"));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeStageButton"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_add, &QPushButton::clicked, this, &StageEditor::addStage);
    connect(m_remove, &QPushButton::clicked, this, &StageEditor::removeCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StageEditor::updateButtons);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addSpacing(12);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto* closed = new QLabel(tr("Won and Lost always come last: drop a deal on them to close it."), this);
    closed->setForegroundRole(QPalette::PlaceholderText);
    closed->setWordWrap(true);

    Pipeline pipeline(session.db());
    m_originalRotting = pipeline.rottingDays();
    m_rotting->setObjectName(QStringLiteral("rottingDaysSpin"));
    m_rotting->setRange(1, 365);
    m_rotting->setValue(m_originalRotting);
    m_rotting->setSuffix(tr(" days"));
    auto* rottingRow = new QHBoxLayout;
    rottingRow->addWidget(new QLabel(tr("Mark a deal as needing attention after"), this));
    rottingRow->addWidget(m_rotting);
    rottingRow->addWidget(new QLabel(tr("in the same stage."), this));
    rottingRow->addStretch();

    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(tableRow, 1);
    layout->addWidget(closed);
    layout->addSpacing(8);
    layout->addLayout(rottingRow);

    if (auto summaries = pipeline.summaries()) {
        for (const StageSummary& s : summaries.value()) {
            Row row{m_nextKey++,         s.stage.id, Format::stageName(s.stage.name),
                    s.stage.probability, s.count,    Format::stageName(s.stage.name),
                    s.stage.probability};
            m_rows << row;
            m_originalOrder << s.stage.id;
        }
    } else {
        session.reportError(summaries.error().message);
    }
    rebuild(-1);
}

void StageEditor::rebuild(int select)
{
    const QSignalBlocker block(m_table);
    // The old spin boxes go now, not later, so each row has exactly one.
    for (int i = 0; i < m_table->rowCount(); ++i)
        delete m_table->cellWidget(i, 1);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(r.name));
        auto* probability = new QSpinBox(m_table);
        probability->setObjectName(QStringLiteral("stageProbability_%1").arg(i));
        probability->setRange(0, 100);
        probability->setSuffix(QStringLiteral(" %"));
        probability->setValue(r.probability);
        probability->setFrame(false);
        m_table->setCellWidget(i, 1, probability);
        auto* deals = new QTableWidgetItem(QString::number(r.deals));
        deals->setFlags(Qt::ItemIsEnabled);
        deals->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 2, deals);
    }
    if (select >= 0 && select < m_rows.size())
        m_table->selectRow(select);
    updateButtons();
}

void StageEditor::sync()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (QTableWidgetItem* name = m_table->item(i, 0))
            m_rows[i].name = name->text().trimmed();
        if (auto* probability = qobject_cast<QSpinBox*>(m_table->cellWidget(i, 1)))
            m_rows[i].probability = probability->value();
    }
}

void StageEditor::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && m_table->selectionModel()->hasSelection();
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row < m_rows.size() - 1);
    m_remove->setEnabled(selected && m_rows.size() > 1);
}

void StageEditor::moveCurrent(int step)
{
    sync();
    const int row = m_table->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_rows.size())
        return;
    m_rows.move(row, to);
    rebuild(to);
}

void StageEditor::addStage()
{
    sync();
    m_rows << Row{m_nextKey++, 0, tr("New stage"), 50, 0, QString(), 0};
    rebuild(static_cast<int>(m_rows.size()) - 1);
    m_table->editItem(m_table->item(static_cast<int>(m_rows.size()) - 1, 0));
}

void StageEditor::removeCurrent()
{
    sync();
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || m_rows.size() <= 1)
        return;
    const Row removed = m_rows.at(row);
    int targetKey = 0;
    if (removed.id > 0) {
        // Every deal in the stage needs a new home; the owner picks it.
        QStringList names;
        QList<int> keys;
        for (const Row& r : m_rows) {
            if (r.key != removed.key) {
                names << r.name;
                keys << r.key;
            }
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Remove Stage"), tr("Move the %n deal(s) in “%1” to:", nullptr, removed.deals).arg(removed.name),
            names, qMin(row, static_cast<int>(names.size()) - 1), false, &ok);
        if (!ok)
            return;
        targetKey = keys.value(static_cast<int>(names.indexOf(chosen)));
        m_removals << std::make_pair(removed.id, targetKey);
        for (Row& r : m_rows) {
            if (r.key == targetKey)
                r.deals += removed.deals;
        }
    }
    m_rows.removeAt(row);
    rebuild(qMin(row, static_cast<int>(m_rows.size()) - 1));
}

bool StageEditor::hasChanges() const
{
    const_cast<StageEditor*>(this)->sync();
    if (!m_removals.isEmpty() || m_rotting->value() != m_originalRotting)
        return true;
    QList<qint64> order;
    for (const Row& r : m_rows) {
        if (r.id == 0 || r.name != r.originalName || r.probability != r.originalProbability)
            return true;
        order << r.id;
    }
    return order != m_originalOrder;
}

Status StageEditor::apply()
{
    if (!hasChanges())
        return Ok{};
    for (const Row& r : m_rows) {
        if (r.name.isEmpty())
            return makeError(QStringLiteral("invalid"), tr("Every stage needs a name."));
    }
    Database& db = m_session.db();
    Pipeline pipeline(db);
    SqlTransaction tx(db);
    if (!tx.active())
        return makeError(QStringLiteral("sql"), tx.error());
    // Work on a copy: if anything fails, the transaction rolls back and the editor still shows what to retry.
    QList<Row> rows = m_rows;
    QHash<int, qint64> idOf;
    for (Row& r : rows) {
        if (r.id == 0) {
            auto id = pipeline.addStage(r.name, r.probability);
            if (!id)
                return id.error();
            r.id = id.value();
            r.originalName = r.name;
            r.originalProbability = r.probability;
        }
        idOf.insert(r.key, r.id);
        // Default stages are stored in English and shown translated: only a real change renames them.
        if (r.name != r.originalName) {
            if (auto renamed = pipeline.renameStage(r.id, r.name); !renamed)
                return renamed;
        }
        if (r.probability != r.originalProbability) {
            if (auto set = pipeline.setProbability(r.id, r.probability); !set)
                return set;
        }
    }
    for (const auto& [stageId, targetKey] : m_removals) {
        if (auto removed = pipeline.removeStage(stageId, idOf.value(targetKey)); !removed)
            return removed;
    }
    QList<qint64> order;
    for (const Row& r : rows)
        order << r.id;
    if (auto reordered = pipeline.reorderStages(order); !reordered)
        return reordered;
    if (m_rotting->value() != m_originalRotting) {
        if (auto set = pipeline.setRottingDays(m_rotting->value()); !set)
            return set;
    }
    if (!tx.commit())
        return makeError(QStringLiteral("sql"), tx.error());
    m_rows = rows;
    m_removals.clear();
    m_originalOrder = order;
    m_originalRotting = m_rotting->value();
    return Ok{};
}

} // namespace rapport
