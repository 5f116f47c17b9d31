#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace rapport {

class CustomerPicker;
class DealPage;
class DealTableModel;
class EmptyState;
class PipelineBoard;
class Session;
enum class Entity;
enum class ChangeKind;

// The Deals screen: the pipeline board or the deal list (a toggle, remembered), and on top the deal page.
// Every move made here (drag, Ctrl+Left/Right, Won/Lost) is one undoable command.
class DealsScreen : public QWidget
{
    Q_OBJECT
public:
    enum class View
    {
        Board,
        List
    };

    explicit DealsScreen(Session& session, QWidget* parent = nullptr);

    PipelineBoard* board() const { return m_board; }
    DealTableModel* listModel() const { return m_listModel; }
    QTableView* listView() const { return m_listView; }
    DealPage* page() const { return m_page; }
    View view() const;
    bool isShowingDeal() const;

public slots:
    void setView(rapport::DealsScreen::View view);
    void showDeal(qint64 id);
    void showOverview();
    void newDeal();
    // Moves a deal as the board asks: Won and Lost ask for the date (and reason) first.
    void moveDeal(qint64 dealId, qint64 toStageId);

signals:
    void dealShown(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilters();
    void applyFilter();
    void reloadVisible();
    void updateCount();
    void onChanged(rapport::Entity entity, qint64 id, rapport::ChangeKind kind);

    Session& m_session;
    PipelineBoard* m_board;
    DealTableModel* m_listModel;
    DealPage* m_page;
    QStackedWidget* m_stack;     // overview (board/list) or the deal page
    QStackedWidget* m_viewStack; // board or list
    QStackedWidget* m_listStack; // table or empty state
    QStackedWidget* m_boardStack; // the board or "no open deals"
    QButtonGroup* m_viewButtons;
    QWidget* m_filters;
    QLabel* m_count;
    QLineEdit* m_text;
    QComboBox* m_stage;
    QComboBox* m_status;
    QComboBox* m_month;
    CustomerPicker* m_customer;
    QLineEdit* m_minAmount;
    QLineEdit* m_maxAmount;
    QTableView* m_listView;
    EmptyState* m_listEmpty;
    EmptyState* m_boardEmpty;
    QTimer* m_refresh;
    QTimer* m_debounce;
    bool m_dirty = true;
    bool m_listLoaded = false;
};

} // namespace rapport
