#include "Sha256.h"

#include <atomic>
#include <cstring>

#if defined(__x86_64__) || defined(_M_X64)
#define RAPPORT_SHA_X86 1
#include <immintrin.h>
#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#define RAPPORT_TARGET_SHA
#else
#include <cpuid.h>
#define RAPPORT_TARGET_SHA __attribute__((target("sha,sse4.1,ssse3")))
#endif
#endif

namespace rapport {
namespace {

using Compress = void (*)(std::uint32_t* state, const unsigned char* blocks, std::size_t count);

alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

// FIPS 180-4, section 6.2.2: the reference for every platform.
void compressPortable(std::uint32_t* state, const unsigned char* blocks, std::size_t count)
{
    std::uint32_t w[64];
    for (; count > 0; --count, blocks += 64) {
        for (int t = 0; t < 16; ++t) {
            const unsigned char* p = blocks + 4 * t;
            w[t] = (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
        }
        for (int t = 16; t < 64; ++t) {
            const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[t] + w[t];
            const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef RAPPORT_SHA_X86
// The SHA extensions keep the state as {A,B,E,F} and {C,D,G,H}; each sha256rnds2 does two rounds, and
// msg1/msg2 compute the message schedule four words at a time.
RAPPORT_TARGET_SHA void compressSha(std::uint32_t* state, const unsigned char* blocks, std::size_t count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state)), 0xB1);
    __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4)), 0x1B);
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);

    for (; count > 0; --count, blocks += 64) {
        const __m128i saved0 = state0;
        const __m128i saved1 = state1;
        __m128i w[4];
        for (int g = 0; g < 16; ++g) {
            __m128i& cur = w[g % 4];
            if (g < 4) {
                cur = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(blocks + 16 * g)), byteSwap);
            } else {
                // W[t] = W[t-16] + s0(W[t-15]) + W[t-7] + s1(W[t-2]), four at a time.
                const __m128i& prev = w[(g + 3) % 4];
                __m128i next = _mm_sha256msg1_epu32(cur, w[(g + 1) % 4]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(prev, w[(g + 2) % 4], 4));
                cur = _mm_sha256msg2_epu32(next, prev);
            }
            __m128i k = _mm_add_epi32(cur, _mm_load_si128(reinterpret_cast<const __m128i*>(kRound + 4 * g)));
            state1 = _mm_sha256rnds2_epu32(state1, state0, k);
            k = _mm_shuffle_epi32(k, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, k);
        }
        state0 = _mm_add_epi32(state0, saved0);
        state1 = _mm_add_epi32(state1, saved1);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);
    state1 = _mm_shuffle_epi32(state1, 0xB1);
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);
    state1 = _mm_alignr_epi8(state1, tmp, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), state1);
}

bool cpuHasSha()
{
    unsigned int regs[4] = {0, 0, 0, 0};
#if defined(_MSC_VER) && !defined(__clang__)
    int info[4];
    __cpuid(info, 0);
    if (info[0] < 7)
        return false;
    __cpuid(info, 1);
    const unsigned int ecx1 = static_cast<unsigned int>(info[2]);
    __cpuidex(info, 7, 0);
    regs[1] = static_cast<unsigned int>(info[1]);
#else
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const unsigned int ecx1 = ecx;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    regs[1] = ebx;
#endif
    const bool ssse3 = ecx1 & (1u << 9);
    const bool sse41 = ecx1 & (1u << 19);
    const bool sha = regs[1] & (1u << 29);
    return ssse3 && sse41 && sha;
}
#endif

Compress selectCompress()
{
#ifdef RAPPORT_SHA_X86
    if (cpuHasSha())
        return compressSha;
#endif
    return compressPortable;
}

std::atomic<Compress>& chosen()
{
    static std::atomic<Compress> slot{selectCompress()};
    return slot;
}

Compress compress()
{
    return chosen().load(std::memory_order_relaxed);
}

} // namespace

void Sha256::reset()
{
    static constexpr std::uint32_t initial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    std::memcpy(m_state, initial, sizeof(m_state));
    m_length = 0;
    m_buffered = 0;
}

void Sha256::addData(QByteArrayView data)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    std::size_t size = static_cast<std::size_t>(data.size());
    m_length += size;
    if (m_buffered > 0) {
        const std::size_t take = std::min<std::size_t>(size, 64 - m_buffered);
        std::memcpy(m_buffer + m_buffered, p, take);
        m_buffered += static_cast<int>(take);
        p += take;
        size -= take;
        if (m_buffered < 64)
            return;
        compress()(m_state, m_buffer, 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        compress()(m_state, p, size / 64);
        p += size / 64 * 64;
        size %= 64;
    }
    if (size > 0) {
        std::memcpy(m_buffer, p, size);
        m_buffered = static_cast<int>(size);
    }
}

QByteArray Sha256::result()
{
    const std::uint64_t bits = m_length * 8;
    unsigned char tail[72] = {0x80};
    const std::size_t pad = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        tail[pad + i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    addData(QByteArrayView(reinterpret_cast<const char*>(tail), static_cast<qsizetype>(pad + 8)));
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = static_cast<char>(m_state[i] >> 24);
        digest[4 * i + 1] = static_cast<char>(m_state[i] >> 16);
        digest[4 * i + 2] = static_cast<char>(m_state[i] >> 8);
        digest[4 * i + 3] = static_cast<char>(m_state[i]);
    }
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

QByteArray Sha256::hexHash(QByteArrayView data)
{
    return hash(data).toHex();
}

bool Sha256::accelerated()
{
    return compress() != compressPortable;
}

bool Sha256::setAccelerated(bool enabled)
{
    chosen().store(enabled ? selectCompress() : compressPortable);
    return accelerated();
}

} // namespace rapport
