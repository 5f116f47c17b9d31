#include "catch.h"

#include "safety/Sha256.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace rapport;

TEST_CASE("Sha256 agrees with QCryptographicHash for every length and split", "[safety][sha]")
{
    const bool accelerated = GENERATE(true, false);
    Sha256::setAccelerated(accelerated);
    INFO("accelerated: " << accelerated);
    QRandomGenerator rng(7);
    QByteArray data(1200, Qt::Uninitialized);
    for (auto& c : data)
        c = static_cast<char>(rng.bounded(256));
    for (int length = 0; length <= 300; ++length) {
        const QByteArrayView part(data.constData(), length);
        const QByteArray expected = QCryptographicHash::hash(part, QCryptographicHash::Sha256);
        REQUIRE(Sha256::hash(part) == expected);
        // Fed in uneven pieces, the result is the same.
        Sha256 h;
        int at = 0;
        while (at < length) {
            const int step = std::min<int>(length - at, 1 + static_cast<int>(rng.bounded(70)));
            h.addData(part.sliced(at, step));
            at += step;
        }
        REQUIRE(h.result() == expected);
    }
    CHECK(Sha256::hexHash(data) == QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    CHECK(Sha256::hexHash("abc") == QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    Sha256::setAccelerated(true);
}
