#pragma once

#include <QString>

class QObject;
class QWebEngineProfile;

namespace opc {

// The console's disk-backed browser profile: cookies (forced persistent, so the portal login
// survives a restart), local storage and cache live under <dataDir>/web/<key> (<dataDir>/web for
// an empty key). Each portal session has its own key, so portals never share a login or storage.
// Nothing of it is written outside <dataDir>, not even while the profile is constructed.
class PortalProfile
{
public:
    static QWebEngineProfile *create(const QString &dataDir, QObject *parent, const QString &key = {});
};

} // namespace opc
