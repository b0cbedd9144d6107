#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <deque>

namespace opc {

// The portal broadcasts every call-card event to every frame that bound it (bitrix24-protocol.md
// §3.4), so with two listening frames each event arrives twice. This keeps one copy.
//
// Each listener's deliveries arrive in the portal's order. When a delivery is new, every other
// listener is expected to deliver the same content later: it is queued for them. A listener's
// delivery that matches an entry of its queue is that copy (the entries before the match are
// broadcasts it missed, so they are dropped). Content, not time, decides: a slow frame still
// matches, and two equal events in a row stay two, because each frame delivers both.
class BroadcastMerger
{
public:
    static constexpr qint64 expiryMs = 120'000;
    static constexpr int maxQueued = 2048;

    void addListener(const QString &listener);
    void removeListener(const QString &listener);
    bool hasListener(const QString &listener) const { return m_queues.contains(listener); }

    // True when the delivery is the first copy of its broadcast.
    bool admit(const QString &listener, const QByteArray &fingerprint, qint64 nowMs);

private:
    struct Expected
    {
        QByteArray fingerprint;
        qint64 atMs = 0;
    };
    QHash<QString, std::deque<Expected>> m_queues;
};

} // namespace opc
