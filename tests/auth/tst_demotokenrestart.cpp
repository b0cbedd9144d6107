// The demo portal across a console restart: the tokens one run's DemoOAuthService issued are
// recognised by the next run's, which is a brand-new DemoBitrixServer (nothing on disk).

#include "fakeportal.h"

#include "auth/keychaintokenstore.h"
#include "auth/restclient.h"
#include "auth/restreply.h"
#include "demo/demooauthservice.h"
#include "demo/demoportalserver.h"
#include "demo/demotokensigner.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
    QUrl location;
    QString error() const { return body.value(u"error"_s).toString(); }
};

Answer send(QNetworkAccessManager &nam, const QUrl &url, const QUrlQuery &form = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (form.isEmpty()) {
        reply = nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        reply = nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    }
    QSignalSpy done(reply, &QNetworkReply::finished);
    Answer a;
    if (!done.wait(5000))
        return a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = QJsonDocument::fromJson(reply->readAll()).object();
    a.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    reply->deleteLater();
    return a;
}

// One console run's demo portal: DemoPortalServer + DemoOAuthService, and its own network stack.
struct DemoRun
{
    std::unique_ptr<DemoPortalServer> portal;
    std::unique_ptr<DemoOAuthService> oauth;
    test::FaultyBitrixServer *server = nullptr; // oauth's, observed
    std::unique_ptr<QNetworkAccessManager> nam = std::make_unique<QNetworkAccessManager>();

    explicit DemoRun(quint16 preferredPort = 0)
    {
        DemoPortalOptions options;
        options.preferredPortalPort = preferredPort;
        portal = std::make_unique<DemoPortalServer>(options);
        if (!portal->start())
            return;
        auto observed =
            std::make_unique<test::FaultyBitrixServer>(portal->portalHttpServer(), portal->portalUrl());
        server = observed.get();
        oauth = std::make_unique<DemoOAuthService>(portal.get(), std::move(observed));
    }
    ~DemoRun()
    {
        // The QHttpServer objects go with the portal: the only way to free the port in Qt 6.4.
        oauth.reset();
        portal.reset();
    }
    quint16 port() const { return quint16(portal->portalUrl().port()); }
    test::FaultyBitrixServer *fake() const { return server; }

    QUrl at(const QString &path) const
    {
        QUrl url = portal->portalUrl();
        url.setPath(path);
        return url;
    }
    QJsonObject signIn() const
    {
        const QString clientId = oauth->settings().clientId();
        const Answer auth = send(*nam, at(u"/oauth/authorize/"_s), QUrlQuery{{u"client_id"_s, clientId}});
        return send(*nam, at(u"/oauth/token/"_s),
                    QUrlQuery{{u"grant_type"_s, u"authorization_code"_s},
                              {u"client_id"_s, clientId},
                              {u"client_secret"_s, DemoOAuthService::clientSecret()},
                              {u"code"_s, QUrlQuery(auth.location).queryItemValue(u"code"_s)}})
            .body;
    }
    Answer refresh(const QString &refreshToken) const
    {
        return send(*nam, at(u"/oauth/token/"_s),
                    QUrlQuery{{u"grant_type"_s, u"refresh_token"_s},
                              {u"client_id"_s, oauth->settings().clientId()},
                              {u"client_secret"_s, DemoOAuthService::clientSecret()},
                              {u"refresh_token"_s, refreshToken}});
    }
    Answer userCurrent(const QString &auth) const
    {
        return send(*nam, at(u"/rest/user.current"_s), QUrlQuery{{u"auth"_s, auth}});
    }
};

QString accessOf(const QJsonObject &tokens)
{
    return tokens.value(u"access_token"_s).toString();
}
QString refreshOf(const QJsonObject &tokens)
{
    return tokens.value(u"refresh_token"_s).toString();
}

TokenStore::Result sync(const std::function<void(TokenStore::Callback)> &op)
{
    std::optional<TokenStore::Result> result;
    op([&](const TokenStore::Result &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 30000);
    return result.value_or(TokenStore::Result{TokenStore::Status::Unavailable, {}, u"test timeout"_s});
}

// The token with one character of its signature (or payload) changed.
QString tampered(QString token, qsizetype at)
{
    token[at] = token.at(at) == u'A' ? u'B' : u'A';
    return token;
}

} // namespace

