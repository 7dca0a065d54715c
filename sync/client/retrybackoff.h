// Delays between failed sync attempts: exponential from `initial` up to `maximum`, each
// jittered into [d/2, d] so that many phones do not retry in step. Seeded, so tests are
// deterministic.
#pragma once

#include <QRandomGenerator>
#include <chrono>

class RetryBackoff
{
public:
    using Duration = std::chrono::milliseconds;

    explicit RetryBackoff(Duration initial = std::chrono::seconds(5),
        Duration maximum = std::chrono::minutes(15),
        quint32 seed = QRandomGenerator::system()->generate());

    // The delay before the next attempt; each call doubles the base (up to the maximum).
    [[nodiscard]] Duration next();
    // Like next(), but never shorter than `atLeast` (e.g. a server's Retry-After).
    [[nodiscard]] Duration next(Duration atLeast);
    // After a success: the next failure waits `initial` again.
    void reset() { m_failures = 0; }
    // Failures since the last reset.
    [[nodiscard]] int failures() const { return m_failures; }

private:
    Duration m_initial;
    Duration m_maximum;
    QRandomGenerator m_random;
    int m_failures = 0;
};
