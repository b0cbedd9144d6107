#pragma once

#include <QString>

namespace opc {

// What the bridge needs to know about the portal it serves.
struct BridgeConfig
{
    QString portalHost; // host[:port] of the portal, lower case, default port stripped
    QString handlerOrigin; // optional: listen only to the worker frame of this app handler origin
};

} // namespace opc
