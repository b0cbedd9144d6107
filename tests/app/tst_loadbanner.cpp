#include "bannerbar.h"
#include "certificatedialog.h"
#include "loadbanner.h"
#include "portal/backofftimer.h"
#include "portal/certificatepolicy.h"
#include "portal/loadretry.h"
#include "portal/portalpreferences.h"
#include "portal/reachabilitywatcher.h"
#include "portalviewrig.h"
#include "testcertificate.h"
#include "webtestutil.h"

#include <QCheckBox>
#include <QHttpServer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

// The portal can't be loaded: what the banner says, when the view tries again, and a self-signed
// certificate shown and trusted only on purpose. Real pages in a real PortalView, offscreen; the
// retry clock and the network state are the test's.
class TestLoadBanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    int m_dirs = 0;

    std::unique_ptr<test::PortalViewRig> open(const QString &url,
                                              const std::function<void(PortalView &)> &prepare = {})
    {
        return test::PortalViewRig::open(url, m_root.filePath(QString::number(++m_dirs)), prepare);
    }

public:
    static void initMain()
    {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    }

private slots:
    // Nobody listens on the portal's port: the banner says why and counts down; the retry comes on
    // the (test's) clock, sooner when the network comes back, and "Retry now" loads at once. When
    // the server is up the page loads and the banner goes.
    void unreachablePortalRetriesByItself()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(u"127.0.0.1"_s), 0));
        const quint16 port = probe.serverPort();
        probe.close(); // a port nobody listens on
        qint64 now = 0;
        auto rig = open(u"http://127.0.0.1:%1/portal"_s.arg(port),
                        [&now](PortalView &view) { view.backoff()->setClock([&now] { return now; }); });
        QVERIFY(rig);
        QTRY_VERIFY_WITH_TIMEOUT(rig->view->loadRetry()->isFailing(), 20000);
        QCOMPARE(rig->view->loadRetry()->problem().kind(), LoadProblem::Kind::ConnectionRefused);
        QString text = rig->view->banners()->text(u"load"_s);
        QVERIFY2(text.contains(u"refused the connection") && text.contains(u"Retrying in 10 s"),
                 qPrintable(text));
        QPushButton *retryNow = rig->bannerButton(u"load"_s);
        QVERIFY(retryNow);
        QCOMPARE(retryNow->text(), u"Retry now"_s);

        now += 4000;
        rig->view->backoff()->tick();
        QCOMPARE(rig->view->banners()->text(u"load"_s).contains(u"Retrying in 6 s"), true);
        QCOMPARE(rig->bannerButton(u"load"_s), retryNow); // the countdown updates in place

        QSignalSpy started(rig->view->page(), &QWebEnginePage::loadStarted);
        now += 6000;
        rig->view->backoff()->tick();
        QVERIFY(started.wait(10000)); // the clock's retry
        QTRY_VERIFY(rig->view->banners()->text(u"load"_s).contains(u"Retrying in 20 s"));

        // The network comes back: at once, not in 20 s.
        rig->view->reachability()->setReachability(QNetworkInformation::Reachability::Disconnected);
        rig->view->reachability()->setReachability(QNetworkInformation::Reachability::Online);
        QVERIFY(started.size() == 2 || started.wait(10000));
        QTRY_VERIFY(rig->view->banners()->text(u"load"_s).contains(u"Retrying in 40 s"));

        // The portal is up again; the operator does not wait for the clock.
        QHttpServer revived;
        QVERIFY(revived.listen(QHostAddress(u"127.0.0.1"_s), port));
        test::serveHtml(revived, u"/portal"_s, "<!doctype html><title>back</title>");
        rig->bannerButton(u"load"_s)->click();
        QTRY_COMPARE(rig->page()->title(), u"back"_s);
        QTRY_VERIFY(!rig->view->loadRetry()->isFailing());
        QVERIFY(rig->view->banners()->text(u"load"_s).isEmpty());
        QVERIFY(!rig->view->backoff()->isActive());
    }

    // A self-signed portal: refused with the reason, the certificate on request, trusted only after
    // the operator confirms; then it loads.
    void certificateIsShownAndTrustedOnlyOnPurpose()
    {
        const test::TestCertificate certificate = test::TestCertificate::make(u"127.0.0.1"_s);
        QVERIFY(!certificate.isNull());
        QHttpServer tls;
        tls.sslSetup(certificate.certificate, certificate.key);
        const quint16 port = tls.listen(QHostAddress(u"127.0.0.1"_s), 0);
        QVERIFY(port);
        test::serveHtml(tls, u"/portal"_s, "<!doctype html><title>self-hosted</title>");
        auto rig = open(u"https://127.0.0.1:%1/portal"_s.arg(port));
        QVERIFY(rig);
        QTRY_VERIFY_WITH_TIMEOUT(!rig->view->banners()->text(u"load"_s).isEmpty(), 20000);
        QVERIFY2(rig->view->banners()->text(u"load"_s).contains(u"not issued by an authority"),
                 qPrintable(rig->view->banners()->text(u"load"_s)));
        QVERIFY(!rig->view->backoff()->isActive()); // waiting does not make it trusted

        rig->bannerButton(u"load"_s)->click();
        CertificateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = rig->view->findChild<CertificateDialog *>()) && dialog->isVisible());
        const CertificateSummary summary = CertificateSummary::of(certificate.certificate);
        QCOMPARE(dialog->findChild<QLabel *>(u"fingerprint"_s)->text(), summary.sha256Grouped());
        QVERIFY(dialog->findChild<QLabel *>(u"issuer"_s)->text().contains(u"self-signed"));
        QVERIFY(!dialog->trustButton()->isEnabled());
        dialog->confirmation()->click();
        QVERIFY(dialog->trustButton()->isEnabled());
        dialog->trustButton()->click();
        QTRY_COMPARE(rig->page()->title(), u"self-hosted"_s);
        QTRY_VERIFY(rig->view->banners()->text(u"load"_s).isEmpty());
        QVERIFY(rig->session->preferences()->isTrusted(u"127.0.0.1:%1"_s.arg(port), summary.sha256));
    }
};

QTEST_MAIN(TestLoadBanner)
#include "tst_loadbanner.moc"
