#pragma once

#include "callcardevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace opc {

// Decodes what the console's worker-frame script relays through the top-frame script, treating
// every byte as untrusted. A relay is a JSON object with:
//   kind   "hello" | "bound" | "event"
//   origin the worker frame's origin, as the top frame saw it on the message event
//   frame  the worker iframe's name attribute, "<portal host>|<0|1>|<APP_SID>"
//   hello: init    getInitData reply with every auth field removed
//   bound: callbacks {"<callback id>": "BackgroundCallCard::<event>", …}
//   event: data    the portal's message exactly as the frame received it, "<callback id>:<JSON>"
class RelayDecoder
{
public:
    static constexpr qsizetype maxRelayBytes = 64 * 1024;

    struct Outcome
    {
        enum class Kind { FrameConfirmed, EventsBound, Event, Rejected };
        Kind kind = Kind::Rejected;
        QString reason; // why it was rejected
        QString appSid;
        CallCardEvent event; // for Kind::Event
    };

    explicit RelayDecoder(QString portalHost = {}, QString handlerOrigin = {});

    // host[:port] of the portal the page shows; frames of other portals are rejected.
    void setPortalHost(const QString &host);
    QString portalHost() const { return m_portalHost; }
    // When set, only the worker frame of this handler origin is listened to.
    void setHandlerOrigin(const QString &origin) { m_handlerOrigin = origin; }

    Outcome decode(const QByteArray &relay, const QDateTime &receivedAt);

private:
    struct FrameSession
    {
        QString origin;
        QHash<QString, CallCardEventType> callbacks;
    };

    Outcome decodeHello(const QJsonObject &relay, const QString &appSid, const QString &origin);
    Outcome decodeBound(const QJsonObject &relay, const QString &appSid, const QString &origin);
    Outcome decodeEvent(const QJsonObject &relay, const QString &appSid, const QString &origin,
                        const QDateTime &receivedAt);

    QString m_portalHost;
    QString m_handlerOrigin;
    QHash<QString, FrameSession> m_frames; // by APP_SID
};

} // namespace opc
