#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace opc {

// Self-validating tokens for the offline demo portal, so that a console restarted against a new
// DemoBitrixServer process still holds tokens the server recognises, without the server writing
// anything to disk. A token is base64url(payload) "." base64url(HMAC-SHA256(payload)), where the
// payload carries the kind (access/refresh), user id, member id, expiry (ms since epoch) and a
// random nonce. The key is compiled in: this only guards a loopback-only demo against typos and
// tampering, it is NOT a security boundary and must never sign anything for a real portal.
class DemoTokenSigner
{
public:
    enum class Kind { Access, Refresh };

    struct Claims
    {
        Kind kind = Kind::Access;
        int userId = 0;
        QString memberId;
        QDateTime expiresAt;
    };

    // A new token for `claims`; every call gets a fresh nonce, so equal claims give distinct tokens.
    static QString sign(const Claims &claims);
    // The claims of a well-formed, correctly signed token; nullopt otherwise. Expiry is not checked
    // here: the server answers expired_token for an expired access token, not NO_AUTH_FOUND.
    static std::optional<Claims> verify(const QString &token);
};

} // namespace opc
