#pragma once

#include "callcardeventtype.h"
#include "weborigin.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace opc {

// One worker frame document as the top-frame script identified it from the portal's DOM.
struct WorkerFrameRef
{
    QString appSid; // 32 lower-case hex digits, from the frame's name and id
    QString document; // 32 hex digits, chosen by the console's script in that document
    WebOrigin handler; // the origin of the frame's handler URL (its form's action)
    int index = -1; // position among the portal's worker frames
};

// A relay from the top-frame script (lib/bridge/js/top-frame.js), decoded and shape-checked. The top
// script is the console's own code, but it runs in a renderer that also runs the page: every byte
// is still treated as untrusted, bounded and typed before anything acts on it.
struct Relay
{
    enum class Kind { Frame, Bound, Event, Gone, Refused };
    Kind kind = Kind::Refused;
    WorkerFrameRef frame; // all kinds but Refused
    QHash<QString, CallCardEventType> callbacks; // Bound: callback id -> event
    qint64 sequence = 0; // Event: 1, 2, … per frame document
    QString message; // Event: the portal's message, "<callback id>:<tail>", exactly as delivered
    QString reason; // Gone: why the document is no longer listened to
    QHash<QString, int> refusals; // Refused: reason -> count, summarised by the top script
};

class RelayDecoder
{
public:
    static constexpr qsizetype maxRelayBytes = 64 * 1024;

    struct Result
    {
        std::optional<Relay> relay;
        QString error; // why the relay was refused, when `relay` is empty
    };

    static Result decode(const QByteArray &bytes);
};

} // namespace opc
