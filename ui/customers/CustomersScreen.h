#pragma once

#include "common/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace rapport {

class CustomerPage;
class CustomerTableModel;
class EmptyState;
enum class Entity;
enum class ChangeKind;

// The Customers screen: the list (instant filter, kind/tag/archive filters, SQL-side sort, multi-select
// tag and archive) and, on top of it, the customer page.
class CustomersScreen : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersScreen(Session& session, QWidget* parent = nullptr);

    CustomerTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    CustomerPage* page() const { return m_page; }
    bool isShowingCustomer() const;
    QList<qint64> selectedIds() const;
    // Reads the list now if it has not been read yet (it is read when first shown).
    void ensureLoaded();

public slots:
    void showList();
    void showCustomer(qint64 id, rapport::Session::CustomerTab tab = rapport::Session::CustomerTab::Timeline);
    void focusFilter();
    void tagSelected();
    void archiveSelected();
    void newCustomer();

signals:
    void customerShown(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildList();
    void applyFilter();
    void reloadTags();
    void reloadSegments();
    void updateState();
    void updateSelectionActions();
    void onChanged(rapport::Entity entity, qint64 id, rapport::ChangeKind kind);
    void onSortIndicator(int column, Qt::SortOrder order);
    void showContextMenu(const QPoint& pos);
    void openCurrent();

    Session& m_session;
    CustomerTableModel* m_model;
    QStackedWidget* m_stack;
    QLabel* m_count;
    QLineEdit* m_filter;
    QComboBox* m_kind;
    QComboBox* m_tag;
    QComboBox* m_segment = nullptr;
    QComboBox* m_tier;
    QComboBox* m_archived;
    QPushButton* m_tagButton;
    QPushButton* m_archiveButton;
    QPushButton* m_exportButton;
    QStackedWidget* m_listStack;
    QTableView* m_view;
    EmptyState* m_empty;
    CustomerPage* m_page;
    QTimer* m_debounce;
    QTimer* m_refresh;
    bool m_loaded = false;
};

} // namespace rapport
