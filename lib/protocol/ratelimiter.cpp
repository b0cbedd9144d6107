#include "ratelimiter.h"

#include <algorithm>
#include <utility>

namespace opc {

RateLimiter::RateLimiter(int burst, double perSecond)
    : m_capacity(burst)
    , m_rate(perSecond)
    , m_tokens(burst)
{
}

bool RateLimiter::allow(qint64 nowMs, double cost)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_capacity, m_tokens + (nowMs - m_lastMs) * m_rate / 1000.0);
    if (m_lastMs < 0 || nowMs > m_lastMs)
        m_lastMs = nowMs;
    if (m_tokens >= cost) {
        m_tokens -= cost;
        return true;
    }
    ++m_refused;
    return false;
}

int RateLimiter::takeRefusedCount()
{
    return std::exchange(m_refused, 0);
}

} // namespace opc