class TestDemoTokenRestart : public QObject
{
    Q_OBJECT

private slots:
    void restartKeepsTokensUntilTheyExpire()
    {
        QJsonObject tokens;
        quint16 port = 0;
        {
            DemoRun a;
            QVERIFY(a.oauth);
            a.oauth->setAccessTokenLifetime(2);
            tokens = a.signIn();
            port = a.port();
            QCOMPARE(a.userCurrent(accessOf(tokens)).status, 200);
        }
        DemoRun b(port);
        QVERIFY(b.oauth);
        if (b.port() != port) // the host changed: the console would not find its keychain entry
            qWarning("port %d not reusable in-process; testing on %d", port, b.port());

        const Answer me = b.userCurrent(accessOf(tokens));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.body.value(u"result"_s).toObject().value(u"ID"_s).toString(), u"1"_s);
        QVERIFY(b.fake()->secretsIssued().contains(accessOf(tokens))); // the leak scanner knows it

        // Until its own expiry only, then the console is told to refresh.
        const QDeadlineTimer deadline(10000);
        Answer late = b.userCurrent(accessOf(tokens));
        while (late.status == 200 && !deadline.hasExpired()) {
            QTest::qWait(100);
            late = b.userCurrent(accessOf(tokens));
        }
        QCOMPARE(late.status, 401);
        QCOMPARE(late.error(), u"expired_token"_s);

        // The earlier run's refresh token works once, and rotates.
        const Answer renewed = b.refresh(refreshOf(tokens));
        QCOMPARE(renewed.status, 200);
        QVERIFY(refreshOf(renewed.body) != refreshOf(tokens));
        QCOMPARE(renewed.body.value(u"user_id"_s).toInt(), 1);
        QCOMPARE(b.userCurrent(accessOf(renewed.body)).status, 200);
        const Answer reused = b.refresh(refreshOf(tokens));
        QCOMPARE(reused.status, 400);
        QCOMPARE(reused.error(), u"invalid_grant"_s);
        QCOMPARE(b.fake()->tokenRequestCount(u"refresh_token"_s), 2);

