#include "reports/sha256.h"

#include <QtEndian>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define AB_SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace ab {

namespace {

constexpr std::array<quint32, 8> kInitial{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef AB_SHA256_X86

alignas(16) constexpr quint32 kRounds[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool cpuHasShaInstructions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9);
    const bool sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return ssse3 && sse41 && (b & (1u << 29));
}

// Intel's SHA extensions: the state kept as ABEF / CDGH, two rounds per
// instruction, the message schedule four words at a time.
__attribute__((target("sha,sse4.1,ssse3"))) void shaBlocks(quint32 *state, const uchar *data,
                                                           qsizetype count)
{
    const __m128i bigEndian = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)),
                                    0xB1); // CDAB
    __m128i state1 =
        _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4)),
                          0x1B);                      // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);      // CDGH
    for (; count > 0; --count, data += 64) {
        const __m128i abef = state0;
        const __m128i cdgh = state1;
        // w[i % 4]: the message words of rounds 4i to 4i + 3.
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), bigEndian);
        for (int i = 0; i < 16; ++i) {
            if (i >= 4) {
                // From the words of i - 4, i - 3, i - 2 (its last three
                // and i - 1's first) and i - 1.
                const __m128i sigma0 = _mm_sha256msg1_epu32(w[i % 4], w[(i + 1) % 4]);
                const __m128i sum =
                    _mm_add_epi32(sigma0, _mm_alignr_epi8(w[(i + 3) % 4], w[(i + 2) % 4], 4));
                w[i % 4] = _mm_sha256msg2_epu32(sum, w[(i + 3) % 4]);
            }
            __m128i words = _mm_add_epi32(
                w[i % 4], _mm_load_si128(reinterpret_cast<const __m128i *>(kRounds + 4 * i)));
            state1 = _mm_sha256rnds2_epu32(state1, state0, words);
            words = _mm_shuffle_epi32(words, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, words);
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // HGFE
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), state1);
}

#endif

} // namespace

bool Sha256::accelerated()
{
#ifdef AB_SHA256_X86
    static const bool has = cpuHasShaInstructions();
    return has;
#else
    return false;
#endif
}

Sha256::Sha256() : m_accelerated(accelerated()), m_state(kInitial) {}

void Sha256::addBlocks(const uchar *data, qsizetype count)
{
#ifdef AB_SHA256_X86
    shaBlocks(m_state.data(), data, count);
#else
    Q_UNUSED(data);
    Q_UNUSED(count);
#endif
}

void Sha256::addData(QByteArrayView bytes)
{
    if (!m_accelerated) {
        m_portable.addData(bytes);
        return;
    }
    m_length += quint64(bytes.size());
    auto *p = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype left = bytes.size();
    if (m_inBlock > 0) {
        const qsizetype take = qMin(left, qsizetype(64) - m_inBlock);
        std::memcpy(m_block.data() + m_inBlock, p, size_t(take));
        m_inBlock += take;
        p += take;
        left -= take;
        if (m_inBlock < 64)
            return;
        addBlocks(m_block.data(), 1);
        m_inBlock = 0;
    }
    if (left >= 64) {
        addBlocks(p, left / 64);
        p += left / 64 * 64;
        left %= 64;
    }
    if (left > 0)
        std::memcpy(m_block.data(), p, size_t(left));
    m_inBlock = left;
}

QByteArray Sha256::result()
{
    if (!m_accelerated)
        return m_portable.result();
    // The padding: 0x80, zeros up to 56 bytes into a block, then the
    // length in bits, big-endian.
    const quint64 bits = m_length * 8;
    std::array<uchar, 72> tail{};
    tail[0] = 0x80;
    const qsizetype zeros = (m_inBlock < 56 ? 56 : 120) - m_inBlock - 1;
    qToBigEndian(bits, tail.data() + 1 + zeros);
    addData(QByteArrayView(tail.data(), 1 + zeros + 8));
    Q_ASSERT(m_inBlock == 0);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        qToBigEndian(m_state[size_t(i)], digest.data() + 4 * i);
    return digest;
}

} // namespace ab
