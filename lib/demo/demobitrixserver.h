#pragma once

#include "demorestapi.h"
#include "demotokensigner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace opc {

// A loopback Bitrix24 for tests and the offline demo: the portal's authorize page, the OAuth
// server's token endpoint and /rest/ methods, speaking the documented formats and errors
// (bitrix24-protocol.md §4-5). It adds routes to a QHttpServer the caller owns and listens with:
//   GET/POST /oauth/authorize/   logged in: 302 to redirect_uri?code&state&domain&member_id&scope&
//                                server_domain; else a login form that does the same on submit
//   GET/POST /oauth/token/       authorization_code (code lives 30 s, single use) and refresh_token
//                                (rotates); invalid_client, invalid_grant
//   POST     /rest/<method>      see DemoRestApi; NO_AUTH_FOUND / expired_token (401),
//                                QUERY_LIMIT_EXCEEDED (503) from a leaky bucket, switchable failures
//   GET      /upload/demo/<id>[-<size>].png  generated employee photos
class DemoBitrixServer : public QObject
{
    Q_OBJECT

public:
    enum class Failure { None, OperationTimeLimit, HtmlError, MalformedJson, Stall };
    Q_ENUM(Failure)

    // `portalBase`: http://127.0.0.1:<port> where `server` listens (it serves portal and OAuth).
    DemoBitrixServer(QHttpServer *server, const QUrl &portalBase, QObject *parent = nullptr);
    ~DemoBitrixServer() override;

    QUrl portalBase() const { return m_base; }
    QString portalHost() const;

    // The application "installed" on the portal.
    void setApplication(const QString &clientId, const QString &clientSecret, const QUrl &redirectUri);
    void setMemberId(const QString &memberId) { m_memberId = memberId; }
    void setPortalLoggedIn(bool loggedIn) { m_loggedIn = loggedIn; }
    bool isPortalLoggedIn() const { return m_loggedIn; }
    void setCurrentUserId(int id) { m_userId = id; }
    void setAccessTokenLifetime(int secs) { m_accessLifetimeSecs = secs; }
    void setCodeLifetime(int ms) { m_codeLifetimeMs = ms; }
    void setPageSize(int size) { m_api.setPageSize(size); }
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
    // Leaky bucket per portal: `capacity` requests, draining `perSecond`; 0 = unlimited.
    void setRateLimit(int capacity, double perSecond);
    void setRestFailure(Failure failure) { m_restFailure = failure; }
    void setTokenFailure(Failure failure) { m_tokenFailure = failure; }

    // Server-side expiry of every access token handed out so far (the client still thinks
    // they are valid): the next REST call gets 401 expired_token.
    void expireAccessTokens();
    // Forget every refresh token (also those of earlier runs): the next refresh gets invalid_grant.
    void revokeRefreshTokens();

    // For assertions.
    int tokenRequestCount(const QString &grantType) const { return m_grants.value(grantType); }
    QStringList restCalls() const { return m_restCalls; }
    int authorizePageLoads() const { return m_authorizeLoads; }
    // Every code, access and refresh token ever issued, and the client secret: a leak scanner's list.
    QStringList secretsIssued() const;

signals:
    void tokenIssued(const QString &grantType);
    void restCalled(const QString &method);

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
    bool failIfSwitched(Failure failure, QHttpServerResponder &responder);
    bool bucketAllows();
    QString issue(QStringList &log);
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
    int m_bucketCapacity = 0;
    double m_bucketDrain = 2.0;
    double m_bucketLevel = 0;
    QElapsedTimer m_bucketClock;
    Failure m_restFailure = Failure::None;
    Failure m_tokenFailure = Failure::None;
    QHash<QString, Code> m_codes;
    QHash<QString, AccessToken> m_access;
    QHash<QString, int> m_refresh; // refresh token -> user id
    QSet<QString> m_spentRefresh; // used or revoked: a valid signature no longer revives them
    QSet<QString> m_earlierSeen; // earlier-run tokens already added to m_issued
    bool m_signedTokens = false;
    bool m_earlierAccessExpired = false; // expireAccessTokens() covers earlier runs' tokens too
    bool m_earlierRefreshRevoked = false;
    QHash<QString, int> m_grants;
    QStringList m_restCalls;
    QStringList m_issued;
    int m_authorizeLoads = 0;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_stalled;
};

} // namespace opc
