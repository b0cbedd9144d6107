#include "bridge/portalwebpage.h"
#include "portal/certificatepolicy.h"
#include "portal/portalpreferences.h"
#include "portal/portaltrust.h"
#include "testcertificate.h"
#include "webtestutil.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <memory>

using namespace opc;
using namespace Qt::StringLiterals;
using P = PortalPreferences::Permission;
using Decision = PortalPreferences::Decision;

// PortalTrust on real pages: the portal at 127.0.0.1 asks for the microphone and notifications, a
// telephony app's frame at 127.0.0.2 asks too, and a self-hosted portal serves HTTPS with a
// self-signed certificate. The operator is played by the test answering the trust's questions.
class TestPortalTrust : public QObject
{
    Q_OBJECT

    QHttpServer m_portal;
    QHttpServer m_app;
    QHttpServer m_tls;
    QString m_origin;
    QString m_appOrigin;
    QString m_tlsOrigin;
    test::TestCertificate m_certificate;
    QTemporaryDir m_dir;
    int m_keys = 0;

    struct Rig
    {
        std::unique_ptr<QWebEngineProfile> profile;
        std::unique_ptr<PortalPreferences> prefs;
        std::unique_ptr<PortalTrust> trust;
        std::unique_ptr<QWebEngineView> view;
        QWebEnginePage *page = nullptr;
        std::unique_ptr<QSignalSpy> questions;
        ~Rig()
        {
            view.reset();
            trust.reset();
            profile.reset();
        }
    };

    std::unique_ptr<Rig> rig(const QString &portal, const QString &key = {})
    {
        auto r = std::make_unique<Rig>();
        r->profile = std::make_unique<QWebEngineProfile>(); // off the record
        r->prefs = std::make_unique<PortalPreferences>(m_dir.filePath(u"settings.ini"_s),
                                                       key.isEmpty() ? u"k%1"_s.arg(++m_keys) : key);
        r->trust = std::make_unique<PortalTrust>(WebOrigin::fromUrl(QUrl(portal)), r->prefs.get());
        r->view = std::make_unique<QWebEngineView>();
        auto *page = new PortalWebPage(r->profile.get(), r->view.get());
        r->page = page;
        r->view->setPage(page);
        r->trust->watch(page);
        r->trust->watch(page); // twice, as a page prepared again: still one question per request
        r->questions = std::make_unique<QSignalSpy>(r->trust.get(), &PortalTrust::permissionQuestion);
        r->view->resize(600, 400);
        r->view->show();
        return r;
    }

    // Starts getUserMedia; window.mic becomes "granted" or the error's name.
    static void askForMicrophone(QWebEnginePage *page)
    {
        test::runJs(page,
                    u"window.mic = ''; navigator.mediaDevices.getUserMedia({audio: true})"
                    u".then(() => mic = 'granted', e => mic = e.name)"_s);
    }
    static QString micResult(QWebEnginePage *page) { return test::runJs(page, u"window.mic"_s).toString(); }

public:
    static void initMain()
    {
        // Chromium's fake microphone and camera: without a device, getUserMedia fails before any
        // permission is asked. (Not the fake *UI* flag, which would grant everything.)
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--use-fake-device-for-media-stream");
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    }

private slots:
    void initTestCase()
    {
        m_origin = test::listenLoopback(m_portal, u"127.0.0.1"_s);
        m_appOrigin = test::listenLoopback(m_app, u"127.0.0.2"_s);
        QVERIFY(!m_origin.isEmpty() && !m_appOrigin.isEmpty());
        test::serveHtml(m_portal, u"/portal"_s, "<!doctype html><title>portal</title>");
        test::serveHtml(
            m_portal, u"/copy"_s,
            "<!doctype html><title>copy</title><button id=copy style='width:200px;height:80px'"
            " onclick=\"navigator.clipboard.writeText('+7 900 123-45-67').then(() => copied = 'ok',"
            " e => { copied = e.name; throw e; })\">copy</button><script>window.copied = ''</script>");
        // The telephony app's frame asks for the microphone itself and reports to its parent.
        test::serveHtml(
            m_app, u"/app"_s,
            "<!doctype html><script>navigator.mediaDevices.getUserMedia({audio: true})"
            ".then(() => parent.postMessage('granted', '*'), e => parent.postMessage(e.name, '*'))"
            "</script>");
        test::serveHtml(m_portal, u"/framed"_s,
                        (u"<!doctype html><title>framed</title><script>window.mic = '';"
                         u"addEventListener('message', e => mic = e.data)</script>"
                         u"<iframe allow='microphone' src='%1/app'></iframe>"_s.arg(m_appOrigin))
                            .toUtf8());

        m_certificate = test::TestCertificate::make(u"127.0.0.1"_s);
        QVERIFY2(!m_certificate.isNull(), "openssl could not make a certificate");
        m_tls.sslSetup(m_certificate.certificate, m_certificate.key);
        const quint16 port = m_tls.listen(QHostAddress(u"127.0.0.1"_s), 0);
        QVERIFY(port);
        m_tlsOrigin = u"https://127.0.0.1:%1"_s.arg(port);
        test::serveHtml(m_tls, u"/portal"_s, "<!doctype html><title>self-hosted</title>");
    }

