#pragma once

#include "catch.h"

#include <QBuffer>
#include <QFile>
#include <QString>
#include <QStringList>

#include <initializer_list>

#include <memory>

namespace rapport::test {

inline QString dataPath(const QString& relative)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/") + relative;
}

inline QByteArray readData(const QString& relative)
{
    QFile file(dataPath(relative));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A read-only device over bytes, for CsvReader.
inline std::unique_ptr<QBuffer> bufferOf(const QByteArray& bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

inline QStringList strings(std::initializer_list<QStringView> items)
{
    QStringList list;
    for (const QStringView item : items)
        list.append(item.toString());
    return list;
}

} // namespace rapport::test
