// The operator's sign-in in a real QtWebEngine page with its own persistent profile: the page's
// acceptNavigationRequest() asks AuthSession::handleNavigation() and refuses the redirect, so the
// redirect URI (here a second loopback server that counts hits) is never loaded.
#include "fakeportal.h"

#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

class ConsolePage : public QWebEnginePage
{
public:
    ConsolePage(QWebEngineProfile *profile, AuthSession *session)
        : QWebEnginePage(profile)
        , m_session(session)
    {
    }
    int intercepted = 0;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (m_session->handleNavigation(url)) {
            ++intercepted;
            return false;
        }
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    }

private:
    AuthSession *m_session;
};

} // namespace

class TestSignInWebView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_profileDir;
    QHttpServer m_callback;
    int m_callbackHits = 0;
    QUrl m_redirect;

public:
    // Called by QTEST_MAIN before the application object exists (qt-desktop-anchors.md §0).
    static void initMain()
    {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    }

private slots:
    void initTestCase()
    {
        m_callback.route(u"/oauth/done"_s, [this] {
            ++m_callbackHits;
            return QHttpServerResponse("text/plain", "the redirect URI must never be loaded");
        });
        const quint16 port = m_callback.listen(QHostAddress::LocalHost, 0);
        m_redirect = QUrl(u"http://127.0.0.1:%1/oauth/done"_s.arg(port));
    }

    void signInWithLoginFormThenSilently()
    {
        test::FakePortal portal;
        portal.fake->setApplication(test::kClientId, test::kClientSecret, m_redirect);
        portal.fake->setPortalLoggedIn(false);
        OAuthSettings settings = portal.settings();
        settings.setRedirectUri(m_redirect);

        QNetworkAccessManager nam;
        MemoryTokenStore store;
        AuthSession session(&store, &nam);
        session.setSettings(settings);
        session.storeClientSecret(test::kClientSecret);

        QWebEngineProfile profile(u"console-test"_s);
        profile.setPersistentStoragePath(m_profileDir.path());
        ConsolePage page(&profile, &session);
        connect(&session, &AuthSession::signInPageRequested, &page,
                [&page](const QUrl &url) { page.load(url); });

        // 1. Not logged in to the portal: the login form shows; the operator submits it.
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        session.portalLoaded();
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.first().at(0).toBool());
        QCOMPARE(session.state(), AuthSession::State::SigningIn);
        QCOMPARE(page.title(), u"Sign in"_s);
        page.runJavaScript(u"document.getElementById('password').value = 'pw';"
                           "document.getElementById('signin').click();"_s);
        QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 30000);
        QCOMPARE(page.intercepted, 1);
        QCOMPARE(session.userId(), 1);
        QVERIFY(store.contains(TokenStore::tokenKey(portal.fake->portalHost(), session.memberId())));

        // 2. Signed out, logged in to the portal: a new sign-in needs no prompt at all.
        session.signOut();
        const int pageLoads = portal.fake->authorizePageLoads();
        loaded.clear();
        session.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 30000);
        QCOMPARE(page.intercepted, 2);
        QCOMPARE(portal.fake->authorizePageLoads(), pageLoads + 1); // straight to the redirect
        QCOMPARE(m_callbackHits, 0);
    }
};

QTEST_MAIN(TestSignInWebView)
#include "tst_signinwebview.moc"
