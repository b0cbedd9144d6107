#include "broadcastmerger.h"

#include <algorithm>

namespace opc {

void BroadcastMerger::addListener(const QString &listener)
{
    if (!m_queues.contains(listener))
        m_queues.insert(listener, {});
}

void BroadcastMerger::removeListener(const QString &listener)
{
    m_queues.remove(listener);
}

bool BroadcastMerger::admit(const QString &listener, const QByteArray &fingerprint, qint64 nowMs)
{
    auto &queue = m_queues[listener];
    while (!queue.empty() && nowMs - queue.front().atMs > expiryMs)
        queue.pop_front();
    const auto match = std::find_if(queue.begin(), queue.end(),
                                    [&](const Expected &e) { return e.fingerprint == fingerprint; });
    if (match != queue.end()) {
        queue.erase(queue.begin(), std::next(match));
        return false;
    }
    for (auto it = m_queues.begin(); it != m_queues.end(); ++it) {
        if (it.key() == listener)
            continue;
        it->push_back({fingerprint, nowMs});
        if (it->size() > static_cast<size_t>(maxQueued))
            it->pop_front();
    }
    return true;
}

} // namespace opc
