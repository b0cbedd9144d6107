#include "fakeportal.h"

#include "auth/tokenset.h"

#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace opc;
using State = AuthSession::State;
using Banner = AuthSession::Banner;

class TestAuthSession : public QObject
{
    Q_OBJECT

    struct Rig
    {
        test::FakePortal portal;
        QNetworkAccessManager nam;
        MemoryTokenStore store;
        std::unique_ptr<AuthSession> session;

        Rig() { reset(); }
        void reset()
        {
            session = std::make_unique<AuthSession>(&store, &nam);
            session->setSettings(portal.settings());
        }
        QString tokenKey() const
        {
            return TokenStore::tokenKey(portal.fake->portalHost(), u"demo0000000000000000000000000000"_s);
        }
        std::optional<TokenSet> stored() const { return TokenSet::fromJson(store.value(tokenKey())); }
    };

private slots:
    void signInStoresTokensUnderHostAndMember()
    {
        Rig rig;
        rig.session->storeClientSecret(test::kClientSecret);
        QVERIFY(test::signIn(rig.nam, *rig.session));
        QCOMPARE(rig.session->userId(), 1);
        QTRY_VERIFY(rig.store.contains(rig.tokenKey()));
        QCOMPARE(rig.stored()->accessToken, rig.session->accessToken());
        QCOMPARE(rig.store.value(TokenStore::clientSecretKey(rig.portal.fake->portalHost())),
                 test::kClientSecret.toUtf8());
        QCOMPARE(rig.session->banner(), Banner::None);
    }

    void restoreAfterRestart()
    {
        Rig rig;
        rig.session->storeClientSecret(test::kClientSecret);
        QVERIFY(test::signIn(rig.nam, *rig.session));
        const QString token = rig.session->accessToken();

        rig.reset(); // a new process: nothing in memory, the secret comes from the store too
        QSignalSpy restored(rig.session.get(), &AuthSession::restored);
        rig.session->restore();
        QVERIFY(restored.wait(2000));
        QVERIFY(rig.session->isSignedIn());
        QVERIFY(rig.session->hasClientSecret());
        QCOMPARE(rig.session->accessToken(), token);
    }

