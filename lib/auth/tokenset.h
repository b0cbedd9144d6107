#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace opc {

// What the OAuth server hands out for one operator on one portal (bitrix24-protocol.md §4).
// Serialised as one compact JSON value for the keychain (well under QtKeychain 0.13's 2.5 KB
// Windows limit). No debug operator on purpose: tokens must never reach a log.
class TokenSet
{
public:
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC
    QString memberId;
    QUrl clientEndpoint; // https://<portal>/rest/
    QUrl serverEndpoint; // https://oauth.bitrix.info/rest/
    qint64 userId = 0;
    QString scope;

    // Parses a token-endpoint reply. `expires` (unix time) wins over `expires_in` when present.
    static std::optional<TokenSet> fromTokenResponse(const QJsonObject &reply, const QDateTime &now);

    QByteArray toJson() const;
    static std::optional<TokenSet> fromJson(const QByteArray &json);

    bool isUsable() const
    {
        return !accessToken.isEmpty() && !refreshToken.isEmpty() && clientEndpoint.isValid();
    }
    // Expired, or expiring within `marginSecs`: refresh before the next call instead of eating a 401.
    bool isExpired(const QDateTime &now, int marginSecs = 30) const;

    bool operator==(const TokenSet &) const = default;
};

} // namespace opc
