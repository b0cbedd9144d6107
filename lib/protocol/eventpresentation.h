#pragma once

#include "callcardevent.h"

#include <QCoreApplication>
#include <QString>

namespace opc {

// The one place that turns an event into text for an operator: the event log's columns and their
// headers, translated labels instead of wire names, and one-line summaries for the panel, the
// details view and notifications. (Exports write wire names and machine field names instead.)
class EventPresentation
{
    Q_DECLARE_TR_FUNCTIONS(EventPresentation)

public:
    // The columns of the event log table, in display order.
    enum Column {
        TimeColumn,
        EventColumn,
        ClientNumberColumn,
        TargetColumn,
        TargetDetailColumn,
        CallIdColumn,
        ColumnCount
    };

    static QString columnHeader(int column);
    // What a cell of `column` shows for `event`. TargetDetailColumn: a transfer's targetLead, for
    // other events labelAndDetail.
    static QString cellText(const CallCardEvent &event, int column);
    // Local time to the second: "2026-11-24 10:00:00".
    static QString localTime(const CallCardEvent &event);
    // The client number: sent with a transfer, or carried by the opened card's payload.
    static QString clientNumber(const CallCardEvent &event);
    static QString eventLabel(CallCardEventType type);
    static QString targetKindLabel(TransferTarget::Kind kind);
    // "Employee #12", "Phone number +4930…", "Queue 3": the target without its name.
    static QString targetLabel(const TransferTarget &target);
    // "Employee #12 · Ivan Petrov", "Phone number +4930…", "Queue 3".
    static QString targetSummary(const CallCardEvent &event);
    // What a transfer's row leads with: the target's name once known ("Ivan Petrov"), else
    // targetLabel. The id and the client number are in the summary (the row's tooltip) and details.
    static QString targetLead(const CallCardEvent &event);
    // "Mute · Microphone muted", "Hang up": what a row other than a transfer's says, so the panel
    // can do without a column of its own for the event (it has no room for it in every language).
    static QString labelAndDetail(const CallCardEvent &event);
    // What the event says in a few words: the transfer, the key pressed, the new mute state…
    static QString detail(const CallCardEvent &event);
    // A transfer's outcome: "Completed after 0:11", "Pending"; empty for other events.
    static QString outcomeText(const CallCardEvent &event);
    // "Transfer: +19001234567 → Employee #12 · Ivan Petrov", for notifications.
    static QString summary(const CallCardEvent &event);
};

} // namespace opc
