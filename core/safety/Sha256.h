#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace rapport {

// SHA-256 with the same results as QCryptographicHash, but using the CPU's SHA instructions where they
// exist: Qt 6.4 hashes at about 90 MB/s, and `check` rehashes about a gigabyte on a 100,000-customer file.
class Sha256
{
public:
    Sha256() { reset(); }
    void reset();
    void addData(QByteArrayView data);
    // The 32-byte digest. The object must be reset() before reuse.
    QByteArray result();

    static QByteArray hash(QByteArrayView data);
    // Lowercase hex, as stored in the audit log.
    static QByteArray hexHash(QByteArrayView data);
    // True when the SHA instructions are used (for benchmarks and reports).
    static bool accelerated();
    // Tests turn the SHA instructions off to check the portable code; returns accelerated().
    static bool setAccelerated(bool enabled);

private:
    std::uint32_t m_state[8];
    unsigned char m_buffer[64];
    std::uint64_t m_length = 0;
    int m_buffered = 0;
};

} // namespace rapport
