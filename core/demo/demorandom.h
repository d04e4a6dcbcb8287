#pragma once

#include <QtGlobal>
#include <cstddef>
#include <initializer_list>

namespace ab::demo {

// The demo's random numbers: xoshiro256** seeded through splitmix64. Written
// out here rather than taken from <random> because the standard distributions
// may give other numbers with another library version, and the demo must give
// byte-identical workspaces for the same seed everywhere. Only integer
// arithmetic decides anything, so no floating-point rounding can differ.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        quint64 s = seed;
        for (quint64 &word : m_s)
            word = splitmix(s);
    }

    // An independent generator for one item of one stream (row `index` of the
    // generations, say), so that any row can be recomputed on its own without
    // replaying the rows before it.
    static DemoRandom forItem(quint64 seed, quint64 stream, quint64 index)
    {
        quint64 s = seed ^ (stream * 0xd1b54a32d192ed03ULL);
        s = splitmix(s) ^ (index * 0x9e3779b97f4a7c15ULL);
        return DemoRandom(splitmix(s));
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // 0 <= result < n (Lemire's multiply-shift; the bias is below 2^-32).
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    qint64 below64(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    qint64 between64(qint64 lo, qint64 hi) { return lo + below64(hi - lo + 1); }
    // True with probability `perMille` / 1000.
    bool chance(int perMille) { return int(below(1000)) < perMille; }

    // An index into `weights`, drawn in proportion to them.
    int weighted(const int *weights, int count)
    {
        int total = 0;
        for (int i = 0; i < count; ++i)
            total += weights[i];
        int r = int(below(quint32(total)));
        for (int i = 0; i < count; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return count - 1;
    }
    int weighted(std::initializer_list<int> weights)
    {
        return weighted(weights.begin(), int(weights.size()));
    }

    template <typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(quint32(N))];
    }
    template <typename Container> const auto &pickFrom(const Container &items)
    {
        return items[below(quint32(items.size()))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix(quint64 &state)
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 m_s[4];
};

// The independent streams of the demo. New streams go at the end, so that
// adding one never changes the numbers of the others.
enum class Stream : quint64
{
    Lineage = 1,
    GenerationTime,
    Generation,
    GenerationText,
    Complaint,
    ComplaintText,
    Deadline,
    Cases,
    Timeline,
    ComplaintDetail,
};

inline DemoRandom itemRandom(quint64 seed, Stream stream, quint64 index)
{
    return DemoRandom::forItem(seed, quint64(stream), index);
}

} // namespace ab::demo
