#pragma once

#include "eventwriter.h"

namespace opc {

// JSON Lines: one object per event and line. Keys: time (ISO 8601 UTC with milliseconds), event
// (full name), payload (the delivered JSON value itself, null when none), callId, portal; transfers
// add phoneNumber, target, targetKind and, when known, targetName; from schema 5 on, outcome (pending,
// completed, cancelled, superseded, unknown) and outcomeAfterMs (pick to outcome) once the log has them.
class JsonLinesEventWriter : public EventWriter
{
public:
    using EventWriter::EventWriter;

    void write(const CallCardEvent &event) override;

private:
    void appendString(const QString &text);
    void appendPayload(const QByteArray &json);
    void appendKey(const char *key);
};

} // namespace opc
