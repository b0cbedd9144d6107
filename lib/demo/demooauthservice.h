#pragma once

#include "auth/oauthsettings.h"
#include "demoemployees.h"

#include <QObject>

#include <memory>

namespace opc {

class AuthSession;
class DemoPortalServer;
class DemoBitrixServer;

// Makes the built-in demo portal sign-in capable offline, on the portal's own origin
// (http://127.0.0.1:P), through DemoBitrixServer (the auth tests run against it too):
//   /oauth/authorize/  the operator is logged in to the demo portal (its page has no login), so it
//                      redirects straight back with code, state, domain and member_id: a fresh
//                      console signs in by itself, without a prompt
//   /oauth/token/      code -> tokens; refresh rotates. Access tokens live accessTokenLifetime()
//                      (2 minutes by default), then REST answers 401 expired_token and the
//                      console refreshes during the demo session
//   /rest/user.get, user.current, batch; /upload/demo/<id>.png photos
// Tokens survive a console restart (DemoBitrixServer::setTokensSurviveRestart): they are signed
// (DemoTokenSigner), so the tokens the console kept in the keychain are recognised by the next
// run's server, which is a new process-local object, without the server storing anything.
// The employees are the demo page's own (lib/demo/web/portal-employees.js, read from the
// resource), so a transfer picked in the demo card resolves to the name the page showed.
// user.current is demoOperator(), the "Operator Demo" of the page header, not a transfer target.
//
// Create it after DemoPortalServer::start(); then configure(session) (or settings() and
// clientSecret()) as if an admin had provisioned the console for this portal.
class DemoOAuthService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultAccessTokenLifetime = 120;

    explicit DemoOAuthService(DemoPortalServer *portal, QObject *parent = nullptr);
    // With `server` (routed on portal->portalHttpServer() for portal->portalUrl()) instead of a
    // plain DemoBitrixServer, e.g. one that tests observe.
    DemoOAuthService(DemoPortalServer *portal, std::unique_ptr<DemoBitrixServer> server,
                     QObject *parent = nullptr);
    ~DemoOAuthService() override;

    // Portal, OAuth server (the same loopback origin), demo client id and redirect URI.
    OAuthSettings settings() const;
    // Not a real secret: it only opens the loopback demo.
    static QString clientSecret();
    // session->setSettings(settings()) and storeClientSecret(clientSecret()). The keychain works
    // like for a real portal as long as the portal keeps its port (DemoPortalOptions::
    // preferredPortalPort): the stored tokens are keyed by the portal host.
    void configure(AuthSession *session) const;

    // Seconds; takes effect for tokens issued from now on.
    void setAccessTokenLifetime(int secs);
    int accessTokenLifetime() const;

    // The demo page's employee list (ids 12..45), parsed from :/demo/portal-employees.js.
    static QList<DemoEmployee> portalEmployees();
    // ID 1, "Operator Demo".
    static DemoEmployee demoOperator();

    DemoBitrixServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<DemoBitrixServer> m_server;
    QUrl m_portalUrl;
};

} // namespace opc
