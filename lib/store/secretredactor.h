#pragma once

#include <QString>

namespace opc {

// Defence in depth for the diagnostics log: masks values that look like OAuth tokens or secrets
// (access_token, refresh_token, client_secret, AUTH_ID, REFRESH_ID, application_token, password,
// Bearer …) in URLs, JSON and key=value text. Code must still not log secrets in the first place.
class SecretRedactor
{
public:
    static QString redact(const QString &text);
    static constexpr QStringView mask = u"***";
};

} // namespace opc
