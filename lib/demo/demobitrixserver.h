#pragma once

#include "demorestapi.h"
#include "demotokensigner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace opc {

// The demo portal's Bitrix24 side, on loopback: the portal's authorize page, the OAuth server's
// token endpoint and /rest/ methods, speaking the documented formats and errors
// (bitrix24-protocol.md §4-5). It adds routes to a QHttpServer the caller owns and listens with:
//   GET/POST /oauth/authorize/   logged in: 302 to redirect_uri?code&state&domain&member_id&scope&
//                                server_domain; else a login form that does the same on submit
//   GET/POST /oauth/token/       authorization_code (code lives 30 s, single use) and refresh_token
//                                (rotates); invalid_client, invalid_grant
//   POST     /rest/<method>      see DemoRestApi; NO_AUTH_FOUND / expired_token (401)
//   GET      /upload/demo/<id>[-<size>].png  generated employee photos
// It never fails on purpose; the tests' FaultyBitrixServer (tests/support) adds that through the
// protected hooks.
class DemoBitrixServer : public QObject
{
    Q_OBJECT

public:
    // `portalBase`: http://127.0.0.1:<port> where `server` listens (it serves portal and OAuth).
    DemoBitrixServer(QHttpServer *server, const QUrl &portalBase, QObject *parent = nullptr);
    ~DemoBitrixServer() override;

    QUrl portalBase() const { return m_base; }
    QString portalHost() const;

    // The application "installed" on the portal.
    void setApplication(const QString &clientId, const QString &clientSecret, const QUrl &redirectUri);
    void setMemberId(const QString &memberId) { m_memberId = memberId; }
    void setAccessTokenLifetime(int secs) { m_accessLifetimeSecs = secs; }
    // Replaces the built-in DemoEmployees table (e.g. with the demo page's list).
    void setEmployees(const QList<DemoEmployee> &employees) { m_api.setEmployees(employees); }
    // A signed-in user outside the employee list (user.current, photo), who signs in from now on.
    void setOperator(const DemoEmployee &user)
    {
        m_api.setOperator(user);
        m_userId = user.id;
    }
    // Opt-in, for the demo only: access and refresh tokens are DemoTokenSigner tokens, and a
    // validly signed one that an EARLIER DemoBitrixServer issued (the console was restarted) is
    // recognised without any state on disk: an access token until its expiry (then expired_token),
    // a refresh token once per process (then rotated; reused -> invalid_grant). Bad signature or
    // another member id: NO_AUTH_FOUND / invalid_grant as for any unknown token.
    void setTokensSurviveRestart(bool enabled) { m_signedTokens = enabled; }
    bool tokensSurviveRestart() const { return m_signedTokens; }
    int currentUserId() const { return m_userId; }
    int accessTokenLifetime() const { return m_accessLifetimeSecs; }

signals:
    void tokenIssued(const QString &grantType);
    void restCalled(const QString &method);

protected:
    enum class Endpoint { Authorize, Token, Rest };

    // Seams for tests/support/faultybitrixserver.h; the demo keeps the defaults.
    // Called as a request arrives, before any check (`name`: the grant type or the REST method).
    // Returns true when it has answered, or kept, the request itself.
    virtual bool intercept(Endpoint, const QString & /*name*/, QHttpServerResponder &) { return false; }
    // Every code and token this server issued, and every earlier run's token it accepted (those
    // possibly more than once).
    virtual void secretSeen(const QString &) { }

    void setPortalLoggedIn(bool loggedIn) { m_loggedIn = loggedIn; }
    void setCurrentUserId(int id) { m_userId = id; }
    void setCodeLifetime(int ms) { m_codeLifetimeMs = ms; }
    void setPageSize(int size) { m_api.setPageSize(size); }
    // Server-side expiry of every access token handed out so far (the client still thinks
    // they are valid): the next REST call gets 401 expired_token.
    void expireAccessTokens();
    // Forget every refresh token (also those of earlier runs): the next refresh gets invalid_grant.
    void revokeRefreshTokens();
    QString clientSecret() const { return m_clientSecret; }
    static void writeJson(QHttpServerResponder &responder, int status, const QJsonObject &body);

private:
    struct AccessToken
    {
        int userId;
        QDateTime expiresAt;
    };
    struct Code
    {
        int userId;
        QElapsedTimer age;
    };

    void addRoutes(QHttpServer *server);
    void authorize(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void token(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void rest(const QString &method, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void photo(const QString &file, QHttpServerResponder &&responder);
    QString issue();
    QString issueToken(DemoTokenSigner::Kind kind, int userId, const QDateTime &expiresAt);
    // A signed token from an earlier run of the right kind and member; not yet seen or spent.
    std::optional<DemoTokenSigner::Claims> earlierRunToken(const QString &token, DemoTokenSigner::Kind kind);

    QUrl m_base;
    DemoRestApi m_api;
    QString m_clientId = QStringLiteral("local.demo0000000000.00000001");
    QString m_clientSecret = QStringLiteral("demo-client-secret");
    QUrl m_redirectUri;
    QString m_memberId = QStringLiteral("demo0000000000000000000000000000");
    bool m_loggedIn = true;
    int m_userId = 1;
    int m_accessLifetimeSecs = 3600;
    int m_codeLifetimeMs = 30000;
    QHash<QString, Code> m_codes;
    QHash<QString, AccessToken> m_access;
    QHash<QString, int> m_refresh; // refresh token -> user id
    QSet<QString> m_spentRefresh; // used or revoked: a valid signature no longer revives them
    bool m_signedTokens = false;
    bool m_earlierAccessExpired = false; // expireAccessTokens() covers earlier runs' tokens too
    bool m_earlierRefreshRevoked = false;
};

} // namespace opc