    // The portal asks once; the answer is kept for the next load (and the next run).
    void microphoneIsAskedOnceThenRemembered()
    {
        auto r = rig(m_origin);
        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/portal"_s)));
        askForMicrophone(r->page);
        QTRY_COMPARE(r->questions->size(), 1);
        QCOMPARE(r->questions->at(0).at(2).value<QWebEnginePage::Feature>(),
                 QWebEnginePage::MediaAudioCapture);
        QCOMPARE(micResult(r->page), QString()); // waits for the operator
        r->trust->answer(r->page, r->questions->at(0).at(1).toUrl(), QWebEnginePage::MediaAudioCapture, true);
        QTRY_COMPARE(micResult(r->page), u"granted"_s);
        QCOMPARE(r->prefs->decision(P::Microphone), Decision::Allow);

        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/portal"_s)));
        askForMicrophone(r->page);
        QTRY_COMPARE(micResult(r->page), u"granted"_s);
        QCOMPARE(r->questions->size(), 1);
    }

    void aRefusalIsRememberedToo()
    {
        auto r = rig(m_origin);
        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/portal"_s)));
        askForMicrophone(r->page);
        QTRY_COMPARE(r->questions->size(), 1);
        r->trust->answer(r->page, r->questions->at(0).at(1).toUrl(), QWebEnginePage::MediaAudioCapture,
                         false);
        QTRY_COMPARE(micResult(r->page), u"NotAllowedError"_s);
        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/portal"_s)));
        askForMicrophone(r->page);
        QTRY_COMPARE(micResult(r->page), u"NotAllowedError"_s);
        QCOMPARE(r->questions->size(), 1);
        QCOMPARE(r->prefs->decision(P::Microphone), Decision::Deny);
    }

    // A frame of another origin is refused without a question, even with the portal's "yes" on file
    // and the frame allowed the microphone by the portal's markup.
    void otherOriginsAreRefusedWithoutAsking()
    {
        auto r = rig(m_origin);
        r->prefs->remember(P::Microphone, Decision::Allow);
        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/framed"_s)));
        QTRY_COMPARE(micResult(r->page), u"NotAllowedError"_s);
        QCOMPARE(r->questions->size(), 0);
        // A stray "yes" for that origin is not remembered either.
        r->trust->answer(r->page, QUrl(m_appOrigin), QWebEnginePage::MediaAudioCapture, true);
        QCOMPARE(r->prefs->decision(P::Microphone), Decision::Allow);
        PortalPreferences fresh(m_dir.filePath(u"settings.ini"_s), u"untouched"_s);
        QCOMPARE(fresh.decision(P::Microphone), Decision::Ask);
    }

    void notificationsAreAskedFor()
    {
        auto r = rig(m_origin);
        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/portal"_s)));
        test::runJs(r->page, u"window.perm = ''; Notification.requestPermission().then(p => perm = p)"_s);
        QTRY_COMPARE(r->questions->size(), 1);
        QCOMPARE(r->questions->at(0).at(2).value<QWebEnginePage::Feature>(), QWebEnginePage::Notifications);
        r->trust->answer(r->page, r->questions->at(0).at(1).toUrl(), QWebEnginePage::Notifications, true);
        QTRY_COMPARE(test::runJs(r->page, u"window.perm"_s).toString(), u"granted"_s);
        QCOMPARE(r->prefs->decision(P::Notifications), Decision::Allow);
    }

