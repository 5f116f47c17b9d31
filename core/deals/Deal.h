#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport {

enum class DealStatus { Open, Won, Lost };
QString dealStatusKey(DealStatus status);
DealStatus dealStatusFromKey(const QString& key);

struct PipelineStage
{
    qint64 id = 0;
    QString name;
    int position = 0;
    int probability = 0; // percent
    DealStatus kind = DealStatus::Open; // open stages form the board; one Won and one Lost stage
    bool removed = false; // taken off the board by the owner; kept so history still names it
};

struct Deal
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 contactId = 0; // optional person at the customer
    QString title;
    qint64 amountMinor = 0; // integer minor units of `currency`
    QString currency = QStringLiteral("USD");
    qint64 stageId = 0;
    DealStatus status = DealStatus::Open;
    QDate expectedClose;
    QString lostReason;
    qint64 campaignId = 0;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime stageChangedAt;
    QDateTime closedAt;
    QDateTime archivedAt;

    // Read-only, joined for lists.
    QString customerName;
    QString stageName;
    int stageProbability = 0;

    bool isArchived() const { return archivedAt.isValid(); }
};

struct StageChange
{
    qint64 id = 0;
    qint64 dealId = 0;
    qint64 fromStageId = 0;
    qint64 toStageId = 0;
    QDateTime changedAt;
};

// Board: the pipeline board's order inside a column, expected close first and undated deals last.
enum class DealSort { Title, Customer, Amount, Stage, ExpectedClose, Created, Closed, Board };

struct DealQuery
{
    QString text;
    qint64 customerId = 0;
    qint64 stageId = 0;
    std::optional<DealStatus> status;
    QDate closeFrom; // expected close in [closeFrom, closeTo]
    QDate closeTo;
    std::optional<qint64> minAmount;
    std::optional<qint64> maxAmount;
    bool includeArchived = false;
    DealSort sort = DealSort::Created;
    bool descending = true;
    int offset = 0;
    int limit = 100;
};

} // namespace rapport
