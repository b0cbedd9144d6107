#pragma once

#include "protocol/weborigin.h"

namespace opc {

// How much one worker frame may relay before the bridge refuses the excess as a flood (counted,
// never queued), applied by the top-frame script and again in C++. The defaults carry the heaviest
// genuine load the console is built for (benchmark #11: 1,000 events/s for 10 s, 100,000 events in
// 10 minutes) with room to spare, while a frame that keeps flooding is held to 200 events/s.
struct FloodBudget
{
    int eventBurst = 12000;
    double eventsPerSecond = 200;
    int byteBurst = 4 * 1024 * 1024; // relayed message text, UTF-16 code units
    double bytesPerSecond = 640 * 1024;
};

// What the bridge needs to know about the portal it serves.
struct BridgeConfig
{
    WebOrigin portal; // scheme, host and port: an http page on the portal's host is not the portal
    WebOrigin preferredHandler; // optional: the telephony app whose worker frame to listen in first
    FloodBudget budget = {};
};

} // namespace opc
