#pragma once

#include <QString>

#include <optional>

namespace opc {

// The identity a portal gives an app frame through window.name: "<host[:port]>|<0|1>|<APP_SID>"
// (bitrix24-protocol.md §2.1, §3.1). Both official libraries strip :80 and :443 from the host.
struct WorkerFrameName
{
    QString domain; // host[:port], default ports stripped
    bool https = false;
    QString appSid; // 32 lowercase hex digits

    static std::optional<WorkerFrameName> parse(const QString &windowName);
    // "https://example.bitrix24.com": the origin every message to and from the portal must have.
    QString portalOrigin() const;
};

} // namespace opc