    void signsInAutomaticallyOnceWhenThePortalLoads()
    {
        Rig rig;
        rig.session->storeClientSecret(test::kClientSecret);
        QSignalSpy pages(rig.session.get(), &AuthSession::signInPageRequested);
        rig.session->restore();
        QTRY_COMPARE(rig.session->state(), State::SignedOut);
        QCOMPARE(pages.size(), 0); // not before the portal has loaded
        rig.session->portalLoaded();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().at(1).toBool(), false); // not interactive: no prompt if logged in
        QVERIFY(test::followAuthorize(rig.nam, *rig.session, pages.first().at(0).toUrl()));
        QTRY_VERIFY(rig.session->isSignedIn());
        rig.session->signOut();
        rig.session->portalLoaded();
        QCOMPARE(pages.size(), 1); // once per run, not after an explicit sign-out
    }

    void noAutomaticSignInWithoutSecret()
    {
        Rig rig;
        QSignalSpy pages(rig.session.get(), &AuthSession::signInPageRequested);
        QSignalSpy banners(rig.session.get(), &AuthSession::bannerChanged);
        rig.session->portalLoaded();
        QCOMPARE(pages.size(), 0);
        rig.session->signIn();
        QCOMPARE(pages.size(), 0);
        QCOMPARE(rig.session->banner(), Banner::NotSetUp);
        QCOMPARE(rig.session->bannerText(),
                 u"Sign-in is not completely set up on this computer (the "
                 "application's secret is missing) — ask your administrator."_s);
        QVERIFY(rig.session->bannerDetail().contains(u"client secret"_s));
        // The admin sets the secret: the banner goes by itself.
        rig.session->storeClientSecret(test::kClientSecret);
        QCOMPARE(rig.session->banner(), Banner::None);
    }

    // No OAuth application on this computer: one sentence for the operator, the technical list in
    // the detail; settings that arrive later (admin config, preferences) clear it without a restart.
    void notSetUpIsWordedForOperatorsAndGoesWhenSetUp()
    {
        Rig rig;
        rig.session->storeClientSecret(test::kClientSecret);
        OAuthSettings none;
        none.setPortalUrl(rig.portal.base);
        rig.session->setSettings(none);
        QVERIFY(!rig.session->isSetUp());
        rig.session->signIn();
        QCOMPARE(rig.session->state(), State::SignedOut);
        QCOMPARE(rig.session->banner(), Banner::NotSetUp);
        QCOMPARE(rig.session->bannerText(),
                 u"Sign-in is not set up on this computer — ask your administrator."_s);
        QVERIFY(rig.session->bannerDetail().contains(u"client ID"_s));
        rig.session->setSettings(rig.portal.settings());
        QVERIFY(rig.session->isSetUp());
        QCOMPARE(rig.session->banner(), Banner::None);
        QVERIFY(test::signIn(rig.nam, *rig.session));
    }

    // A wrong secret (or client id): the operator is sent to the administrator; no secret shows.
    void wrongApplicationIsForTheAdministrator()
    {
        Rig rig;
        rig.session->storeClientSecret(u"not-the-secret"_s);
        QVERIFY(!test::signIn(rig.nam, *rig.session));
        QCOMPARE(rig.session->banner(), Banner::SignInFailed);
        QVERIFY2(rig.session->bannerText().contains(u"ask your administrator to check them"_s),
                 qPrintable(rig.session->bannerText()));
        QVERIFY(!rig.session->bannerDetail().isEmpty());
        QVERIFY(!rig.session->bannerDetail().contains(u"not-the-secret"_s));
        QVERIFY(!rig.session->bannerText().contains(u"not-the-secret"_s));
    }

    // The sign-in server can't be reached: a network problem, in those words.
    void networkDownIsSaidPlainly()
    {
        Rig rig;
        OAuthSettings settings = rig.portal.settings();
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        settings.setOAuthServer(QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort())));
        closed.close();
        rig.session->setSettings(settings);
        rig.session->storeClientSecret(test::kClientSecret);
        QVERIFY(!test::signIn(rig.nam, *rig.session));
        QCOMPARE(rig.session->banner(), Banner::SignInFailed);
        QCOMPARE(rig.session->bannerText(),
                 u"The sign-in server can't be reached. Check the network "
                 "connection, then sign in again."_s);
    }

    void refreshRotatesAndStoresTheNewPairFirst()
    {
        Rig rig;
        rig.session->storeClientSecret(test::kClientSecret);
        QVERIFY(test::signIn(rig.nam, *rig.session));
        QTRY_VERIFY(rig.store.contains(rig.tokenKey()));
        const TokenSet before = *rig.stored();

        QSignalSpy done(rig.session.get(), &AuthSession::refreshFinished);
        // When refreshFinished(true) fires, the keychain already holds what the session uses.
        QString storedAtSignal;
        connect(rig.session.get(), &AuthSession::refreshFinished, this,
                [&] { storedAtSignal = rig.stored()->refreshToken; });
        rig.session->refreshTokens();
        rig.session->refreshTokens(); // single flight
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).toBool(), true);
        QCOMPARE(rig.portal.fake->tokenRequestCount(u"refresh_token"_s), 1);
        const TokenSet after = *rig.stored();
        QVERIFY(after.refreshToken != before.refreshToken);
        QCOMPARE(storedAtSignal, after.refreshToken);
        QCOMPARE(rig.session->accessToken(), after.accessToken);
    }

    void invalidGrantSignsOutAndForgets()
    {
        Rig rig;
        rig.session->storeClientSecret(test::kClientSecret);
        QVERIFY(test::signIn(rig.nam, *rig.session));
        QTRY_VERIFY(rig.store.contains(rig.tokenKey()));
        rig.portal.fake->revokeRefreshTokens();
        QSignalSpy done(rig.session.get(), &AuthSession::refreshFinished);
        rig.session->refreshTokens();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(rig.session->state(), State::SignedOut);
        QCOMPARE(rig.session->banner(), Banner::SignInAgain);
        QCOMPARE(rig.session->bannerText(), u"Your sign-in to the portal has ended. Sign in again."_s);
        QVERIFY(rig.session->accessToken().isEmpty());
        QTRY_VERIFY(!rig.store.contains(rig.tokenKey()));
        // No loop: nothing else is attempted by itself.
        QTest::qWait(50);
        QCOMPARE(rig.portal.fake->tokenRequestCount(u"refresh_token"_s), 1);
    }

    void signOutDeletesTheStoredTokens()
    {
        Rig rig;
        rig.session->storeClientSecret(test::kClientSecret);
        QVERIFY(test::signIn(rig.nam, *rig.session));
        QTRY_VERIFY(rig.store.contains(rig.tokenKey()));
        rig.session->signOut();
        QCOMPARE(rig.session->state(), State::SignedOut);
        QTRY_VERIFY(!rig.store.contains(rig.tokenKey()));
        QVERIFY(!rig.store.contains(TokenStore::accountKey(rig.portal.fake->portalHost())));
        QVERIFY(rig.store.contains(TokenStore::clientSecretKey(rig.portal.fake->portalHost())));
    }

    void unavailableStoreKeepsTokensInMemoryWithABanner()
    {
        Rig rig;
        rig.session->storeClientSecret(test::kClientSecret);
        rig.store.setUnavailable(true);
        QSignalSpy banners(rig.session.get(), &AuthSession::bannerChanged);
        QVERIFY(test::signIn(rig.nam, *rig.session));
        QVERIFY(rig.session->isMemoryOnly());
        QCOMPARE(rig.session->banner(), Banner::KeychainUnavailable);
        QVERIFY2(rig.session->bannerText().startsWith(u"The system keychain is locked or not available"_s),
                 qPrintable(rig.session->bannerText()));
        QVERIFY(!rig.session->bannerDetail().isEmpty());
        QVERIFY(!rig.store.contains(rig.tokenKey()));
        // Refresh still works, in memory.
        QSignalSpy done(rig.session.get(), &AuthSession::refreshFinished);
        rig.session->refreshTokens();
        QVERIFY(done.wait(5000));
        QVERIFY(done.first().at(0).toBool());
    }

    void staleCodeFailsClearly()
    {
        Rig rig;
        rig.session->storeClientSecret(test::kClientSecret);
        rig.portal.fake->setCodeLifetime(-1);
        QVERIFY(!test::signIn(rig.nam, *rig.session));
        QCOMPARE(rig.session->state(), State::SignedOut);
        QCOMPARE(rig.session->banner(), Banner::SignInFailed);
    }
};

QTEST_GUILESS_MAIN(TestAuthSession)
#include "tst_authsession.moc"
