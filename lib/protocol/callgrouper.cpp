#include "callgrouper.h"

#include <QJsonObject>

namespace opc {

void CallGrouper::assign(CallCardEvent &event)
{
    if (event.type == CallCardEventType::Initialized)
        m_current = event.payload().toObject().value(QStringLiteral("CALL_ID")).toString();
    event.callId = m_current;
    if (event.type == CallCardEventType::CloseButtonClick)
        m_current.clear();
}

} // namespace opc
