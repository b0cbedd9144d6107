#include "bridge/portalwebpage.h"
#include "permissionprompt.h"
#include "portal/portalpreferences.h"
#include "portal/portaltrust.h"
#include "webtestutil.h"

#include <QHttpServer>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
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

// The operator's side of the permission questions: real pages of a loopback portal ask, a real
// message box asks the operator, and the test clicks its buttons.
class TestPermissionPrompt : public QObject
{
    Q_OBJECT

    QHttpServer m_server;
    QString m_origin;
    QTemporaryDir m_dir;
    int m_keys = 0;

    struct Rig
    {
        QWidget window;
        std::unique_ptr<QWebEngineProfile> profile = std::make_unique<QWebEngineProfile>();
        std::unique_ptr<PortalPreferences> prefs;
        std::unique_ptr<PortalTrust> trust;
        PermissionPrompt *prompt = nullptr;
        std::vector<std::unique_ptr<QWebEngineView>> views;
        ~Rig()
        {
            views.clear();
            trust.reset();
            profile.reset();
        }
        QWebEnginePage *newPage()
        {
            views.push_back(std::make_unique<QWebEngineView>());
            auto *page = new PortalWebPage(profile.get(), views.back().get());
            views.back()->setPage(page);
            trust->watch(page);
            return page;
        }
    };

    std::unique_ptr<Rig> rig()
    {
        auto r = std::make_unique<Rig>();
        r->prefs = std::make_unique<PortalPreferences>(m_dir.filePath(u"s.ini"_s), u"p%1"_s.arg(++m_keys));
        r->trust = std::make_unique<PortalTrust>(WebOrigin::fromUrl(QUrl(m_origin)), r->prefs.get());
        r->prompt = new PermissionPrompt(&r->window);
        r->prompt->setTrust(r->trust.get());
        r->window.show();
        return r;
    }
    static void askForMicrophone(QWebEnginePage *page)
    {
        test::runJs(page,
                    u"window.mic = ''; navigator.mediaDevices.getUserMedia({audio: true})"
                    u".then(() => mic = 'granted', e => mic = e.name)"_s);
    }
    static QString mic(QWebEnginePage *page) { return test::runJs(page, u"window.mic"_s).toString(); }
    static QMessageBox *waitForBox(Rig &r)
    {
        if (!QTest::qWaitFor([&r] { return r.prompt->current() && r.prompt->current()->isVisible(); }, 10000))
            return nullptr;
        return r.prompt->current();
    }

public:
    static void initMain()
    {
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--use-fake-device-for-media-stream");
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    }

private slots:
    void initTestCase()
    {
        m_origin = test::listenLoopback(m_server, u"127.0.0.1"_s);
        QVERIFY(!m_origin.isEmpty());
        test::serveHtml(m_server, u"/portal"_s, "<!doctype html><title>portal</title>");
    }

    void allowGrantsAndIsRemembered()
    {
        auto r = rig();
        QWebEnginePage *page = r->newPage();
        QVERIFY(test::loadAndWait(page, QUrl(m_origin + u"/portal"_s)));
        askForMicrophone(page);
        QMessageBox *box = waitForBox(*r);
        QVERIFY(box);
        QCOMPARE(box->text(), u"127.0.0.1 wants to use your microphone."_s);
        QVERIFY(box->informativeText().contains(u"remembers"));
        QCOMPARE(box->defaultButton()->objectName(), u"block"_s); // Enter does not say yes
        box->findChild<QPushButton *>(u"allow"_s)->click();
        QTRY_COMPARE(mic(page), u"granted"_s);
        QCOMPARE(r->prefs->decision(P::Microphone), Decision::Allow);
        QTRY_VERIFY(!r->prompt->current());
    }

    void blockRefuses()
    {
        auto r = rig();
        QWebEnginePage *page = r->newPage();
        QVERIFY(test::loadAndWait(page, QUrl(m_origin + u"/portal"_s)));
        askForMicrophone(page);
        QMessageBox *box = waitForBox(*r);
        QVERIFY(box);
        box->findChild<QPushButton *>(u"block"_s)->click();
        QTRY_COMPARE(mic(page), u"NotAllowedError"_s);
        QCOMPARE(r->prefs->decision(P::Microphone), Decision::Deny);
    }

    // Two pages (the portal and its pop-up) ask the same: one question, one answer for both; a
    // different question comes next, on its own.
    void questionsQueueAndEqualOnesShareTheAnswer()
    {
        auto r = rig();
        QWebEnginePage *main = r->newPage();
        QWebEnginePage *popup = r->newPage();
        QVERIFY(test::loadAndWait(main, QUrl(m_origin + u"/portal"_s)));
        QVERIFY(test::loadAndWait(popup, QUrl(m_origin + u"/portal"_s)));
        QSignalSpy asked(r->trust.get(), &PortalTrust::permissionQuestion);
        askForMicrophone(main);
        QMessageBox *first = waitForBox(*r);
        QVERIFY(first);
        askForMicrophone(popup);
        test::runJs(main, u"window.perm = ''; Notification.requestPermission().then(p => perm = p)"_s);
        QTRY_COMPARE(asked.size(), 3);
        QCOMPARE(r->prompt->current(), first);
        first->findChild<QPushButton *>(u"allow"_s)->click();
        QTRY_COMPARE(mic(main), u"granted"_s);
        QTRY_COMPARE(mic(popup), u"granted"_s);

        QMessageBox *second = nullptr;
        QTRY_VERIFY((second = r->prompt->current()) && second != first && second->isVisible());
        QVERIFY(second->text().contains(u"notifications"));
        second->findChild<QPushButton *>(u"block"_s)->click();
        QTRY_COMPARE(test::runJs(main, u"window.perm"_s).toString(), u"denied"_s);
        QCOMPARE(r->prefs->decision(P::Notifications), Decision::Deny);
    }

    void clipboardIsAskedOnceAndRemembered()
    {
        auto r = rig();
        QWebEnginePage *page = r->newPage();
        QVERIFY(test::loadAndWait(page, QUrl(m_origin + u"/portal"_s)));
        const QUrl document(m_origin + u"/portal"_s);
        r->trust->clipboardWriteRefused(page, document);
        r->trust->clipboardWriteRefused(page, document); // the page tried twice: still one question
        QMessageBox *box = waitForBox(*r);
        QVERIFY(box);
        QCOMPARE(box->text(), u"127.0.0.1 wants to copy to the clipboard."_s);
        box->findChild<QPushButton *>(u"allow"_s)->click();
        QTRY_VERIFY(!r->prompt->current());
        QCOMPARE(r->prefs->decision(P::ClipboardWrite), Decision::Allow);
        QVERIFY(page->settings()->testAttribute(QWebEngineSettings::JavascriptCanAccessClipboard));
    }
};

QTEST_MAIN(TestPermissionPrompt)
#include "tst_permissionprompt.moc"
