#include "fakeportal.h"

#include "auth/restclient.h"
#include "auth/userdirectory.h"
#include "auth/userinfo.h"
#include "demo/demooauthservice.h"
#include "demo/demoportalserver.h"

#include <QJsonArray>
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
};

// One request on the wire, the way the console's QNetworkAccessManager sends it; no redirects.
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

QUrl at(const DemoPortalServer &portal, const QString &path)
{
    QUrl url = portal.portalUrl();
    url.setPath(path);
    return url;
}

} // namespace

class TestDemoOAuthService : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoPortalServer> m_portal;
    std::unique_ptr<DemoOAuthService> m_oauth;
    test::FaultyBitrixServer *m_server = nullptr; // m_oauth's, observed
    QNetworkAccessManager m_nam;

    // authorize -> code -> tokens, by hand.
    QJsonObject tokens()
    {
        const Answer auth = send(m_nam, at(*m_portal, u"/oauth/authorize/"_s),
                                 QUrlQuery{{u"client_id"_s, m_oauth->settings().clientId()}});
        const QString code = QUrlQuery(auth.location).queryItemValue(u"code"_s);
        return send(m_nam, at(*m_portal, u"/oauth/token/"_s),
                    QUrlQuery{{u"grant_type"_s, u"authorization_code"_s},
                              {u"client_id"_s, m_oauth->settings().clientId()},
                              {u"client_secret"_s, DemoOAuthService::clientSecret()},
                              {u"code"_s, code}})
            .body;
    }

    Answer rest(const QString &method, QUrlQuery params, const QString &auth)
    {
        params.addQueryItem(u"auth"_s, auth);
        return send(m_nam, at(*m_portal, u"/rest/"_s + method), params);
    }

