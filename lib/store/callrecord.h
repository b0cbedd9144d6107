#pragma once

#include "protocol/transferoutcome.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace opc {

// One call as the log knows it: opened by the card's `initialized` (its CALL_ID, client number, line,
// direction, CRM bindings), carried on by every later event of that card, ended by a close, hangup or
// skip, by the next card, or by the console stopping (docs/calls.md).
struct CallRecord
{
    qint64 id = 0; // row id in `calls`; 0 until stored
    QString callId;
    QString portal; // host[:port]; "" when unknown
    qint64 startMs = 0;
    qint64 lastMs = 0; // time of the call's last event
    qint64 endMs = -1; // -1 while open
    QString endReason; // see CallRecord::endReason* ; empty while open
    QString phoneNumber;
    QString lineNumber;
    QString lineName;
    QString direction; // incoming, outgoing, callback
    QString crmEntityType; // LEAD, CONTACT, COMPANY, DEAL or ""
    qint64 crmEntityId = 0;
    QByteArray crmBindings; // the JSON array CRM_BINDINGS as delivered, or empty
    int events = 0;
    int transfers = 0;
    TransferOutcome outcome = TransferOutcome::None; // of the last transfer; None without transfers
    qint64 pendingTransferId = 0; // event id of the transfer still waiting for its outcome (in memory)
    qint64 pendingPickMs = 0;

    bool isOpen() const { return endMs < 0; }
    qint64 durationMs() const { return (isOpen() ? lastMs : endMs) - startMs; }

    static inline const char *endHangup = "hangup";
    static inline const char *endClose = "close";
    static inline const char *endSkip = "skip";
    static inline const char *endReplaced = "replaced"; // another card opened
    static inline const char *endConsoleClosed = "console-closed";
};

// One transfer pick and what followed it.
struct TransferRecord
{
    qint64 eventId = 0; // the transferButtonClick row
    QString callId;
    QString portal;
    qint64 pickMs = 0;
    TransferOutcome outcome = TransferOutcome::Pending;
    qint64 outcomeMs = -1; // when the outcome happened; for Unknown, when the call ended
    qint64 outcomeEventId = 0; // the event that decided it; 0 when none did (console closed)

    qint64 afterMs() const { return outcomeMs < 0 ? -1 : outcomeMs - pickMs; }
};

// What one event changed: the call (always, when the event belongs to one) and any transfers.
struct CallChanges
{
    QList<CallRecord> calls;
    QList<TransferRecord> transfers;
    bool isEmpty() const { return calls.isEmpty() && transfers.isEmpty(); }
};

} // namespace opc

Q_DECLARE_METATYPE(opc::CallRecord)
Q_DECLARE_METATYPE(opc::TransferRecord)
