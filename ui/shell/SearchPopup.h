#pragma once

#include "search/SearchService.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace rapport {

class Database;
class SearchResultsModel;

// Ctrl/Cmd+K: one field; companies, people, deals and tickets appear grouped as you type.
// Up/Down move through the hits, Enter opens one, Esc closes.
class SearchPopup : public QFrame
{
    Q_OBJECT
public:
    SearchPopup(Database& db, QWidget* parent);

    // Shows the popup over `anchor` (the main window), optionally starting with `text`.
    void popup(QWidget* anchor, const QString& text = {});
    QLineEdit* field() const { return m_field; }
    QListView* list() const { return m_list; }
    SearchResultsModel* model() const { return m_model; }
    // Runs the pending search now (tests and Enter before the debounce fired).
    void searchNow();

signals:
    void hitActivated(const rapport::SearchHit& hit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void step(int delta);
    void activateCurrent();
    void updateSize();

    Database& m_db;
    QLineEdit* m_field;
    QListView* m_list;
    QLabel* m_hint;
    SearchResultsModel* m_model;
    QTimer* m_debounce;
    QString m_lastSearched;
    int m_maxListHeight = 440;
};

} // namespace rapport