        // A token rotated in this run is single-use too, signature or not.
        QCOMPARE(b.refresh(refreshOf(renewed.body)).status, 200);
        QCOMPARE(b.refresh(refreshOf(renewed.body)).error(), u"invalid_grant"_s);
    }

    void forgedAndTamperedTokensAreRefused()
    {
        QJsonObject tokens;
        {
            DemoRun a;
            QVERIFY(a.oauth);
            tokens = a.signIn();
        }
        DemoRun b;
        QVERIFY(b.oauth);
        const QString access = accessOf(tokens);
        const QString refresh = refreshOf(tokens);
        const qsizetype dot = access.indexOf(u'.');
        QVERIFY(dot > 0);
        const QStringList badAccess{
            tampered(access, access.size() - 2), // signature
            tampered(access, 3), // payload
            access.left(dot), // no signature
            u"0123456789abcdef0123456789abcdef"_s, // a plain random token
            refresh, // the wrong kind
            DemoTokenSigner::sign({DemoTokenSigner::Kind::Access, 1, u"another-member"_s,
                                   QDateTime::currentDateTimeUtc().addSecs(600)}),
        };
        for (const QString &token : badAccess) {
            const Answer a = b.userCurrent(token);
            QCOMPARE(a.status, 401);
            QCOMPARE(a.error(), u"NO_AUTH_FOUND"_s);
        }
        for (const QString &token : {tampered(refresh, refresh.size() - 2), tampered(refresh, 3), access}) {
            const Answer r = b.refresh(token);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.error(), u"invalid_grant"_s);
        }
        // The genuine ones still work: the refusals above consumed nothing.
        QCOMPARE(b.userCurrent(access).status, 200);
        QCOMPARE(b.refresh(refresh).status, 200);
    }

    void expireAndRevokeCoverEarlierRuns()
    {
        QJsonObject tokens;
        {
            DemoRun a;
            QVERIFY(a.oauth);
            tokens = a.signIn();
        }
        DemoRun b;
        QVERIFY(b.oauth);
        b.fake()->expireAccessTokens();
        QCOMPARE(b.userCurrent(accessOf(tokens)).error(), u"expired_token"_s);
        b.fake()->revokeRefreshTokens();
        QCOMPARE(b.refresh(refreshOf(tokens)).error(), u"invalid_grant"_s);
    }

    void defaultModeForgetsEarlierTokens()
    {
        QString access;
        QString refresh;
        {
            test::FakePortal a;
            QVERIFY(!a.fake->tokensSurviveRestart());
            QNetworkAccessManager nam;
            MemoryTokenStore store;
            AuthSession session(&store, &nam);
            session.setSettings(a.settings());
            session.storeClientSecret(test::kClientSecret);
            QVERIFY(test::signIn(nam, session));
            access = session.accessToken();
            QVERIFY(!DemoTokenSigner::verify(access)); // plain random tokens, as before
        }
        test::FakePortal b;
        b.fake->setTokensSurviveRestart(true); // even so: unsigned tokens are unknown
        QNetworkAccessManager nam;
        QUrl url = b.base;
        url.setPath(u"/rest/user.current"_s);
        const Answer a = send(nam, url, QUrlQuery{{u"auth"_s, access}});
        QCOMPARE(a.status, 401);
        QCOMPARE(a.error(), u"NO_AUTH_FOUND"_s);
    }

    // The product requirement end to end: the console signs in by itself, is restarted, reads the
    // tokens back from the system keychain, calls REST and refreshes when the token expires.
    void consoleStaysSignedInAcrossRestart()
    {
        const QString service =
            u"opc-test-demo-restart-"_s + QString::number(QCoreApplication::applicationPid());
        quint16 port = 0;
        QString firstAccess;
        {
            DemoRun a;
            QVERIFY(a.oauth);
            port = a.port();
            KeychainTokenStore keychain(service);
            AuthSession session(&keychain, a.nam.get());
            a.oauth->configure(&session);
            QSignalSpy restored(&session, &AuthSession::restored);
            session.restore();
            QVERIFY(restored.wait(30000));
            QVERIFY2(!session.isMemoryOnly(), "no usable Secret Service (run under scripts/run-tests.sh)");
            QSignalSpy page(&session, &AuthSession::signInPageRequested);
            session.portalLoaded();
            QCOMPARE(page.size(), 1);
            QVERIFY(test::followAuthorize(*a.nam, session, page.first().at(0).toUrl()));
            QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 10000);
            firstAccess = session.accessToken();
            // The tokens reached the keychain before the "process" ends.
            const QString key = TokenStore::tokenKey(a.portal->portalHost(), session.memberId());
            QCOMPARE(sync([&](auto cb) { keychain.read(key, this, cb); }).status, TokenStore::Status::Ok);
        }

        DemoRun b(port);
        QVERIFY(b.oauth);
        if (b.port() != port)
            QSKIP("the demo portal's port could not be reused in-process");
        KeychainTokenStore keychain(service);
        AuthSession session(&keychain, b.nam.get());
        b.oauth->configure(&session);
        QSignalSpy restored(&session, &AuthSession::restored);
        session.restore();
        QVERIFY(restored.wait(30000));
        QVERIFY(session.isSignedIn());
        QCOMPARE(session.accessToken(), firstAccess);
        session.portalLoaded(); // signed in already: no sign-in page
        QCOMPARE(b.fake()->authorizePageLoads(), 0);

        RestClient rest(&session, b.nam.get());
        const auto userCurrentOk = [&] {
            RestReply *reply = rest.call(u"user.current"_s);
            bool ok = false;
            bool done = false;
            connect(reply, &RestReply::finished, this, [&] {
                ok = reply->isOk() && reply->result().toObject().value(u"ID"_s).toString() == u"1"_s;
                done = true;
            });
            return QTest::qWaitFor([&] { return done; }, 15000) && ok;
        };
        QVERIFY(userCurrentOk());
        QCOMPARE(b.fake()->tokenRequestCount(u"refresh_token"_s), 0); // the restored token itself

        b.fake()->expireAccessTokens(); // 401 expired_token -> refresh with the earlier run's token
        QVERIFY(userCurrentOk());
        QCOMPARE(b.fake()->tokenRequestCount(u"refresh_token"_s), 1);
        QVERIFY(session.accessToken() != firstAccess);

        // Leave nothing behind in the test keyring.
        const QString host = b.portal->portalHost();
        for (const QString &key : {TokenStore::tokenKey(host, session.memberId()),
                                   TokenStore::accountKey(host), TokenStore::clientSecretKey(host)})
            QCOMPARE(sync([&](auto cb) { keychain.remove(key, this, cb); }).status, TokenStore::Status::Ok);
    }
};

QTEST_GUILESS_MAIN(TestDemoTokenRestart)
#include "tst_demotokenrestart.moc"
