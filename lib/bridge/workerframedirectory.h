#pragma once

#include "bridgeconfig.h"
#include "bridgehealth.h"
#include "protocol/ratelimiter.h"
#include "protocol/relaydecoder.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace opc {

// The worker frames the bridge knows on the current page, one entry per frame (APP_SID), holding
// the document it listens to now and that document's callback ids. A frame that loads a new
// document starts over: ids of the earlier document mean nothing any more (the portal keeps
// delivering on them, bitrix24-protocol.md §10.2). Each frame has its own budgets, so a flood
// from one frame never spends another frame's.
class WorkerFrameDirectory
{
public:
    static constexpr int maxFrames = 32;

    struct Frame
    {
        WorkerFrameRef ref;
        QHash<QString, CallCardEventType> callbacks;
        qint64 lastSequence = 0;
        int events = 0;
        QDateTime lastEvent;
        RateLimiter messages{FloodBudget().eventBurst, FloodBudget().eventsPerSecond};
        RateLimiter bytes{FloodBudget().byteBurst, FloodBudget().bytesPerSecond};
    };

    explicit WorkerFrameDirectory(const FloodBudget &budget = {})
        : m_budget(budget)
    {
    }

    // Key of a frame document in BroadcastMerger.
    static QString listenerKey(const WorkerFrameRef &ref) { return ref.appSid + u':' + ref.document; }

    // Records that `ref` is the frame's current document. Returns the listener key of the document
    // it replaces (empty if none); false in `accepted` when the directory is full.
    QString attach(const WorkerFrameRef &ref, bool *accepted);
    // The frame entry when `ref` names its current document and handler, else nullptr.
    Frame *current(const WorkerFrameRef &ref);
    // Forgets the document; returns its listener key, or empty if `ref` was not current.
    QString retire(const WorkerFrameRef &ref);
    void clear() { m_frames.clear(); }

    QStringList callbackIds() const;
    QList<BridgeHealth::Frame> snapshot(const WebOrigin &preferred) const;

private:
    Frame newFrame(const WorkerFrameRef &ref) const;

    FloodBudget m_budget;
    QHash<QString, Frame> m_frames; // by APP_SID
};

} // namespace opc
