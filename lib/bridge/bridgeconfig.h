#pragma once

#include "protocol/weborigin.h"

namespace opc {

// What the bridge needs to know about the portal it serves.
struct BridgeConfig
{
    WebOrigin portal; // scheme, host and port: an http page on the portal's host is not the portal
    WebOrigin preferredHandler; // optional: the telephony app whose worker frame to listen in first
};

} // namespace opc
