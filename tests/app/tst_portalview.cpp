#include "bannerbar.h"
#include "bridge/portalwebpage.h"
#include "config/consolesettings.h"
#include "events/callcardstate.h"
#include "findbar.h"
#include "portal/backofftimer.h"
#include "portal/externalopener.h"
#include "portal/loadretry.h"
#include "portal/portalpreferences.h"
#include "portal/portalsession.h"
#include "portal/reachabilitywatcher.h"
#include "portal/wakedetector.h"
#include "portalpopup.h"
#include "portalview.h"
#include "portalviewrig.h"
#include "portalwebview.h"
#include "webtestutil.h"

#include <QAction>
#include <QFile>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineLoadingInfo>

#include <algorithm>
#include <memory>

using namespace opc;
using namespace Qt::StringLiterals;

// PortalView as the operator uses it: a real session (settings file, browser profile) on a loopback
// portal at 127.0.0.1, another site at 127.0.0.2, real key presses and clicks, offscreen. Links
// that leave the console go to a recording opener, never to a browser.
class TestPortalView : public QObject
{
    Q_OBJECT

    QHttpServer m_portal;
    QHttpServer m_other;
    QString m_origin;
    QString m_otherOrigin;
    QHash<QString, int> m_hits; // path -> requests
    QTemporaryDir m_root;
    int m_dirs = 0;

    QString newDataDir() { return m_root.filePath(QString::number(++m_dirs)); }
    std::unique_ptr<test::PortalViewRig> open(const QString &url,
                                              const std::function<void(PortalView &)> &prepare = {},
                                              const QString &dataDir = {})
    {
        return test::PortalViewRig::open(url, dataDir.isEmpty() ? newDataDir() : dataDir, prepare);
    }

    void serve(QHttpServer &server, const QString &path, const QByteArray &html,
               const QByteArray &cookie = {})
    {
        server.route(path, [this, path, html, cookie](const QHttpServerRequest &request) {
            ++m_hits[path];
            QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"),
                                         QByteArray(html).replace("$COOKIE", request.value("Cookie")));
            if (!cookie.isEmpty())
                response.setHeader("Set-Cookie", cookie);
            return response;
        });
    }

public:
    static void initMain()
    {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    }

