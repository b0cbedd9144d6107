#pragma once

#include "callcardevent.h"

namespace opc {

// Groups events into calls: `initialized` carries the CALL_ID of the card it opened, and every
// later event belongs to that call until the card is closed or the next card opens.
class CallGrouper
{
public:
    void assign(CallCardEvent &event);
    QString currentCallId() const { return m_current; }

private:
    QString m_current;
};

} // namespace opc
