#pragma once

#include <QtGlobal>

namespace opc {

// Token bucket over a caller-supplied millisecond clock. A real call card fires a few events a
// second with short bursts (a bind sends 17 requests at once); far beyond that is hostile.
class RateLimiter
{
public:
    RateLimiter(int burst, double perSecond);

    // True if one more message (of `cost` units, e.g. bytes) may pass at time `nowMs`.
    bool allow(qint64 nowMs, double cost = 1.0);
    // Messages refused since the last call; lets the caller log a flood once, not per message.
    int takeRefusedCount();

private:
    double m_capacity;
    double m_rate;
    double m_tokens;
    qint64 m_lastMs = -1;
    int m_refused = 0;
};

} // namespace opc
