#include "bridgechannelobject.h"

#include "callcardbridge.h"

namespace opc {

BridgeChannelObject::BridgeChannelObject(CallCardBridge *bridge)
    : m_bridge(bridge)
{
}

void BridgeChannelObject::relay(const QString &message)
{
    m_bridge->acceptRelay(message);
}

} // namespace opc
