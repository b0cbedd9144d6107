#include "workerframedirectory.h"

#include <algorithm>

namespace opc {

QString WorkerFrameDirectory::attach(const WorkerFrameRef &ref, bool *accepted)
{
    *accepted = true;
    auto it = m_frames.find(ref.appSid);
    if (it == m_frames.end()) {
        if (m_frames.size() >= maxFrames) {
            *accepted = false;
            return {};
        }
        m_frames.insert(ref.appSid, newFrame(ref));
        return {};
    }
    if (it->ref.document == ref.document && it->ref.handler == ref.handler)
        return {};
    const QString previous = it->ref.document.isEmpty() ? QString() : listenerKey(it->ref);
    *it = newFrame(ref);
    return previous;
}

WorkerFrameDirectory::Frame WorkerFrameDirectory::newFrame(const WorkerFrameRef &ref) const
{
    Frame frame{ref,
                {},
                0,
                0,
                {},
                RateLimiter(m_budget.eventBurst, m_budget.eventsPerSecond),
                RateLimiter(m_budget.byteBurst, m_budget.bytesPerSecond)};
    return frame;
}

WorkerFrameDirectory::Frame *WorkerFrameDirectory::current(const WorkerFrameRef &ref)
{
    auto it = m_frames.find(ref.appSid);
    if (it == m_frames.end() || it->ref.document.isEmpty() || it->ref.document != ref.document ||
        it->ref.handler != ref.handler)
        return nullptr;
    return &*it;
}

QString WorkerFrameDirectory::retire(const WorkerFrameRef &ref)
{
    Frame *frame = current(ref);
    if (!frame)
        return {};
    const QString key = listenerKey(frame->ref);
    m_frames.remove(ref.appSid);
    return key;
}

QStringList WorkerFrameDirectory::callbackIds() const
{
    QStringList ids;
    for (const Frame &frame : m_frames)
        ids << frame.callbacks.keys();
    return ids;
}

QList<BridgeHealth::Frame> WorkerFrameDirectory::snapshot(const WebOrigin &preferred) const
{
    QList<BridgeHealth::Frame> frames;
    for (const Frame &frame : m_frames) {
        BridgeHealth::Frame status;
        status.appSid = frame.ref.appSid;
        status.handler = frame.ref.handler;
        status.index = frame.ref.index;
        status.listening = !frame.callbacks.isEmpty();
        status.preferred = !preferred.isEmpty() && frame.ref.handler == preferred;
        status.events = frame.events;
        status.lastEvent = frame.lastEvent;
        frames << status;
    }
    std::sort(frames.begin(), frames.end(),
              [](const BridgeHealth::Frame &a, const BridgeHealth::Frame &b) { return a.index < b.index; });
    return frames;
}

} // namespace opc
