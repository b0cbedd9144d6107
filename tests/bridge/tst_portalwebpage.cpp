#include "bridge/portalwebpage.h"
#include "messagecapture.h"
#include "webtestutil.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineProfile>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

#include <memory>
#include <vector>

using namespace opc;
using namespace Qt::StringLiterals;

// PortalWebPage as the operator uses it: a real page in a real (offscreen) view, links clicked with
// the mouse. The portal is 127.0.0.1, another site is 127.0.0.2, and sign-in pages live on a
// subdomain of "localhost" (Chromium resolves *.localhost to the loopback interface).
class TestPortalWebPage : public QObject
{
    Q_OBJECT

    QHttpServer m_portalServer;
    QHttpServer m_otherServer;
    QString m_portalOrigin;
    QString m_otherOrigin;
    QString m_signInOrigin;
    QHash<QString, int> m_hits; // "origin/path" -> requests served
    std::unique_ptr<QWebEngineProfile> m_profile;

    struct Fixture
    {
        std::unique_ptr<QWebEngineView> view;
        PortalWebPage *page = nullptr; // owned by the view
        std::unique_ptr<QSignalSpy> external;
    };

    int hits(const QString &origin, const QString &path) const { return m_hits.value(origin + path); }

    void serve(QHttpServer &server, const QString &origin, const QString &path, const QByteArray &html)
    {
        server.route(path, [this, origin, path, html](const QHttpServerRequest &) {
            ++m_hits[origin + path];
            return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), html);
        });
    }

    QByteArray portalHtml() const
    {
        const QString links = u"<a id=external href='%1/elsewhere'>another site</a>"
                              u"<a id=signin href='%2/signin'>sign in</a>"
                              u"<a id=same href='/second'>second portal page</a>"
                              u"<a id=popup href='%1/popup' target=_blank>pop-up</a>"
                              u"<a id=done href='/oauth/done?code=abc'>redirect target</a>"_s.arg(
                                  m_otherOrigin, m_signInOrigin);
        return (u"<!doctype html><html><head><meta charset=utf-8><title>portal</title>"
                u"<style>a { display: block; width: 300px; height: 40px; }</style></head><body>"_s +
                links + u"</body></html>"_s)
            .toUtf8();
    }

    Fixture open(const QString &path = u"/portal"_s, const QStringList &trustedHosts = {u"localhost"_s})
    {
        Fixture f;
        f.view = std::make_unique<QWebEngineView>();
        f.page = new PortalWebPage(m_profile.get(), f.view.get());
        f.page->setPortalUrl(QUrl(m_portalOrigin + u"/portal"_s));
        f.page->setTrustedHosts(trustedHosts);
        f.external = std::make_unique<QSignalSpy>(f.page, &PortalWebPage::externalLinkRequested);
        f.view->setPage(f.page);
        f.view->resize(800, 600);
        f.view->show();
        if (!QTest::qWaitForWindowExposed(f.view.get()) ||
            !test::loadAndWait(f.page, QUrl(m_portalOrigin + path)))
            return {};
        return f;
    }

    // A real left click on the element, so Chromium sees an operator's link click.
    static bool click(Fixture &f, const QString &selector)
    {
        const QPoint at = test::elementCenter(f.page, selector);
        if (at.x() < 0 || !f.view->focusProxy())
            return false;
        QTest::mouseClick(f.view->focusProxy(), Qt::LeftButton, {}, at);
        return true;
    }

