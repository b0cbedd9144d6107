#pragma once

#include "auth/oauthsettings.h"

#include <QObject>

#include <memory>

namespace opc {

class DemoPortalServer;
class FakeBitrixServer;

// Makes the built-in demo portal sign-in capable offline: its authorize page, the token endpoint
// and user.get / user.current / batch, on the portal's own origin (http://127.0.0.1:P), through
// the FakeBitrixServer that the auth tests use. Create it after DemoPortalServer::start(); then
// give settings() and clientSecret() to the AuthSession as if an admin had provisioned them.
class DemoOAuthService : public QObject
{
    Q_OBJECT

public:
    explicit DemoOAuthService(DemoPortalServer *portal, QObject *parent = nullptr);
    ~DemoOAuthService() override;

    // Portal, OAuth server (the same loopback origin), demo client id and redirect URI.
    OAuthSettings settings() const;
    // Not a real secret: it only opens the loopback demo.
    static QString clientSecret();

    // Short by default (2 minutes) so refresh on expired_token happens during a demo session.
    void setAccessTokenLifetime(int secs);
    FakeBitrixServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<FakeBitrixServer> m_server;
    QUrl m_portalUrl;
};

} // namespace opc
