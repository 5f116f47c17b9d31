#pragma once

#include <QWidget>

#include <atomic>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace rapport {

// First run (or File ▸ New Database): creates the database at `path`, asks for the business name and
// currency, and starts empty or with sample data. The demo generator runs on its own thread with its own
// connection, with a progress bar and Cancel (which rolls back). Emits ready(path) when done.
class WelcomeWindow : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeWindow(const QString& path, QWidget* parent = nullptr);
    ~WelcomeWindow() override;

    QString path() const { return m_path; }
    int sampleCustomers() const { return m_sampleCustomers; }
    void setSampleCustomers(int n) { m_sampleCustomers = n; }
    bool isWorking() const;

public slots:
    void startEmpty();
    void startWithSample();
    void cancel();

signals:
    void ready(const QString& path);
    void openExistingRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool prepare();
    void setWorking(bool working);
    void onProgress(int done, int total);
    void onGenerated();
    void showError(const QString& message);

    QString m_path;
    int m_sampleCustomers = 400;
    QLineEdit* m_business;
    QComboBox* m_currency;
    QLabel* m_error;
    QPushButton* m_empty;
    QPushButton* m_sample;
    QWidget* m_progressBox;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_openExisting;
    QThread* m_worker = nullptr;
    std::atomic<bool> m_cancelled{false};
    QString m_workerError;
};

} // namespace rapport
