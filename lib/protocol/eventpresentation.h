#pragma once

#include "callcardevent.h"

#include <QCoreApplication>
#include <QString>

namespace opc {

// How events read for an operator: translated labels instead of wire names, and one-line
// summaries for the panel, the details view and notifications.
class EventPresentation
{
    Q_DECLARE_TR_FUNCTIONS(EventPresentation)

public:
    static QString eventLabel(CallCardEventType type);
    static QString targetKindLabel(TransferTarget::Kind kind);
    // "Employee #12 · Ivan Petrov", "Phone number +4930…", "Queue 3".
    static QString targetSummary(const CallCardEvent &event);
    // What the event says in a few words: the transfer, the key pressed, the new mute state…
    static QString detail(const CallCardEvent &event);
    // "Transfer: +19001234567 → Employee #12 · Ivan Petrov", for notifications.
    static QString summary(const CallCardEvent &event);
};

} // namespace opc