private slots:
    void init()
    {
        m_portal = std::make_unique<DemoPortalServer>();
        QString error;
        QVERIFY2(m_portal->start(&error), qPrintable(error));
        auto server =
            std::make_unique<test::FaultyBitrixServer>(m_portal->portalHttpServer(), m_portal->portalUrl());
        m_server = server.get();
        m_oauth = std::make_unique<DemoOAuthService>(m_portal.get(), std::move(server));
    }

    void cleanup()
    {
        m_server = nullptr;
        m_oauth.reset();
        m_portal.reset();
    }

    void employeesAreThePagesList()
    {
        const QList<DemoEmployee> list = DemoOAuthService::portalEmployees();
        QList<int> ids;
        for (const DemoEmployee &e : list)
            ids << e.id;
        QCOMPARE(ids, (QList<int>{12, 14, 15, 17, 21, 23, 27, 31, 34, 38, 42, 45}));
        QCOMPARE(list.at(0).name, u"Анна"_s);
        QCOMPARE(list.at(0).position, u"Руководитель отдела продаж"_s);
        QCOMPARE(list.at(5).personalPhone, u"+39 06 5555 0123"_s); // Marco Rossi
        QCOMPARE(list.at(8).innerPhone, QString()); // Lukas Novák has no extension
    }

    void authorizeRedirectsWithoutALoginPage()
    {
        const OAuthSettings s = m_oauth->settings();
        QVERIFY(s.isComplete());
        QCOMPARE(s.portalUrl(), QUrl(m_portal->portalOrigin())); // sign-in is keyed by the origin
        const Answer a = send(m_nam, at(*m_portal, u"/oauth/authorize/"_s),
                              QUrlQuery{{u"client_id"_s, s.clientId()}, {u"state"_s, u"st-42"_s}});
        QCOMPARE(a.status, 302);
        QCOMPARE(a.location.adjusted(QUrl::RemoveQuery), s.redirectUri());
        const QUrlQuery q(a.location);
        QVERIFY(!q.queryItemValue(u"code"_s).isEmpty());
        QCOMPARE(q.queryItemValue(u"state"_s), u"st-42"_s);
        QCOMPARE(q.queryItemValue(u"domain"_s), m_portal->portalHost());
        QCOMPARE(q.queryItemValue(u"member_id"_s), m_portal->options().memberId);
    }

    void tokenAndRotatingRefresh()
    {
        QCOMPARE(m_oauth->accessTokenLifetime(), DemoOAuthService::kDefaultAccessTokenLifetime);
        const QJsonObject first = tokens();
        QVERIFY(!first.value(u"access_token"_s).toString().isEmpty());
        QCOMPARE(first.value(u"expires_in"_s).toInt(), 120);
        QCOMPARE(first.value(u"member_id"_s).toString(), m_portal->options().memberId);
        QCOMPARE(first.value(u"user_id"_s).toInt(), 1);

        const QUrlQuery refresh{{u"grant_type"_s, u"refresh_token"_s},
                                {u"client_id"_s, m_oauth->settings().clientId()},
                                {u"client_secret"_s, DemoOAuthService::clientSecret()},
                                {u"refresh_token"_s, first.value(u"refresh_token"_s).toString()}};
        const Answer second = send(m_nam, at(*m_portal, u"/oauth/token/"_s), refresh);
        QCOMPARE(second.status, 200);
        QVERIFY(second.body.value(u"refresh_token"_s) != first.value(u"refresh_token"_s));
        QVERIFY(second.body.value(u"access_token"_s) != first.value(u"access_token"_s));
        const Answer reused = send(m_nam, at(*m_portal, u"/oauth/token/"_s), refresh);
        QCOMPARE(reused.status, 400);
        QCOMPARE(reused.body.value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void restSpeaksForThePagesCompany()
    {
        const QString auth = tokens().value(u"access_token"_s).toString();
        const Answer anna = rest(u"user.get"_s, QUrlQuery{{u"FILTER[ID]"_s, u"12"_s}}, auth);
        QCOMPARE(anna.status, 200);
        const QJsonObject record = anna.body.value(u"result"_s).toArray().at(0).toObject();
        QCOMPARE(record.value(u"NAME"_s).toString(), u"Анна"_s);
        QCOMPARE(record.value(u"LAST_NAME"_s).toString(), u"Смирнова"_s);
        QCOMPARE(record.value(u"WORK_POSITION"_s).toString(), u"Руководитель отдела продаж"_s);
        QCOMPARE(record.value(u"UF_PHONE_INNER"_s).toString(), u"112"_s);

        const Answer everyone = rest(u"user.get"_s, {}, auth);
        QCOMPARE(everyone.body.value(u"total"_s).toInt(), 12);

        const Answer me = rest(u"user.current"_s, {}, auth);
        QCOMPARE(me.status, 200);
        const QJsonObject op = me.body.value(u"result"_s).toObject();
        QCOMPARE(op.value(u"ID"_s).toString(), u"1"_s);
        QCOMPARE(op.value(u"NAME"_s).toString() + u' ' + op.value(u"LAST_NAME"_s).toString(),
                 u"Operator Demo"_s);

        const Answer batch =
            rest(u"batch"_s, QUrlQuery{{u"cmd[a]"_s, u"user.get?ID=45"_s}, {u"cmd[me]"_s, u"user.current"_s}},
                 auth);
        QCOMPARE(batch.status, 200);
        const QJsonObject results = batch.body.value(u"result"_s).toObject().value(u"result"_s).toObject();
        QCOMPARE(results.value(u"a"_s).toArray().at(0).toObject().value(u"WORK_PHONE"_s).toString(),
                 u"+34 91 555 0145"_s);
        QCOMPARE(results.value(u"me"_s).toObject().value(u"ID"_s).toString(), u"1"_s);

        for (const QString &photo : {u"/upload/demo/12.png"_s, u"/upload/demo/1-small.png"_s})
            QCOMPARE(send(m_nam, at(*m_portal, photo)).status, 200);
    }

    void accessTokenExpiresAfterItsLifetime()
    {
        m_oauth->setAccessTokenLifetime(0);
        const Answer a = rest(u"user.current"_s, {}, tokens().value(u"access_token"_s).toString());
        QCOMPARE(a.status, 401);
        QCOMPARE(a.body.value(u"error"_s).toString(), u"expired_token"_s);
    }

    void consoleSignsInByItselfAndRefreshes()
    {
        MemoryTokenStore store;
        AuthSession session(&store, &m_nam);
        m_oauth->configure(&session);
        QVERIFY(session.hasClientSecret());
        // The portal page loaded: a silent sign-in, and the authorize page answers with the redirect.
        QSignalSpy page(&session, &AuthSession::signInPageRequested);
        session.portalLoaded();
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().at(1).toBool(), false);
        QVERIFY(test::followAuthorize(m_nam, session, page.first().at(0).toUrl()));
        QVERIFY(QTest::qWaitFor([&] { return session.isSignedIn(); }, 5000));
        QCOMPARE(m_server->authorizePageLoads(), 1);
        QCOMPARE(session.memberId(), m_portal->options().memberId);

        RestClient rest(&session, &m_nam);
        UserDirectory names(&rest, QString());
        QSignalSpy resolved(&names, &UserDirectory::userResolved);
        m_server->expireAccessTokens(); // 401 expired_token -> refresh, offline
        names.resolve(12);
        QVERIFY(resolved.wait(10000));
        const UserInfo anna = resolved.first().at(0).value<UserInfo>();
        QCOMPARE(anna.displayName(), u"Анна Смирнова"_s);
        QVERIFY2(anna.summary().startsWith(u"Анна Смирнова, Руководитель отдела продаж"_s),
                 qPrintable(anna.summary()));
        QCOMPARE(m_server->tokenRequestCount(u"refresh_token"_s), 1);

        // The demo portal's own page is still served next to the OAuth routes.
        QCOMPARE(send(m_nam, m_portal->portalUrl()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestDemoOAuthService)
#include "tst_demooauthservice.moc"
