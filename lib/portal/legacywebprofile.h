#pragma once

#include <QString>

namespace opc {

// Before each portal had its own profile folder, the console kept the one portal's browser profile
// in <dataDir>/web/storage (and its cache in web/cache). The portal it belonged to adopts it once,
// so an upgrade keeps the operator's login.
class LegacyWebProfile
{
public:
    // Moves web/storage (and web/cache, if there) into web/<key>/, where PortalProfile looks for
    // them, when web/storage exists and web/<key> does not yet. True if it moved the profile.
    static bool adopt(const QString &dataDir, const QString &key);
};

} // namespace opc
