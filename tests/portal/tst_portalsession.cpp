#include "bridge/portalprofile.h"
#include "bridge/portalwebpage.h"
#include "config/consolesettings.h"
#include "messagecapture.h"
#include "portal/externalopener.h"
#include "portal/portalpreferences.h"
#include "portal/portalsession.h"
#include "webtestutil.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <memory>

using namespace opc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(opc::PortalSession::Target)

// One portal's session on real settings files and real browser profiles in temporary folders:
// where its profile lives, which handler origin and OAuth settings it uses, what it does when the
// settings change, and the profile an older version left behind.
class TestPortalSession : public QObject
{
    Q_OBJECT

    QHttpServer m_server;
    QString m_origin; // the loopback "portal" that logs a browser in
    // Chromium may still write a profile's files just after the profile is gone, so one folder for
    // the whole run, removed at its end, holds every test's data folder.
    QTemporaryDir m_root;
    int m_dataDirs = 0;

    struct DataDir
    {
        QString root;
        QString path() const { return root; }
        QString filePath(const QString &name) const { return QDir(root).filePath(name); }
    };
    DataDir newDataDir()
    {
        const QString path = m_root.filePath(QString::number(++m_dataDirs));
        QDir().mkpath(path);
        return {path};
    }

    static PortalSession::Target portal(const QString &url) { return {QUrl(url), false, {}, {}}; }
    static PortalSession::Target demo(const QString &url)
    {
        OAuthSettings builtIn;
        builtIn.setClientId(u"demo.app"_s);
        builtIn.setOAuthServer(QUrl(u"http://127.0.0.1:1/"_s));
        builtIn.setRedirectUri(QUrl(u"http://127.0.0.1:1/done"_s));
        return {QUrl(url), true, builtIn, u"demo-not-a-secret"_s};
    }
    static QString storagePath(const PortalSession &session)
    {
        return QDir::cleanPath(session.profile()->persistentStoragePath());
    }
    static void makeLegacyProfile(const QString &dataDir)
    {
        QVERIFY(QDir().mkpath(dataDir + u"/web/storage"_s));
        QFile marker(dataDir + u"/web/storage/marker"_s);
        QVERIFY(marker.open(QIODevice::WriteOnly));
    }
    static bool fileContains(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(text);
    }
    // The Cookie header a page of the loopback portal is requested with, in `profile`.
    QString cookieSent(QWebEngineProfile *profile) const
    {
        QWebEnginePage page(profile);
        if (!test::loadAndWait(&page, QUrl(m_origin + u"/whoami"_s)))
            return u"<not loaded>"_s;
        return test::runJs(&page, u"document.body.textContent"_s).toString();
    }

private slots:
    void initTestCase()
    {
        m_origin = test::listenLoopback(m_server, u"127.0.0.1"_s);
        QVERIFY(!m_origin.isEmpty());
        // A session cookie, as a portal sets it at login.
        m_server.route(u"/login"_s, [](const QHttpServerRequest &) {
            QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"),
                                         QByteArrayLiteral("<!doctype html><title>login</title>"));
            response.setHeader("Set-Cookie", "PHPSESSID=0ld-l0g1n; Path=/; HttpOnly");
            return response;
        });
        m_server.route(u"/whoami"_s, [](const QHttpServerRequest &request) {
            return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                                       QByteArray("cookie: ") + request.value("Cookie"));
        });
    }

    void profileKey_data()
    {
        QTest::addColumn<PortalSession::Target>("target");
        QTest::addColumn<QString>("key");
        // The demo's ports change between runs; its login must not.
        QTest::newRow("demo") << demo(u"http://127.0.0.1:45123/"_s) << u"demo"_s;
        QTest::newRow("cloud, page kept out")
            << portal(u"https://Acme.Bitrix24.com/crm/deal/?id=5"_s) << u"acme.bitrix24.com"_s;
        QTest::newRow("port") << portal(u"https://portal.example.com:8443/"_s)
                              << u"portal.example.com_8443"_s;
        QTest::newRow("default port")
            << portal(u"https://portal.example.com:443/"_s) << u"portal.example.com"_s;
        QTest::newRow("http") << portal(u"http://intranet.example.com/"_s) << u"http-intranet.example.com"_s;
        QTest::newRow("http with port") << portal(u"http://127.0.0.1:8080/"_s) << u"http-127.0.0.1_8080"_s;
        QTest::newRow("ipv6") << portal(u"https://[::1]:8443/"_s) << u"__1_8443"_s;
    }
    void profileKey()
    {
        QFETCH(PortalSession::Target, target);
        QFETCH(QString, key);
        QCOMPARE(PortalSession::profileKey(target), key);
    }

    // Each session's profile lives in <dataDir>/web/<key>/, so two portals never share a login.
    void profileLivesUnderItsKey()
    {
        const DataDir dataDir = newDataDir();
        ConsoleSettings settings(dataDir.path());
        PortalSession acme(portal(u"https://acme.bitrix24.com/crm/"_s), &settings, dataDir.path());
        PortalSession other(portal(u"http://127.0.0.1:8080/"_s), &settings, dataDir.path());
        PortalSession local(demo(u"http://127.0.0.1:45123/"_s), &settings, dataDir.path());
        const QDir web(dataDir.filePath(u"web"_s));
        for (const auto &[session, key] :
             {std::pair{&acme, u"acme.bitrix24.com"_s}, std::pair{&other, u"http-127.0.0.1_8080"_s},
              std::pair{&local, u"demo"_s}}) {
            QVERIFY(web.exists(key));
            QVERIFY2(storagePath(*session).startsWith(web.filePath(key) + u'/'),
                     qPrintable(storagePath(*session)));
            QVERIFY(!session->profile()->isOffTheRecord());
            QCOMPARE(session->profile()->parent(), static_cast<QObject *>(session));
        }
        QVERIFY(acme.profile()->storageName() != other.profile()->storageName());
    }

    void handlerOverrideBeatsTheSetting()
    {
        const DataDir dataDir = newDataDir();
        ConsoleSettings settings(dataDir.path());
        settings.setHandlerOrigin(u"https://stored.example.com"_s);
        const QString dir = dataDir.path();
        QCOMPARE(PortalSession(portal(u"https://acme.bitrix24.com/"_s), &settings, dir).handlerOrigin(),
                 u"https://stored.example.com"_s);
        QCOMPARE(PortalSession(portal(u"https://acme.bitrix24.com/"_s), &settings, dir,
                               u"https://override.example.com"_s)
                     .handlerOrigin(),
                 u"https://override.example.com"_s);
        // The stored choice is the configured portal's; the demo brings its own app.
        QVERIFY(PortalSession(demo(u"http://127.0.0.1:45123/"_s), &settings, dir).handlerOrigin().isEmpty());
        QCOMPARE(PortalSession(demo(u"http://127.0.0.1:45123/"_s), &settings, dir, u"http://127.0.0.2:9"_s)
                     .handlerOrigin(),
                 u"http://127.0.0.2:9"_s);
    }

    void followsTheSettingsItDependsOn()
    {
        const DataDir dataDir = newDataDir();
        ConsoleSettings settings(dataDir.path());
        PortalSession session(portal(u"https://acme.bitrix24.com/"_s), &settings, dataDir.path());
        QSignalSpy setup(&session, &PortalSession::pageSetupChanged);
        QSignalSpy oauth(&session, &PortalSession::oauthSettingsChanged);

        settings.setHandlerOrigin(u"https://telephony.example.com"_s);
        QCOMPARE(setup.size(), 1);
        QCOMPARE(session.handlerOrigin(), u"https://telephony.example.com"_s);
        OAuthSettings app;
        app.setPortalUrl(QUrl(u"https://acme.bitrix24.com"_s));
        app.setClientId(u"local.1234.5678"_s);
        settings.setOAuthSettings(app);
        QCOMPARE(oauth.size(), 1);

        // Keys the session does not depend on, and values that did not change, say nothing.
        settings.setRetentionDays(30);
        settings.setNotifyTransfers(false);
        settings.setPortalUrl(QUrl(u"https://other.bitrix24.com/"_s));
        settings.setWindowGeometry("geometry");
        settings.setWindowState("state");
        settings.setDemoPorts(40001, 40002);
        settings.setHandlerOrigin(u"https://telephony.example.com"_s);
        settings.setOAuthSettings(app);
        QCOMPARE(setup.size(), 1);
        QCOMPARE(oauth.size(), 1);
    }

    // The page has the handler origin preparePage() installed; only a difference from that needs a
    // new page setup.
    void pageSetupComparesWithWhatThePageHas()
    {
        const DataDir dataDir = newDataDir();
        ConsoleSettings settings(dataDir.path());
        PortalSession session(portal(u"https://acme.bitrix24.com/"_s), &settings, dataDir.path());
        QSignalSpy setup(&session, &PortalSession::pageSetupChanged);
        settings.setHandlerOrigin(u"https://one.example.com"_s);
        QCOMPARE(setup.size(), 1);
        settings.setHandlerOrigin(QString()); // back to what the page still has
        QCOMPARE(setup.size(), 1);

        settings.setHandlerOrigin(u"https://one.example.com"_s);
        QCOMPARE(setup.size(), 2);
        {
            PortalWebPage page(session.profile());
            session.preparePage(&page); // the view reloads: the page now has one.example.com
            QCOMPARE(page.portalUrl(), QUrl(u"https://acme.bitrix24.com/"_s));
        }
        settings.setHandlerOrigin(QString());
        QCOMPARE(setup.size(), 3);
    }

    void overrideAndDemoIgnoreSettingChanges()
    {
        const DataDir dataDir = newDataDir();
        ConsoleSettings settings(dataDir.path());
        PortalSession overridden(portal(u"https://acme.bitrix24.com/"_s), &settings, dataDir.path(),
                                 u"https://override.example.com"_s);
        PortalSession local(demo(u"http://127.0.0.1:45123/"_s), &settings, dataDir.path());
        QSignalSpy overriddenSetup(&overridden, &PortalSession::pageSetupChanged);
        QSignalSpy localSetup(&local, &PortalSession::pageSetupChanged);
        QSignalSpy localOAuth(&local, &PortalSession::oauthSettingsChanged);
        QSignalSpy overriddenOAuth(&overridden, &PortalSession::oauthSettingsChanged);

        settings.setHandlerOrigin(u"https://telephony.example.com"_s);
        OAuthSettings app;
        app.setClientId(u"local.1234.5678"_s);
        settings.setOAuthSettings(app);
        QCOMPARE(overriddenSetup.size(), 0);
        QCOMPARE(overridden.handlerOrigin(), u"https://override.example.com"_s);
        QCOMPARE(overriddenOAuth.size(), 1); // the override is only about the handler
        QCOMPARE(localSetup.size(), 0);
        QCOMPARE(localOAuth.size(), 0);
        QVERIFY(local.handlerOrigin().isEmpty());
        QCOMPARE(local.oauthSettings().clientId(), u"demo.app"_s);
    }

    // Sign-in is per portal, not per page: the settings carry the portal's origin.
    void oauthSettingsAreKeyedByOrigin()
    {
        const DataDir dataDir = newDataDir();
        ConsoleSettings settings(dataDir.path());
        OAuthSettings app;
        app.setPortalUrl(QUrl(u"https://acme.bitrix24.com/"_s));
        app.setClientId(u"local.1234.5678"_s);
        app.setRedirectUri(QUrl(u"https://console.example.com/oauth/done"_s));
        settings.setOAuthSettings(app);

        PortalSession session(portal(u"https://acme.bitrix24.com/crm/deal/?id=5"_s), &settings,
                              dataDir.path());
        OAuthSettings used = session.oauthSettings();
        QCOMPARE(used.portalUrl(), QUrl(u"https://acme.bitrix24.com"_s));
        QCOMPARE(used.clientId(), u"local.1234.5678"_s);
        QCOMPARE(used.redirectUri(), QUrl(u"https://console.example.com/oauth/done"_s));
        QVERIFY(session.builtInClientSecret().isEmpty()); // a real portal's secret is in the keychain
        session.setUrl(QUrl(u"https://acme.bitrix24.com/stream/"_s));
        QCOMPARE(session.oauthSettings().portalUrl(), QUrl(u"https://acme.bitrix24.com"_s));

        // The demo is provisioned like a real desktop: its own application, on its own origin.
        PortalSession local(demo(u"http://127.0.0.1:45123/start?x=1"_s), &settings, dataDir.path());
        used = local.oauthSettings();
        QCOMPARE(used.portalUrl(), QUrl(u"http://127.0.0.1:45123"_s));
        QCOMPARE(used.clientId(), u"demo.app"_s);
        QCOMPARE(local.builtInClientSecret(), u"demo-not-a-secret"_s);
    }

    void setUrlTakesOnlyPagesOfThisPortal_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("taken");
        QTest::newRow("another page") << u"https://acme.bitrix24.com/crm/deal/?id=5#top"_s << true;
        QTest::newRow("host case") << u"https://ACME.bitrix24.com/stream/"_s << true;
        QTest::newRow("default port") << u"https://acme.bitrix24.com:443/stream/"_s << true;
        QTest::newRow("another host") << u"https://evil.bitrix24.com/"_s << false;
        QTest::newRow("http") << u"http://acme.bitrix24.com/"_s << false;
        QTest::newRow("another port") << u"https://acme.bitrix24.com:8443/"_s << false;
        QTest::newRow("not web") << u"file:///etc/passwd"_s << false;
    }
    void setUrlTakesOnlyPagesOfThisPortal()
    {
        QFETCH(QString, url);
        QFETCH(bool, taken);
        const DataDir dataDir = newDataDir();
        ConsoleSettings settings(dataDir.path());
        const QUrl start(u"https://acme.bitrix24.com/"_s);
        PortalSession session(portal(start.toString()), &settings, dataDir.path());
        QSignalSpy changed(&session, &PortalSession::urlChanged);
        if (!taken)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not a page of this portal"_s));
        session.setUrl(QUrl(url));
        QCOMPARE(session.url(), taken ? QUrl(url) : start);
        QCOMPARE(changed.size(), taken ? 1 : 0);
        QCOMPARE(session.origin().toString(), u"https://acme.bitrix24.com"_s);
    }

    void portalLoadedOnlyOnThePortal_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("loaded");
        QTest::newRow("the portal") << u"https://acme.bitrix24.com/stream/"_s << true << true;
        QTest::newRow("failed load") << u"https://acme.bitrix24.com/stream/"_s << false << false;
        QTest::newRow("sign-in host") << u"https://oauth.bitrix.info/oauth/authorize/"_s << true << false;
        QTest::newRow("another portal") << u"https://other.bitrix24.com/"_s << true << false;
        QTest::newRow("another port") << u"https://acme.bitrix24.com:8443/"_s << true << false;
        QTest::newRow("error page") << u"chrome-error://chromewebdata/"_s << true << false;
    }
    void portalLoadedOnlyOnThePortal()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(bool, loaded);
        const DataDir dataDir = newDataDir();
        ConsoleSettings settings(dataDir.path());
        PortalSession session(portal(u"https://acme.bitrix24.com/"_s), &settings, dataDir.path());
        QSignalSpy spy(&session, &PortalSession::portalLoaded);
        session.notifyPageLoaded(QUrl(url), ok);
        QCOMPARE(spy.size(), loaded ? 1 : 0);
    }

    // An older version kept the configured portal's login in <dataDir>/web/storage. The first
    // session for that portal takes it over, once; the login still works afterwards.
    void configuredPortalAdoptsTheOldProfile()
    {
        const DataDir dataDir = newDataDir();
        {
            // The old layout: the profile without a key.
            std::unique_ptr<QWebEngineProfile> old(PortalProfile::create(dataDir.path(), nullptr));
            {
                QWebEnginePage page(old.get());
                QVERIFY(test::loadAndWait(&page, QUrl(m_origin + u"/login"_s)));
            }
            QCOMPARE(cookieSent(old.get()), u"cookie: PHPSESSID=0ld-l0g1n"_s);
        }
        // Chromium writes the cookie database after the profile is gone.
        QTRY_VERIFY_WITH_TIMEOUT(fileContains(dataDir.filePath(u"web/storage/Cookies"_s), "PHPSESSID"),
                                 20000);

        ConsoleSettings settings(dataDir.path());
        settings.setPortalUrl(QUrl(m_origin + u"/stream/"_s));
        const QString key = PortalSession::profileKey(portal(m_origin));
        const QDir web(dataDir.filePath(u"web"_s));
        test::MessageCapture log;
        {
            PortalSession session(portal(m_origin + u"/crm/"_s), &settings, dataDir.path());
            QVERIFY(!web.exists(u"storage"_s));
            QVERIFY(fileContains(web.filePath(key + u"/storage/Cookies"_s), "PHPSESSID"));
            QCOMPARE(log.count(u"moved the browser profile of an older version"_s), 1);
            QVERIFY(storagePath(session).startsWith(web.filePath(key) + u'/'));
            QTRY_COMPARE_WITH_TIMEOUT(cookieSent(session.profile()), u"cookie: PHPSESSID=0ld-l0g1n"_s, 20000);
        }

        // Once: an old-looking folder that turns up later is not taken over again.
        makeLegacyProfile(dataDir.path());
        PortalSession again(portal(m_origin + u"/crm/"_s), &settings, dataDir.path());
        QVERIFY(web.exists(u"storage/marker"_s));
        QVERIFY(!web.exists(key + u"/storage/marker"_s));
        QCOMPARE(log.count(u"moved the browser profile of an older version"_s), 1);
    }

    void otherSessionsLeaveTheOldProfile_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<PortalSession::Target>("target");
        QTest::newRow("another portal configured")
            << u"https://acme.bitrix24.com/"_s << portal(u"https://other.bitrix24.com/"_s);
        QTest::newRow("nothing configured") << QString() << portal(u"https://acme.bitrix24.com/"_s);
        QTest::newRow("same host, http")
            << u"https://acme.example.com/"_s << portal(u"http://acme.example.com/"_s);
        QTest::newRow("demo") << u"http://127.0.0.1:45123/"_s << demo(u"http://127.0.0.1:45123/"_s);
    }
    void otherSessionsLeaveTheOldProfile()
    {
        QFETCH(QString, configured);
        QFETCH(PortalSession::Target, target);
        const DataDir dataDir = newDataDir();
        makeLegacyProfile(dataDir.path());
        ConsoleSettings settings(dataDir.path());
        settings.setPortalUrl(QUrl(configured));
        PortalSession session(target, &settings, dataDir.path());
        const QDir web(dataDir.filePath(u"web"_s));
        QVERIFY(web.exists(u"storage/marker"_s));
        QVERIFY(!web.exists(PortalSession::profileKey(target) + u"/storage/marker"_s));
    }

    // A portal that already has its own folder keeps it; the old one is left alone.
    void anExistingProfileIsKept()
    {
        const DataDir dataDir = newDataDir();
        makeLegacyProfile(dataDir.path());
        const auto target = portal(u"https://acme.bitrix24.com/"_s);
        const QString key = PortalSession::profileKey(target);
        QVERIFY(QDir().mkpath(dataDir.filePath(u"web/"_s + key)));
        ConsoleSettings settings(dataDir.path());
        settings.setPortalUrl(target.url);
        PortalSession session(target, &settings, dataDir.path());
        const QDir web(dataDir.filePath(u"web"_s));
        QVERIFY(web.exists(u"storage/marker"_s));
        QVERIFY(!web.exists(key + u"/storage/marker"_s));
    }

    // The portal's web notifications (allowed for it) come out of the session for the tray.
    void portalNotificationsComeOut()
    {
        const DataDir dataDir = newDataDir();
        ConsoleSettings settings(dataDir.path());
        PortalSession session(portal(m_origin + u"/login"_s), &settings, dataDir.path());
        session.preferences()->remember(PortalPreferences::Permission::Notifications,
                                        PortalPreferences::Decision::Allow);
        QSignalSpy notified(&session, &PortalSession::webNotification);
        {
            PortalWebPage page(session.profile());
            session.preparePage(&page);
            QVERIFY(test::loadAndWait(&page, QUrl(m_origin + u"/login"_s)));
            test::runJs(&page,
                        u"Notification.requestPermission().then(p => { if (p === 'granted')"
                        u" new Notification('Missed call', {body: '+7 900 123-45-67'}) })"_s);
            QVERIFY(notified.wait(10000));
        }
        QCOMPARE(notified.at(0).at(0).toString(), u"Missed call"_s);
        QCOMPARE(notified.at(0).at(1).toString(), u"+7 900 123-45-67"_s);
    }

    // Links that leave the console go through the session's bounded opener.
    void externalLinksGoThroughTheBoundedOpener()
    {
        const DataDir dataDir = newDataDir();
        ConsoleSettings settings(dataDir.path());
        PortalSession session(portal(m_origin + u"/login"_s), &settings, dataDir.path());
        QList<QUrl> launched;
        session.externalOpener()->setOpener([&launched](const QUrl &url) {
            launched.append(url);
            return true;
        });
        session.externalOpener()->setClock([] { return 0; });
        PortalWebPage page(session.profile());
        session.preparePage(&page);
        session.preparePage(&page); // prepared again (a new handler origin): still one opener call per link
        QVERIFY(test::loadAndWait(&page, QUrl(m_origin + u"/login"_s)));
        test::runJs(&page, u"for (let i = 0; i < 10; ++i) window.open('http://127.0.0.2:1/x' + i)"_s);
        QTRY_COMPARE(session.externalOpener()->refusedCount(), 7);
        QCOMPARE(launched.size(), 3);
        QCOMPARE(launched.constFirst(), QUrl(u"http://127.0.0.2:1/x0"_s));
    }
};

QTEST_MAIN(TestPortalSession)
#include "tst_portalsession.moc"
