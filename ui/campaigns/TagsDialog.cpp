#include "TagsDialog.h"

#include "common/Session.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

QIcon swatch(const QString& color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0, 0, 0, 60));
    p.setBrush(color.isEmpty() ? QColor(Qt::transparent) : QColor(color));
    p.drawEllipse(QRectF(0.5, 0.5, 13, 13));
    return QIcon(pixmap);
}

} // namespace

TagsDialog::TagsDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("tagsDialog"));
    setWindowTitle(tr("Tags"));
    m_table->setObjectName(QStringLiteral("tagTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Tag"), tr("Customers")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto button = [this](const QString& name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    auto* rename = button(QStringLiteral("renameTag"), tr("Rename…"));
    auto* merge = button(QStringLiteral("mergeTag"), tr("Merge into…"));
    auto* color = button(QStringLiteral("colorTag"), tr("Colour…"));
    auto* remove = button(QStringLiteral("deleteTag"), tr("Delete"));
    auto* side = new QVBoxLayout;
    for (QPushButton* b : {rename, merge, color, remove})
        side->addWidget(b);
    side->addStretch();
    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(480, 380);

    connect(rename, &QPushButton::clicked, this, &TagsDialog::askRename);
    connect(merge, &QPushButton::clicked, this, &TagsDialog::askMerge);
    connect(color, &QPushButton::clicked, this, &TagsDialog::askColor);
    connect(remove, &QPushButton::clicked, this, &TagsDialog::askDelete);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &TagsDialog::askRename);
    reload();
}

void TagsDialog::reload()
{
    const int row = m_table->currentRow();
    auto tags = TagRepository(m_session.db()).list();
    if (!tags) {
        m_session.reportError(tags.error().message);
        return;
    }
    m_tags = tags.take();
    m_table->setRowCount(static_cast<int>(m_tags.size()));
    for (int i = 0; i < m_tags.size(); ++i) {
        const TagInfo& t = m_tags[i];
        auto* name = new QTableWidgetItem(swatch(t.color), t.name);
        name->setData(Qt::UserRole, t.id);
        auto* count = new QTableWidgetItem(QLocale().toString(t.customers));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, count);
    }
    if (!m_tags.isEmpty())
        m_table->selectRow(qBound(0, row, static_cast<int>(m_tags.size()) - 1));
}

const TagInfo* TagsDialog::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_tags.size() ? &m_tags[row] : nullptr;
}

bool TagsDialog::report(const Status& status)
{
    if (!status) {
        QMessageBox::warning(this, tr("Tags"), status.error().message);
        return false;
    }
    reload();
    return true;
}

bool TagsDialog::renameTag(qint64 id, const QString& name)
{
    return report(TagRepository(m_session.db()).rename(id, name));
}

bool TagsDialog::mergeTags(qint64 from, qint64 into)
{
    return report(TagRepository(m_session.db()).merge(from, into));
}

bool TagsDialog::colorTag(qint64 id, const QString& color)
{
    return report(TagRepository(m_session.db()).setColor(id, color));
}

bool TagsDialog::deleteTag(qint64 id)
{
    return report(TagRepository(m_session.db()).remove(id));
}

void TagsDialog::askRename()
{
    const TagInfo* t = current();
    if (!t)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename tag"), tr("New name:"), QLineEdit::Normal, t->name, &ok);
    if (ok && name != t->name)
        renameTag(t->id, name);
}

void TagsDialog::askMerge()
{
    const TagInfo* t = current();
    if (!t || m_tags.size() < 2)
        return;
    QStringList others;
    QList<qint64> ids;
    for (const TagInfo& other : m_tags) {
        if (other.id != t->id) {
            others << other.name;
            ids << other.id;
        }
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge tags"),
                                               tr("Give the %n customer(s) tagged \"%1\" this tag instead:", nullptr,
                                                  t->customers).arg(t->name),
                                               others, 0, false, &ok);
    if (ok)
        mergeTags(t->id, ids.value(others.indexOf(into)));
}

void TagsDialog::askColor()
{
    const TagInfo* t = current();
    if (!t)
        return;
    const QColor color = QColorDialog::getColor(t->color.isEmpty() ? QColor(Qt::gray) : QColor(t->color), this, tr("Tag colour"));
    if (color.isValid())
        colorTag(t->id, color.name());
}

void TagsDialog::askDelete()
{
    const TagInfo* t = current();
    if (!t)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete tag"), tr("Remove the tag \"%1\" from %n customer(s)? The customers stay.", nullptr, t->customers)
                                    .arg(t->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deleteTag(t->id);
}

} // namespace rapport
