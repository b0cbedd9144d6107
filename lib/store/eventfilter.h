#pragma once

#include "protocol/callcardevent.h"
#include "protocol/transferoutcome.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace opc {

// What the side panel and the exporter select from the log. Every condition that is set must hold.
struct EventFilter
{
    // Case-insensitive substring of the client number, the target, the target's name, the full
    // event name ("BackgroundCallCard::transferButtonClick") or the event's label in the language the
    // console runs in ("Transfer", "Перевод": what the panel shows). Text that reads as a phone number
    // ("+7 (900) 123-45-67", "900 123") also matches by its digits: a client number of a transfer or
    // of an opened card, or a transfer's phone target (ClientNumber::searchDigits).
    QString text;
    QDateTime since; // inclusive; invalid = no lower bound
    QDateTime until; // inclusive; invalid = no upper bound
    bool transfersOnly = false;
    // Transfers whose outcome is this one (docs/calls.md); None: no condition. Implies transfers only.
    TransferOutcome outcome = TransferOutcome::None;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !since.isValid() && !until.isValid() && !transfersOnly &&
            outcome == TransferOutcome::None;
    }
    // The same test the SQL query applies, for events that are not read back from the store. A
    // transfer still waiting to be written has no outcome yet: it counts as pending, as it is stored.
    bool matches(const CallCardEvent &event) const;
    // Full names of the event types whose full name or translated label contains text.
    static QStringList eventNamesContaining(const QString &text);

    bool operator==(const EventFilter &) const = default;
};

} // namespace opc
