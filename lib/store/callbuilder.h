#pragma once

#include "callrecord.h"
#include "protocol/callcardevent.h"

#include <QHash>

#include <functional>
#include <optional>

namespace opc {

// Turns the event stream into calls and transfer outcomes, one event at a time and in log order; the
// same rules serve the live log (EventStore) and the rebuild of an old log (EventSchema v5). It keeps
// only open calls; an event of a call that is not open (a close after the hangup, the same CALL_ID
// after a restart) asks `lookup` for the stored record. Copyable, so a writer can roll it back with
// its transaction.
class CallBuilder
{
public:
    using Lookup = std::function<std::optional<CallRecord>(const QString &portal, const QString &callId)>;

    explicit CallBuilder(Lookup lookup = {});

    // Events without a call (before any `initialized`) change nothing.
    CallChanges apply(const CallCardEvent &event);
    QList<CallRecord> openCalls() const { return m_open.values(); }

private:
    void end(CallRecord &call, const char *reason, qint64 atMs, qint64 eventId, CallChanges &changes);
    void resolvePending(CallRecord &call, TransferOutcome outcome, qint64 atMs, qint64 eventId,
                        CallChanges &changes);
    static void takeDetails(CallRecord &call, const CallCardEvent &event);

    Lookup m_lookup;
    QHash<QString, CallRecord> m_open; // key: portal + '\n' + CALL_ID
};

} // namespace opc
