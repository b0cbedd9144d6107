#include "fakeportal.h"

#include "auth/oauthclient.h"

using namespace Qt::StringLiterals;
using namespace opc;
using Kind = OAuthClient::Error::Kind;

class TestOAuthClient : public QObject
{
    Q_OBJECT

    static OAuthClient::Result exchange(OAuthClient &client, const QString &code)
    {
        std::optional<OAuthClient::Result> result;
        QObject context;
        client.exchangeCode(code, &context, [&](const OAuthClient::Result &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 10000);
        return result.value_or(OAuthClient::Result{{}, {Kind::Network, u"test"_s, u"no answer"_s}});
    }
    static QString freshCode(test::FakePortal &portal, QNetworkAccessManager &nam)
    {
        QNetworkRequest request(QUrl(portal.base.toString() + u"/oauth/authorize/?client_id="_s +
                                     test::kClientId + u"&state=s"_s));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return QUrlQuery(reply->header(QNetworkRequest::LocationHeader).toUrl()).queryItemValue(u"code"_s);
    }

private slots:
    void exchangesACodeAndRefreshes()
    {
        test::FakePortal portal;
        QNetworkAccessManager nam;
        OAuthClient client(&nam);
        client.setSettings(portal.settings());
        client.setClientSecret(test::kClientSecret);
        const auto r = exchange(client, freshCode(portal, nam));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.tokens.memberId, u"demo0000000000000000000000000000"_s);
        QCOMPARE(r.tokens.userId, 1);
        QCOMPARE(r.tokens.clientEndpoint, QUrl(portal.base.toString() + u"/rest/"_s));

        std::optional<OAuthClient::Result> refreshed;
        client.refresh(r.tokens.refreshToken, this, [&](const auto &x) { refreshed = x; });
        QTRY_VERIFY(refreshed.has_value());
        QVERIFY(refreshed->ok());
        QVERIFY(refreshed->tokens.refreshToken != r.tokens.refreshToken);

        // The old refresh token was rotated away.
        refreshed.reset();
        client.refresh(r.tokens.refreshToken, this, [&](const auto &x) { refreshed = x; });
        QTRY_VERIFY(refreshed.has_value());
        QCOMPARE(refreshed->error.kind, Kind::InvalidGrant);
    }

    void aCodeWorksOnceAndNotWhenStale()
    {
        test::FakePortal portal;
        QNetworkAccessManager nam;
        OAuthClient client(&nam);
        client.setSettings(portal.settings());
        client.setClientSecret(test::kClientSecret);
        const QString code = freshCode(portal, nam);
        QVERIFY(exchange(client, code).ok());
        QCOMPARE(exchange(client, code).error.kind, Kind::InvalidGrant);
        portal.fake->setCodeLifetime(-1); // every code is already older than its lifetime
        QCOMPARE(exchange(client, freshCode(portal, nam)).error.kind, Kind::InvalidGrant);
    }

    void wrongSecretIsInvalidClient()
    {
        test::FakePortal portal;
        QNetworkAccessManager nam;
        OAuthClient client(&nam);
        client.setSettings(portal.settings());
        client.setClientSecret(u"wrong"_s);
        const auto r = exchange(client, freshCode(portal, nam));
        QCOMPARE(r.error.kind, Kind::InvalidClient);
        QCOMPARE(r.error.code, u"invalid_client"_s);
    }

    void brokenAnswersAreClearErrors_data()
    {
        QTest::addColumn<test::FaultyBitrixServer::Failure>("failure");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("html") << test::FaultyBitrixServer::Failure::HtmlError << Kind::BadResponse;
        QTest::newRow("malformed") << test::FaultyBitrixServer::Failure::MalformedJson << Kind::BadResponse;
        QTest::newRow("stall") << test::FaultyBitrixServer::Failure::Stall << Kind::Timeout;
    }
    void brokenAnswersAreClearErrors()
    {
        QFETCH(test::FaultyBitrixServer::Failure, failure);
        QFETCH(Kind, kind);
        test::FakePortal portal;
        QNetworkAccessManager nam;
        OAuthClient client(&nam);
        client.setSettings(portal.settings());
        client.setClientSecret(test::kClientSecret);
        client.setTimeout(300);
        portal.fake->setTokenFailure(failure);
        const auto r = exchange(client, u"whatever"_s);
        QCOMPARE(r.error.kind, kind);
        QVERIFY(!r.error.message.isEmpty());
    }

    void unreachableServerIsANetworkError()
    {
        QNetworkAccessManager nam;
        OAuthClient client(&nam);
        OAuthSettings s;
        s.setPortalUrl(QUrl(u"http://127.0.0.1:1"_s));
        s.setOAuthServer(QUrl(u"http://127.0.0.1:1"_s));
        client.setSettings(s);
        QCOMPARE(exchange(client, u"x"_s).error.kind, Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestOAuthClient)
#include "tst_oauthclient.moc"
