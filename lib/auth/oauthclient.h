#pragma once

#include "oauthsettings.h"
#include "tokenset.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace opc {

// Talks to the OAuth server's token endpoint: authorization-code exchange and refresh
// (bitrix24-protocol.md §4). Both are form-encoded POSTs, so neither the secret nor a token ends
// up in a URL that proxies or server logs keep; b24jssdk refreshes the same way.
class OAuthClient : public QObject
{
    Q_OBJECT

public:
    struct Error
    {
        enum class Kind {
            None,
            InvalidGrant, // code expired or used, refresh token revoked or expired: sign in again
            InvalidClient, // wrong client id or secret: an admin must fix the settings
            Server, // any other documented OAuth error
            BadResponse, // not the documented JSON (HTML error page, truncated, wrong endpoint)
            Timeout,
            Network,
        };
        Kind kind = Kind::None;
        QString code; // the server's error code, e.g. "invalid_grant"
        QString message; // translated, for a banner; contains no secret
    };
    struct Result
    {
        TokenSet tokens;
        Error error;
        bool ok() const { return error.kind == Error::Kind::None; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit OAuthClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setSettings(const OAuthSettings &settings) { m_settings = settings; }
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    bool hasClientSecret() const { return !m_clientSecret.isEmpty(); }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void exchangeCode(const QString &code, QObject *context, Callback callback);
    void refresh(const QString &refreshToken, QObject *context, Callback callback);

private:
    void post(const QList<std::pair<QString, QString>> &fields, QObject *context, Callback callback);
    Result parse(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    OAuthSettings m_settings;
    QString m_clientSecret;
    int m_timeoutMs = 20000;
};

} // namespace opc
