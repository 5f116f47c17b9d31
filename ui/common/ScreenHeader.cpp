#include "common/ScreenHeader.h"

#include <QHBoxLayout>
#include <QLabel>

namespace rapport {

ScreenHeader ScreenHeader::create(const QString& title, QWidget* parent, QLabel* count)
{
    ScreenHeader header;
    header.title = new QLabel(title, parent);
    header.title->setObjectName(QStringLiteral("screenTitle"));
    QFont font = header.title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setWeight(QFont::DemiBold);
    header.title->setFont(font);

    header.count = count ? count : new QLabel(parent);
    header.count->setForegroundRole(QPalette::PlaceholderText);

    header.row = new QHBoxLayout;
    header.row->addWidget(header.title);
    header.row->addSpacing(8);
    header.row->addWidget(header.count, 0, Qt::AlignBottom);
    header.row->addStretch();
    return header;
}

} // namespace rapport
