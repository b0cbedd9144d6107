#pragma once

#include "callcardeventtype.h"
#include "transferoutcome.h"
#include "transfertarget.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace opc {

// One validated BackgroundCallCard event as the console records and shows it.
struct CallCardEvent
{
    qint64 id = 0; // row id in the event log; 0 until stored
    CallCardEventType type = CallCardEventType::Initialized;
    QDateTime time; // when the console received it, UTC, millisecond precision
    QByteArray payloadJson; // the JSON text exactly as delivered; empty for no-data events
    QString callId; // CALL_ID of the call it belongs to (from `initialized`), may be empty
    QString portalHost; // host[:port] of the portal page

    // Transfers only (type == TransferButtonClick).
    QString phoneNumber; // client number; empty on the {type, target} path
    TransferTarget target;
    QString targetName; // display name of the target when known
    // What followed the transfer (read from the log's transfers table; None for other events).
    TransferOutcome outcome = TransferOutcome::None;
    qint64 outcomeAfterMs =
        -1; // from the pick to the outcome (for Unknown: to the call's end); -1 while pending

    bool isTransfer() const { return type == CallCardEventType::TransferButtonClick; }
    QString eventName() const { return callcard::fullName(type); }
    // The delivered payload as a JSON value (Null for no-data events).
    QJsonValue payload() const;
    // Payload pretty-printed for display.
    QString prettyPayload() const;
};

} // namespace opc

Q_DECLARE_METATYPE(opc::CallCardEvent)
