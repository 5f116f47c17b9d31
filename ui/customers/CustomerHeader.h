#pragma once

#include "analytics/ValueTiers.h"
#include "customers/Customer.h"

#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace rapport {

// The top of the customer page: avatar, name, where they work, how to reach them (mailto:/tel: links),
// tags, and the facts that matter (customer since, lifetime value, open deals, last contact).
class CustomerHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerHeader(QWidget* parent = nullptr);

    void setCustomer(const Customer& customer, const QString& currency, int people);
    static QPixmap avatar(const QString& name, bool company, int size, qreal dpr);

signals:
    void companyClicked(qint64 companyId);

private:
    void onLink(const QString& link);
    void showTier(ValueTier tier);
    QWidget* fact(const char* objectName, QLabel** value, QLabel** caption);

    QLabel* m_avatar;
    QLabel* m_name;
    QLabel* m_tier;
    QLabel* m_subtitle;
    QLabel* m_contacts;
    QWidget* m_tags;
    QHBoxLayout* m_tagsLayout;
    QLabel* m_sinceValue;
    QLabel* m_sinceCaption;
    QLabel* m_valueValue;
    QLabel* m_valueCaption;
    QLabel* m_dealsValue;
    QLabel* m_dealsCaption;
    QLabel* m_contactValue;
    QLabel* m_contactCaption;
};

} // namespace rapport