private slots:
    void initTestCase()
    {
        m_portalOrigin = test::listenLoopback(m_portalServer, u"127.0.0.1"_s);
        m_otherOrigin = test::listenLoopback(m_otherServer, u"127.0.0.2"_s);
        QVERIFY(!m_portalOrigin.isEmpty() && !m_otherOrigin.isEmpty());
        m_signInOrigin = u"http://sso.localhost:%1"_s.arg(QUrl(m_portalOrigin).port());

        serve(m_portalServer, m_portalOrigin, u"/portal"_s, portalHtml());
        serve(m_portalServer, m_portalOrigin, u"/second"_s, "<!doctype html><title>second</title>");
        serve(m_portalServer, m_portalOrigin, u"/oauth/done"_s, "<!doctype html><title>done</title>");
        serve(m_portalServer, m_portalOrigin, u"/signin"_s, "<!doctype html><title>sign-in</title>");
        serve(m_portalServer, m_portalOrigin, u"/framed"_s,
              (u"<!doctype html><title>framed</title><iframe src='%1/frame'></iframe>"_s.arg(m_otherOrigin))
                  .toUtf8());
        serve(m_portalServer, m_portalOrigin, u"/chatty"_s,
              "<!doctype html><title>chatty</title><script>"
              "console.error('page-secret access_token=abc123');"
              "console.log('page-secret refresh_token=def456');</script>");
        m_portalServer.route(u"/redirect"_s, [this](const QHttpServerRequest &) {
            QHttpServerResponse response(QHttpServerResponder::StatusCode::Found);
            response.setHeader("Location", (m_otherOrigin + u"/redirected"_s).toUtf8());
            return response;
        });
        for (const QString &path :
             {u"/elsewhere"_s, u"/popup"_s, u"/opened"_s, u"/frame"_s, u"/redirected"_s})
            serve(m_otherServer, m_otherOrigin, path, "<!doctype html><title>other site</title>");
        m_profile = std::make_unique<QWebEngineProfile>(); // off the record
    }

    void init() { m_hits.clear(); }

    void linkToAnotherSiteOpensOutsideAndIsNotLoaded()
    {
        Fixture f = open();
        QVERIFY(f.page);
        QVERIFY(click(f, u"#external"_s));
        QVERIFY(f.external->wait(10000));
        QCOMPARE(f.external->size(), 1);
        QCOMPARE(f.external->at(0).at(0).toUrl(), QUrl(m_otherOrigin + u"/elsewhere"_s));

        // A link inside the portal is followed; by the time it has loaded, the refused one would have
        // been requested long before.
        QSignalSpy loaded(f.page, &QWebEnginePage::loadFinished);
        QVERIFY(click(f, u"#same"_s));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(f.page->url(), QUrl(m_portalOrigin + u"/second"_s));
        QCOMPARE(hits(m_portalOrigin, u"/second"_s), 1);
        QCOMPARE(hits(m_otherOrigin, u"/elsewhere"_s), 0);
        QCOMPARE(f.external->size(), 1);
    }

    void trustedHostsAndTheirSubdomainsStayInside()
    {
        Fixture f = open();
        QVERIFY(f.page);
        QSignalSpy loaded(f.page, &QWebEnginePage::loadFinished);
        QVERIFY(click(f, u"#signin"_s));
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.at(0).at(0).toBool());
        QCOMPARE(f.page->url(), QUrl(m_signInOrigin + u"/signin"_s));
        QCOMPARE(hits(m_portalOrigin, u"/signin"_s), 1);
        QCOMPARE(f.external->size(), 0);

        // Without the trusted host the same link leaves the console.
        Fixture untrusted = open(u"/portal"_s, {});
        QVERIFY(untrusted.page);
        QVERIFY(click(untrusted, u"#signin"_s));
        QVERIFY(untrusted.external->wait(10000));
        QCOMPARE(untrusted.external->at(0).at(0).toUrl(), QUrl(m_signInOrigin + u"/signin"_s));
        QCOMPARE(hits(m_portalOrigin, u"/signin"_s), 1);
    }

    // Redirects (the sign-in flow) and frames from other origins (the telephony app) load inside.
    // A script that sets location.href counts as a link click for QtWebEngine (the transition is
    // LINK), so it leaves the console like a click would.
    void redirectsAndFramesStayInsideScriptNavigationGoesOut()
    {
        Fixture f = open(u"/framed"_s);
        QVERIFY(f.page);
        QTRY_COMPARE(hits(m_otherOrigin, u"/frame"_s), 1);

        test::runJs(f.page, u"location.href = '%1/elsewhere'"_s.arg(m_otherOrigin));
        QTRY_COMPARE(f.external->size(), 1);
        QCOMPARE(f.external->at(0).at(0).toUrl(), QUrl(m_otherOrigin + u"/elsewhere"_s));

        QVERIFY(test::loadAndWait(f.page, QUrl(m_portalOrigin + u"/redirect"_s)));
        QCOMPARE(f.page->url(), QUrl(m_otherOrigin + u"/redirected"_s));
        QCOMPARE(hits(m_otherOrigin, u"/redirected"_s), 1);
        QCOMPARE(hits(m_otherOrigin, u"/elsewhere"_s), 0);
        QCOMPARE(f.external->size(), 1);
    }

    // The hook sees every navigation first, frames included; what it consumes is never loaded.
    void navigationHookSeesEverythingAndConsumes()
    {
        Fixture f = open();
        QVERIFY(f.page);
        QList<std::pair<QUrl, bool>> seen;
        f.page->setNavigationHook([&seen](const QUrl &url, bool isMainFrame) {
            seen.append({url, isMainFrame});
            return url.path() == u"/oauth/done";
        });

        QVERIFY(click(f, u"#done"_s));
        QTRY_COMPARE(seen.size(), 1);
        QCOMPARE(seen.at(0).first, QUrl(m_portalOrigin + u"/oauth/done?code=abc"_s));
        QVERIFY(seen.at(0).second);

        // What the hook lets through loads as usual, sub-frames included.
        QVERIFY(test::loadAndWait(f.page, QUrl(m_portalOrigin + u"/framed"_s)));
        QTRY_COMPARE(hits(m_otherOrigin, u"/frame"_s), 1);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.at(1), std::make_pair(QUrl(m_portalOrigin + u"/framed"_s), true));
        QCOMPARE(seen.at(2), std::make_pair(QUrl(m_otherOrigin + u"/frame"_s), false));

        QCOMPARE(hits(m_portalOrigin, u"/oauth/done"_s), 0);
        QCOMPARE(f.external->size(), 0);
    }

    // New windows on the portal go to whoever opens console windows (with the page's profile, so
    // the same login); to other sites, to the system browser; anything else nowhere.
    void newWindowsFollowThePolicy()
    {
        Fixture f = open();
        QVERIFY(f.page);
        std::vector<std::unique_ptr<QWebEnginePage>> popups;
        connect(f.page, &PortalWebPage::popupRequested, f.page, [&](QWebEngineNewWindowRequest &request) {
            popups.push_back(std::make_unique<QWebEnginePage>(m_profile.get()));
            request.openIn(popups.back().get());
        });
        QVERIFY(click(f, u"#popup"_s));
        QVERIFY(f.external->wait(10000));
        test::runJs(f.page, u"window.open('data:text/html,<p>not a web page</p>')"_s);
        test::runJs(f.page, u"window.open('%1/opened')"_s.arg(m_otherOrigin));
        test::runJs(f.page, u"window.open('/second')"_s);
        QTRY_COMPARE(f.external->size(), 2);
        QTRY_COMPARE(popups.size(), size_t(1));
        QTRY_COMPARE(popups.front()->url(), QUrl(m_portalOrigin + u"/second"_s));
        QTRY_COMPARE(popups.front()->title(), u"second"_s);
        QCOMPARE(f.external->at(0).at(0).toUrl(), QUrl(m_otherOrigin + u"/popup"_s));
        QCOMPARE(f.external->at(1).at(0).toUrl(), QUrl(m_otherOrigin + u"/opened"_s));
        QCOMPARE(hits(m_otherOrigin, u"/popup"_s), 0);
        QCOMPARE(hits(m_otherOrigin, u"/opened"_s), 0);
        QCOMPARE(f.page->url(), QUrl(m_portalOrigin + u"/portal"_s));
        // The pop-up is the opener's child: it can talk back, as portal pop-ups expect.
        QCOMPARE(test::runJs(popups.front().get(), u"window.opener !== null"_s).toBool(), true);
    }

    // A page may print anything to its console, tokens included; only the console's own scripts are
    // logged.
    void consoleMessagesOfPageScriptsAreNeverLogged()
    {
        QLoggingCategory::setFilterRules(u"opconsole.bridge.debug=true"_s);
        const auto restoreRules = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
        test::MessageCapture log;
        Fixture f;
        f.view = std::make_unique<QWebEngineView>();
        f.page = new PortalWebPage(m_profile.get(), f.view.get());
        f.view->setPage(f.page);
        // One of the console's own scripts (as the bridge's are), logging after the page's scripts ran.
        QWebEngineScript probe;
        probe.setName(u"opc-test-probe"_s);
        probe.setWorldId(QWebEngineScript::ApplicationWorld);
        probe.setInjectionPoint(QWebEngineScript::DocumentReady);
        probe.setSourceCode(u"console.error('console script says hello')"_s);
        f.page->scripts().insert(probe);

        QVERIFY(test::loadAndWait(f.page, QUrl(m_portalOrigin + u"/chatty"_s)));
        QTRY_COMPARE(log.count(u"console script says hello"_s), 1);
        test::runJs(f.page, u"console.warn('page-secret from a later script')"_s);
        // The probe again after a reload: every page message before it has been handled by then.
        QVERIFY(test::loadAndWait(f.page, QUrl(m_portalOrigin + u"/chatty"_s)));
        QTRY_COMPARE(log.count(u"console script says hello"_s), 2);
        QVERIFY2(log.count(u"page-secret"_s) == 0, qPrintable(log.messages().join(u'\n')));
        QVERIFY(
            log.messages().filter(u"console script says hello"_s).constFirst().contains(u"opc-test-probe"));
    }

    void cleanupTestCase() { m_profile.reset(); }
};

QTEST_MAIN(TestPortalWebPage)
#include "tst_portalwebpage.moc"