private slots:
    void initTestCase()
    {
        m_origin = test::listenLoopback(m_portal, u"127.0.0.1"_s);
        m_otherOrigin = test::listenLoopback(m_other, u"127.0.0.2"_s);
        QVERIFY(!m_origin.isEmpty() && !m_otherOrigin.isEmpty());
        serve(m_portal, u"/portal"_s,
              "<!doctype html><html><head><title>portal</title></head><body>"
              "<p>a needle, another needle and a third needle</p>"
              "<a id=second href='/second'>second</a></body></html>",
              "login=operator-7; Path=/");
        serve(m_portal, u"/second"_s, "<!doctype html><title>second</title><p>second page</p>");
        serve(m_portal, u"/popup"_s, "<!doctype html><title>pop-up</title><p id=who>$COOKIE</p>");
        serve(m_portal, u"/opener"_s,
              (u"<!doctype html><title>opener</title><script>"
               u"function portalWindow() { return window.open('/popup') !== null; }"
               u"function flood(n) { for (let i = 0; i < n; ++i) window.open('%1/ad' + i); }"
               u"</script>"_s.arg(m_otherOrigin))
                  .toUtf8());
        serve(m_other, u"/ad"_s, "<!doctype html><title>ad</title>");
    }

    void init() { m_hits.clear(); }

    // Ctrl+= / Ctrl+- / Ctrl+0 change the zoom; the portal keeps it across views (a restart).
    void zoomIsRememberedPerPortal()
    {
        const QString dir = newDataDir();
        {
            auto rig = open(m_origin + u"/portal"_s, {}, dir);
            QVERIFY(rig && rig->waitLoaded());
            rig->view->webView()->setFocus();
            QTest::keyClick(rig->view.get(), Qt::Key_Equal, Qt::ControlModifier);
            QTest::keyClick(rig->view.get(), Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(rig->page()->zoomFactor(), 1.25);
            QTest::keyClick(rig->view.get(), Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(rig->page()->zoomFactor(), 1.1);
            QCOMPARE(rig->session->preferences()->zoomFactor(), 1.1);
        }
        auto again = open(m_origin + u"/portal"_s, {}, dir);
        QVERIFY(again && again->waitLoaded());
        QCOMPARE(again->page()->zoomFactor(), 1.1);
        QTest::keyClick(again->view.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(again->page()->zoomFactor(), 1.0);
        QCOMPARE(again->session->preferences()->zoomFactor(), 1.0);
    }

    void backAndForward()
    {
        auto rig = open(m_origin + u"/portal"_s);
        QVERIFY(rig && rig->waitLoaded());
        QVERIFY(!rig->view->action(PortalView::Action::Back)->isEnabled());
        QVERIFY(test::loadAndWait(rig->page(), QUrl(m_origin + u"/second"_s)));
        QTRY_VERIFY(rig->view->action(PortalView::Action::Back)->isEnabled());
        QTest::keyClick(rig->view.get(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(rig->page()->url(), QUrl(m_origin + u"/portal"_s));
        QTRY_VERIFY(rig->view->action(PortalView::Action::Forward)->isEnabled());
        QTest::keyClick(rig->view.get(), Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(rig->page()->url(), QUrl(m_origin + u"/second"_s));
    }

    // F5 reloads at once without a call card, and asks first while one is open.
    void reloadAsksWhileACallCardIsOpen()
    {
        auto rig = open(m_origin + u"/portal"_s);
        QVERIFY(rig && rig->waitLoaded());
        QCOMPARE(m_hits.value(u"/portal"_s), 1);
        QTest::keyClick(rig->view.get(), Qt::Key_F5);
        QTRY_COMPARE(m_hits.value(u"/portal"_s), 2);
        QTRY_VERIFY(!rig->page()->isLoading());

        CallCardEvent initialized;
        initialized.type = CallCardEventType::Initialized;
        initialized.payloadJson = R"({"CALL_ID":"ext.1"})";
        rig->session->callCard()->record(initialized);
        QTest::keyClick(rig->view.get(), Qt::Key_F5);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = rig->view->findChild<QMessageBox *>(u"confirmReload"_s)) && box->isVisible());
        QVERIFY(box->text().contains(u"call card"));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!rig->view->findChild<QMessageBox *>(u"confirmReload"_s));
        QCOMPARE(m_hits.value(u"/portal"_s), 2);

        rig->view->action(PortalView::Action::Reload)->trigger();
        QTRY_VERIFY((box = rig->view->findChild<QMessageBox *>(u"confirmReload"_s)) && box->isVisible());
        box->findChild<QPushButton *>(u"reloadAnyway"_s)->click();
        QTRY_COMPARE(m_hits.value(u"/portal"_s), 3);
        // The reloaded document has no card any more.
        QTRY_VERIFY(!rig->session->callCard()->isOpen());
    }

    // Ctrl+F in the page opens the find bar, which counts and steps through matches.
    void findInPage()
    {
        auto rig = open(m_origin + u"/portal"_s);
        QVERIFY(rig && rig->waitLoaded());
        QWidget *pageFocus = rig->view->webView()->focusProxy();
        QVERIFY(pageFocus);
        pageFocus->setFocus();
        QTRY_VERIFY(pageFocus->hasFocus());
        QTest::keyClick(pageFocus, Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = rig->view->findBar();
        QTRY_VERIFY(bar->isVisible() && bar->field()->hasFocus());
        QTest::keyClicks(bar->field(), u"needle"_s);
        QTRY_COMPARE(bar->resultText(), u"1 of 3"_s);
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QTRY_COMPARE(bar->resultText(), u"2 of 3"_s);
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE(bar->resultText(), u"1 of 3"_s);
        bar->field()->setText(u"haystack"_s);
        QTRY_COMPARE(bar->resultText(), u"No matches"_s);
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    // After sleep, a page whose renderer no longer answers is brought back in a fresh page, unless
    // a call card is open: then the operator decides.
    void wakeChecksThePageAndBringsItBack()
    {
        qint64 wall = 1'700'000'000'000;
        qint64 monotonic = 0;
        auto rig = open(m_origin + u"/portal"_s, [&](PortalView &view) {
            view.wakeDetector()->setChecking(false);
            view.wakeDetector()->setClocks([&wall] { return wall; }, [&monotonic] { return monotonic; });
        });
        QVERIFY(rig && rig->waitLoaded());
        const auto sleepAndWake = [&] {
            wall += 3600'000;
            monotonic += 5000;
            rig->view->wakeDetector()->check();
        };
        // A living page answers: nothing happens.
        QSignalSpy created(rig->view.get(), &PortalView::pageCreated);
        QSignalSpy checked(rig->view.get(), &PortalView::pageChecked);
        sleepAndWake();
        QVERIFY(checked.wait(PortalView::pageProbeMs * 2));
        QCOMPARE(checked.at(0).at(0).toBool(), true);
        QCOMPARE(created.size(), 0);

        // A stuck renderer (a script that never returns) with a call card open: asked, not reloaded.
        CallCardEvent initialized;
        initialized.type = CallCardEventType::Initialized;
        rig->session->callCard()->record(initialized);
        rig->page()->runJavaScript(u"for (;;) {}"_s);
        sleepAndWake();
        QVERIFY(checked.wait(PortalView::pageProbeMs * 2));
        QCOMPARE(checked.at(1).at(0).toBool(), false);
        QVERIFY(!rig->view->banners()->text(u"renderer"_s).isEmpty());
        QVERIFY(rig->view->banners()->text(u"renderer"_s).contains(u"call card"));
        QCOMPARE(created.size(), 0);
        const int before = m_hits.value(u"/portal"_s);
        rig->bannerButton(u"renderer"_s)->click();
        QTRY_COMPARE(created.size(), 1);
        QTRY_COMPARE(m_hits.value(u"/portal"_s), before + 1);
        QVERIFY(!rig->session->callCard()->isOpen()); // the fresh page has no card
        QVERIFY(rig->view->banners()->text(u"renderer"_s).isEmpty());

        // Without a card it comes back by itself.
        QTRY_VERIFY(rig->page()->url().path() == u"/portal" && !rig->page()->isLoading());
        rig->page()->runJavaScript(u"for (;;) {}"_s);
        sleepAndWake();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 2, PortalView::pageProbeMs * 2);
        QTRY_COMPARE(m_hits.value(u"/portal"_s), before + 2);
        QVERIFY(rig->view->banners()->text(u"renderer"_s).isEmpty());
    }

    // A pop-up on the portal opens in a console window with the same login; windows to other sites
    // go to the system browser, three in a burst and no more.
    void newWindowsAndTheBoundedOpener()
    {
        auto rig = open(m_origin + u"/portal"_s);
        QVERIFY(rig && rig->waitLoaded()); // sets the login cookie
        rig->session->externalOpener()->setClock([] { return 0; }); // the flood is one burst, however slow
        QVERIFY(test::loadAndWait(rig->page(), QUrl(m_origin + u"/opener"_s)));
        QVERIFY(test::runJs(rig->page(), u"portalWindow()"_s).toBool());
        QTRY_COMPARE(rig->view->popups().size(), 1);
        PortalPopup *popup = rig->view->popups().constFirst();
        QTRY_COMPARE(popup->page()->url(), QUrl(m_origin + u"/popup"_s));
        QTRY_VERIFY(test::runJs(popup->page(), u"document.getElementById('who')?.textContent ?? ''"_s)
                        .toString()
                        .contains(u"login=operator-7"));
        QTRY_VERIFY(popup->windowTitle().startsWith(u"pop-up"));

        test::runJs(rig->page(), u"flood(100)"_s);
        QTRY_COMPARE(rig->session->externalOpener()->openedCount() +
                         rig->session->externalOpener()->refusedCount(),
                     100);
        QCOMPARE(rig->launched.size(), ExternalOpener::defaultBurst);
        QCOMPARE(rig->launched.constFirst(), QUrl(m_otherOrigin + u"/ad0"_s));
        QCOMPARE(m_hits.value(u"/ad"_s), 0);

        // window.close() in the pop-up closes its window.
        QSignalSpy gone(popup, &QObject::destroyed);
        test::runJs(popup->page(), u"window.close()"_s);
        QVERIFY(gone.wait(10000));
        QCOMPARE(rig->view->popups().size(), 0);
    }

    void popupsAreBounded()
    {
        auto rig = open(m_origin + u"/opener"_s);
        QVERIFY(rig && rig->waitLoaded());
        QSignalSpy status(rig->view.get(), &PortalView::statusMessage);
        const auto refusals = [&status] {
            return std::count_if(status.cbegin(), status.cend(), [](const QList<QVariant> &args) {
                return args.at(0).toString().contains(u"more windows");
            });
        };
        test::runJs(rig->page(), u"for (let i = 0; i < 12; ++i) window.open('/popup?' + i)"_s);
        QTRY_COMPARE(refusals(), 12 - PortalView::maxPopups);
        QCOMPARE(rig->view->popups().size(), PortalView::maxPopups);
    }

    // The context menu has no "View page source" (it would open nothing) and keeps what works.
    void contextMenuOffersOnlyWhatWorks()
    {
        auto rig = open(m_origin + u"/portal"_s);
        QVERIFY(rig && rig->waitLoaded());
        QPointer<QMenu> menu;
        connect(rig->view->webView(), &PortalWebView::contextMenuShown, this,
                [&menu](QMenu *shown) { menu = shown; });
        QWidget *target = rig->view->webView()->focusProxy();
        // Chromium takes input only once the page's input handling is up: move until the page sees it.
        test::runJs(rig->page(), u"addEventListener('mousemove', () => window.hovered = true)"_s);
        int step = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                QTest::mouseMove(target, QPoint(300, 300 + ++step % 2));
                return test::runJs(rig->page(), u"window.hovered === true"_s).toBool();
            },
            20000));
        QTest::mousePress(target, Qt::RightButton, {}, QPoint(300, 300));
        QTest::mouseRelease(target, Qt::RightButton, {}, QPoint(300, 300));
        QTRY_VERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QVERIFY(!actions.contains(rig->page()->action(QWebEnginePage::ViewSource)));
        QVERIFY(actions.contains(rig->page()->action(QWebEnginePage::SavePage)));
        QVERIFY(actions.contains(rig->page()->action(QWebEnginePage::Reload)));
        QVERIFY(!actions.constFirst()->isSeparator() && !actions.constLast()->isSeparator());
        menu->close();
    }

    void printsThePage()
    {
        QTemporaryDir out;
        const QString pdf = out.filePath(u"portal.pdf"_s);
        int asked = 0;
        auto rig = open(m_origin + u"/portal"_s, [&](PortalView &view) {
            view.setPrinterChooser([&](QPrinter *printer) {
                ++asked;
                printer->setOutputFormat(QPrinter::PdfFormat);
                printer->setOutputFileName(pdf);
                return true;
            });
        });
        QVERIFY(rig && rig->waitLoaded());
        QSignalSpy printed(rig->view.get(), &PortalView::printFinished);
        QTest::keyClick(rig->view.get(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(printed.wait(30000));
        QVERIFY(printed.at(0).at(0).toBool());
        QCOMPARE(asked, 1);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));

        // window.print() from the page goes the same way.
        test::runJs(rig->page(), u"window.print()"_s);
        QVERIFY(printed.wait(30000));
        QCOMPARE(asked, 2);
    }
};

QTEST_MAIN(TestPortalView)
#include "tst_portalview.moc"
