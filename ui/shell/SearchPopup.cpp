#include "SearchPopup.h"

#include "common/Icons.h"
#include "shell/SearchResultDelegate.h"
#include "shell/SearchResultsModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

SearchPopup::SearchPopup(Database& db, QWidget* parent)
    : QFrame(parent, Qt::Popup), m_db(db), m_field(new QLineEdit(this)), m_list(new QListView(this)),
      m_hint(new QLabel(this)), m_model(new SearchResultsModel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);
    m_field->setObjectName(QStringLiteral("searchPopupField"));
    m_list->setObjectName(QStringLiteral("searchPopupList"));
    m_hint->setObjectName(QStringLiteral("searchPopupHint"));

    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_field->setFont(big);
    m_field->setPlaceholderText(tr("Search customers, people, deals and tickets"));
    m_field->setClearButtonEnabled(true);
    m_field->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_field->setFrame(false);
    m_field->setMinimumHeight(m_field->fontMetrics().height() + 18);
    m_field->installEventFilter(this);

    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMouseTracking(true);
    m_list->hide();
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setContentsMargins(14, 8, 14, 10);
    m_hint->setText(tr("Type a name, company, email, phone, deal or ticket. ↑↓ to choose, Enter to open, Esc to close."));
    m_hint->setWordWrap(true);

    auto* line = new QFrame(this);
    line->setObjectName(QStringLiteral("searchPopupLine"));
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_field);
    layout->addWidget(line);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_debounce, &QTimer::timeout, this, &SearchPopup::searchNow);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_list, &QListView::clicked, this, &SearchPopup::activateCurrent);
}

void SearchPopup::popup(QWidget* anchor, const QString& text)
{
    const int width = qBound(420, anchor->width() / 2, 640);
    const QPoint topLeft = anchor->mapToGlobal(QPoint((anchor->width() - width) / 2, 70));
    setFixedWidth(width);
    move(topLeft.x(), topLeft.y());
    m_field->setText(text);
    m_field->end(false);
    m_maxListHeight = qMax(200, anchor->height() - 240);
    searchNow();
    show();
    raise();
    activateWindow();
    m_field->setFocus(Qt::PopupFocusReason);
}

void SearchPopup::searchNow()
{
    m_debounce->stop();
    const QString text = m_field->text();
    if (text == m_lastSearched && m_model->rowCount() > 0)
        return;
    m_lastSearched = text;
    QList<SearchHit> hits;
    if (!text.trimmed().isEmpty()) {
        auto found = SearchService(m_db).search(text, 5);
        if (found)
            hits = found.take();
    }
    m_model->setHits(hits);
    const int first = m_model->firstHitRow();
    if (first >= 0)
        m_list->setCurrentIndex(m_model->index(first));
    m_list->setVisible(m_model->rowCount() > 0);
    if (text.trimmed().isEmpty())
        m_hint->setText(tr("Type a name, company, email, phone, deal or ticket. ↑↓ to choose, Enter to open, Esc to close."));
    else if (hits.isEmpty())
        m_hint->setText(tr("Nothing found for “%1”.").arg(text.trimmed()));
    else
        m_hint->setText(tr("↑↓ to choose, Enter to open, Esc to close."));
    updateSize();
}

void SearchPopup::updateSize()
{
    int listHeight = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        listHeight += m_list->sizeHintForRow(row);
    m_list->setFixedHeight(qMin(listHeight + 4, m_maxListHeight));
    adjustSize();
}

void SearchPopup::step(int delta)
{
    const int from = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int next = m_model->nextHitRow(from, delta);
    if (next >= 0) {
        m_list->setCurrentIndex(m_model->index(next));
        m_list->scrollTo(m_model->index(next));
    }
}

void SearchPopup::activateCurrent()
{
    if (m_debounce->isActive())
        searchNow();
    const SearchHit* hit = m_model->hitAt(m_list->currentIndex().row());
    if (!hit)
        return;
    const SearchHit copy = *hit;
    hide();
    emit hitActivated(copy);
}

bool SearchPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down: step(1); return true;
        case Qt::Key_Up: step(-1); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: activateCurrent(); return true;
        case Qt::Key_Escape: hide(); return true;
        default: break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace rapport
