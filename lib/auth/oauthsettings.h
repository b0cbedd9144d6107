#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace opc {

// The per-portal OAuth application settings an admin or operator enters once. The client secret is
// deliberately not here: it lives only in the keychain (TokenStore::clientSecretKey).
class OAuthSettings
{
    Q_DECLARE_TR_FUNCTIONS(opc::OAuthSettings)

public:
    // bitrix24-protocol.md §4: international and RU OAuth servers; self-hosted may use any https URL.
    static QUrl defaultServer();
    static QUrl regionServer();

    // The portal's origin (scheme://host[:port]): sign-in is per portal, not per page, so a page
    // URL given here is cut to its origin.
    QUrl portalUrl() const { return m_portalUrl; }
    void setPortalUrl(const QUrl &url);
    QString clientId() const { return m_clientId; }
    void setClientId(const QString &id) { m_clientId = id.trimmed(); }
    // Empty means defaultServer().
    QUrl oauthServer() const { return m_oauthServer.isEmpty() ? defaultServer() : m_oauthServer; }
    void setOAuthServer(const QUrl &url) { m_oauthServer = url; }
    QUrl redirectUri() const { return m_redirectUri; }
    void setRedirectUri(const QUrl &url) { m_redirectUri = url; }

    // "host" or "host:port": the portal part of keychain keys and of the redirect's `domain`.
    QString portalHost() const;
    QUrl authorizeEndpoint() const;
    QUrl tokenEndpoint() const;

    // Human-readable problems (translated); empty when sign-in can be attempted.
    QStringList validate() const;
    bool isComplete() const { return validate().isEmpty(); }

    // https anywhere; plain http only towards a loopback address (tests, the offline demo).
    static bool isAcceptableEndpoint(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    // Stored under the caller's current QSettings group; never contains a secret.
    void save(QSettings &settings) const;
    static OAuthSettings load(QSettings &settings);

    bool operator==(const OAuthSettings &) const = default;

private:
    QUrl m_portalUrl;
    QString m_clientId;
    QUrl m_oauthServer;
    QUrl m_redirectUri;
};

} // namespace opc
