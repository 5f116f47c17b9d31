#include "SegmentEditor.h"

#include "ConditionRow.h"
#include "campaigns/SegmentRepository.h"
#include "campaigns/SegmentSql.h"
#include "common/Background.h"
#include "common/Session.h"
#include "customers/CustomerRepository.h"
#include "db/Database.h"
#include "safety/ReadConnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

SegmentEditor::SegmentEditor(Session& session, qint64 segmentId, QWidget* parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)), m_match(new QComboBox(this)),
      m_rows(new QVBoxLayout), m_count(new QLabel(this)), m_error(new QLabel(this)), m_countTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("segmentEditor"));
    setWindowTitle(segmentId > 0 ? tr("Edit segment") : tr("New segment"));
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setPlaceholderText(tr("e.g. Shanghai customers who bought last year"));
    m_match->setObjectName(QStringLiteral("segmentMatch"));
    m_match->addItem(tr("all of these conditions"), true);
    m_match->addItem(tr("any of these conditions"), false);
    m_count->setObjectName(QStringLiteral("segmentCount"));
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_count->setFont(big);
    m_error->setObjectName(QStringLiteral("segmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, &SegmentEditor::count);
    if (auto tags = CustomerRepository(session.db()).allTags())
        m_tags = tags.value();

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Customers matching:"), m_match);

    auto* rowsHost = new QWidget(this);
    rowsHost->setObjectName(QStringLiteral("conditionRows"));
    auto* hostLayout = new QVBoxLayout(rowsHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->addLayout(m_rows);
    auto* add = new QPushButton(tr("Add condition"), rowsHost);
    add->setObjectName(QStringLiteral("addCondition"));
    auto* addLine = new QHBoxLayout;
    addLine->addWidget(add);
    addLine->addStretch();
    hostLayout->addLayout(addLine);
    hostLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(rowsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(180);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("segmentButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SegmentEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SegmentEditor::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(add, &QPushButton::clicked, this, [this] {
        appendRow();
        scheduleCount();
    });
    connect(m_match, &QComboBox::currentIndexChanged, this, &SegmentEditor::scheduleCount);

    if (segmentId > 0) {
        auto loaded = SegmentRepository(session.db()).get(segmentId);
        if (loaded) {
            m_segment = loaded.take();
            m_name->setText(m_segment.name);
            m_match->setCurrentIndex(m_segment.matchAll ? 0 : 1);
            for (const auto& c : m_segment.conditions)
                addCondition(c);
        } else {
            showError(loaded.error().message);
        }
    }
    if (m_rowList.isEmpty())
        appendRow();
    count();
}

ConditionRow* SegmentEditor::appendRow()
{
    auto* row = new ConditionRow(m_session.currency(), m_tags, this);
    m_rows->addWidget(row);
    m_rowList << row;
    connect(row, &ConditionRow::changed, this, &SegmentEditor::scheduleCount);
    connect(row, &ConditionRow::removeRequested, this, &SegmentEditor::removeRow);
    return row;
}

void SegmentEditor::removeRow(ConditionRow* row)
{
    m_rowList.removeAll(row);
    row->deleteLater();
    scheduleCount();
}

void SegmentEditor::addCondition(const SegmentCondition& condition)
{
    // The first, untouched row is reused so a new segment does not start with an empty condition.
    ConditionRow* row = nullptr;
    if (m_rowList.size() == 1 && m_rowList.first()->condition().value.isEmpty() && m_segment.conditions.isEmpty() &&
        m_rowList.first()->property("used").isNull())
        row = m_rowList.first();
    else
        row = appendRow();
    row->setProperty("used", true);
    row->setCondition(condition);
    scheduleCount();
}

Segment SegmentEditor::segment() const
{
    Segment s = m_segment;
    s.name = m_name->text().trimmed();
    s.matchAll = m_match->currentData().toBool();
    s.conditions.clear();
    for (const ConditionRow* row : m_rowList)
        s.conditions << row->condition();
    return s;
}

QString SegmentEditor::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SegmentEditor::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SegmentEditor::scheduleCount()
{
    m_countTimer->start();
}

void SegmentEditor::count()
{
    const Segment s = segment();
    const int generation = ++m_generation;
    for (const auto& c : s.conditions) {
        if (auto valid = SegmentRules::validate(c); !valid) {
            m_count->setText(tr("Complete the conditions to see how many customers match."));
            m_lastCount = -1;
            return;
        }
    }
    m_count->setText(tr("Counting…"));
    const QString path = m_session.db().path();
    startInBackground(
        this,
        [path, s]() -> Result<int> {
            auto connection = ReadConnection::open(path);
            if (!connection)
                return connection.error();
            return SegmentRepository::count(connection.value()->db(), s);
        },
        [this, generation](Result<int> counted) {
            if (generation != m_generation)
                return; // the conditions changed meanwhile; a newer count is on its way
            if (!counted) {
                m_count->setText(counted.error().message);
                m_lastCount = -1;
                return;
            }
            m_lastCount = counted.value();
            m_count->setText(tr("%n customer(s) match", nullptr, m_lastCount));
            emit countChanged(m_lastCount);
        });
}

void SegmentEditor::accept()
{
    Segment s = segment();
    SegmentRepository repo(m_session.db());
    if (s.id > 0) {
        if (auto updated = repo.update(s); !updated)
            return showError(updated.error().message);
    } else {
        auto created = repo.create(s);
        if (!created)
            return showError(created.error().message);
        s.id = created.value();
    }
    m_segment = s;
    QDialog::accept();
}

} // namespace rapport