    // Qt 6.4 refuses navigator.clipboard.writeText without asking; the uncaught error makes the
    // console ask, and after a "yes" the portal's next copy works (a copy from a click with
    // execCommand works all along).
    void clipboardWritesAreAskedForAfterTheFirstRefusal()
    {
        auto r = rig(m_origin);
        QSignalSpy questions(r->trust.get(), &PortalTrust::clipboardQuestion);
        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/copy"_s)));
        QVERIFY(QTest::qWaitForWindowExposed(r->view.get()));
        const QPoint button = test::elementCenter(r->page, u"#copy"_s);
        QTest::mouseClick(r->view->focusProxy(), Qt::LeftButton, {}, button);
        QTRY_COMPARE(test::runJs(r->page, u"window.copied"_s).toString(), u"NotAllowedError"_s);
        QTRY_COMPARE(questions.size(), 1);
        QCOMPARE(questions.at(0).at(1).toUrl(), QUrl(m_origin + u"/copy"_s));

        r->trust->answerClipboard(questions.at(0).at(1).toUrl(), true);
        QTest::mouseClick(r->view->focusProxy(), Qt::LeftButton, {}, button);
        QTRY_COMPARE(test::runJs(r->page, u"window.copied"_s).toString(), u"ok"_s);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), u"+7 900 123-45-67"_s);
        QCOMPARE(r->prefs->decision(P::ClipboardWrite), Decision::Allow);

        // Remembered for the next page, and only while the page shows the portal.
        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/copy"_s)));
        QVERIFY(r->page->settings()->testAttribute(QWebEngineSettings::JavascriptCanAccessClipboard));
        QVERIFY(test::loadAndWait(r->page, QUrl(m_appOrigin + u"/app"_s)));
        QVERIFY(!r->page->settings()->testAttribute(QWebEngineSettings::JavascriptCanAccessClipboard));
        QCOMPARE(questions.size(), 1);
    }

    void clipboardRefusalsElsewhereAreNotQuestions()
    {
        auto r = rig(m_origin);
        QSignalSpy questions(r->trust.get(), &PortalTrust::clipboardQuestion);
        r->trust->clipboardWriteRefused(r->page, QUrl(m_appOrigin + u"/app"_s));
        r->prefs->remember(P::ClipboardWrite, Decision::Deny);
        r->trust->clipboardWriteRefused(r->page, QUrl(m_origin + u"/copy"_s));
        QCOMPARE(questions.size(), 0);
        r->trust->answerClipboard(QUrl(m_origin + u"/copy"_s), true); // decided already: no change
        QCOMPARE(r->prefs->decision(P::ClipboardWrite), Decision::Deny);
    }

    // A self-signed certificate is refused and shown; once the operator trusts it (by fingerprint)
    // the portal loads, also in a later run, and nothing else is trusted along with it.
    void selfSignedCertificateIsRefusedUntilTrusted()
    {
        const QString key = u"tls"_s;
        {
            auto r = rig(m_tlsOrigin, key);
            QSignalSpy refused(r->trust.get(), &PortalTrust::certificateRefused);
            QVERIFY(!test::loadAndWait(r->page, QUrl(m_tlsOrigin + u"/portal"_s)));
            QCOMPARE(refused.size(), 1);
            QCOMPARE(r->trust->refusedCertificate().sha256,
                     CertificateSummary::of(m_certificate.certificate).sha256);
            QVERIFY(r->trust->canTrustRefusedCertificate());
            QVERIFY(
                r->prefs->trustedCertificates(WebOrigin::fromUrl(QUrl(m_tlsOrigin)).authority()).isEmpty());

            r->trust->trustRefusedCertificate();
            QVERIFY(test::loadAndWait(r->page, QUrl(m_tlsOrigin + u"/portal"_s)));
            QCOMPARE(r->page->title(), u"self-hosted"_s);
        }
        // The next run: a new profile asks again, and the remembered fingerprint answers.
        auto again = rig(m_tlsOrigin, key);
        QSignalSpy refused(again->trust.get(), &PortalTrust::certificateRefused);
        QVERIFY(test::loadAndWait(again->page, QUrl(m_tlsOrigin + u"/portal"_s)));
        QCOMPARE(refused.size(), 0);

        // The same server seen as another portal (another origin) is not trusted by that choice.
        auto other = rig(u"https://localhost:%1"_s.arg(QUrl(m_tlsOrigin).port()), key);
        QSignalSpy otherRefused(other->trust.get(), &PortalTrust::certificateRefused);
        QVERIFY(!test::loadAndWait(other->page,
                                   QUrl(u"https://localhost:%1/portal"_s.arg(QUrl(m_tlsOrigin).port()))));
        QCOMPARE(otherRefused.size(), 1);
    }
};

QTEST_MAIN(TestPortalTrust)
#include "tst_portaltrust.moc"
