// Deterministic pseudo-random numbers for the demo province (SplitMix64): the same seed gives
// the same province on every machine and standard library (std distributions may differ).
#pragma once

#include <QtGlobal>
#include <span>

class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    { }

    // The next 64 random bits.
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // A number in [0, n) (n > 0).
    int below(int n) { return int(next() % quint64(n)); }
    // A number in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    // True with the given probability in percent.
    bool chance(int percent) { return below(100) < percent; }
    // One element of a non-empty list.
    template<typename T> const T &pick(std::span<const T> items)
    {
        return items[std::size_t(below(int(items.size())))];
    }

private:
    quint64 m_state;
};
