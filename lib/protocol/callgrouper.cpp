#include "callgrouper.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opc {

void CallGrouper::assign(CallCardEvent &event)
{
    if (event.type == CallCardEventType::Initialized)
        m_current = event.payload().toObject().value(u"CALL_ID"_s).toString();
    event.callId = m_current;
    if (event.type == CallCardEventType::CloseButtonClick)
        m_current.clear();
}

} // namespace opc
