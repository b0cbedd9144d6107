#include "bridge/callcardbridge.h"
#include "demo/demoportalserver.h"
#include "e2efixture.h"
#include "portal/portalsession.h"
#include "sdkworkers.h"
#include "store/eventlogmodel.h"
#include "webtestutil.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;
using opc::test::runJs;

// Attacks in the real window, as the app builds it: the demo portal's genuine call card beside
// forgeries in the top main world and token-bearing echoes on the console's ids. Genuine events are
// logged exactly once, nothing forged is, and no credential reaches any file of the data folder.
class TestE2EBridgeAttacks : public QObject
{
    Q_OBJECT

public:
    static void initMain() { test::prepareWebEngine(); }

private slots:
    void forgeriesAndEchoesNeverReachTheLog()
    {
        test::ConsoleFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.window()->openDemoPortal());
        QVERIFY(f.waitForBinds(1));
        QWebEnginePage *page = f.window()->page();
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.boundCallbackCount()"_s).toInt(), 34, 20000);
        const QString authId = runJs(page, u"DemoPortalLib.config.authId"_s).toString();
        QVERIFY(authId.size() > 10);

        // A portal-page script forges relays (any token it might guess) and portal deliveries.
        runJs(page,
              u"for (let i = 0; i < 50; ++i) {"
              u"  window.dispatchEvent(new MessageEvent('message', {data: {__opcRelay: 'x', kind: 'event'},"
              u"    origin: location.origin, source: frames[0]}));"
              u"  frames[0].postMessage('x:{\"phoneNumber\":\"666\",\"target\":1}', '*'); }"_s);
        // The genuine portal posts token-bearing answers on every bound id (what an echoed
        // getInitData or refreshAuth reply looks like), and a command reply on no-data events.
        runJs(page,
              u"DemoPortalLib.bus.emit('BackgroundCallCard::initialized', {CALL_ID: 'c1', AUTH_ID: '%1',"
              u" REFRESH_ID: DemoPortalLib.config.refreshId});"
              u"DemoPortalLib.bus.emit('BackgroundCallCard::transferButtonClick', {phoneNumber: '1',"
              u" target: 2, access_token: '%1'});"
              u"DemoPortalLib.bus.emit('BackgroundCallCard::hangupButtonClick', []);"_s.arg(authId));
        QTRY_VERIFY(f.console()->session()->bridge()->health()->refusedByReason().value(
                        u"credential-in-payload"_s) == 2);

        // Then a real call: initialized, and a transfer picked in the card.
        runJs(page, u"demoPortal.simulateIncomingCall({phoneNumber: '+19001234567'})"_s);
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.state().card.uiState"_s).toString(),
                                  u"connected"_s, 10000);
        QVERIFY(runJs(page, u"demoPortal.openTransfer() && !!demoPortal.pickEmployee(12)"_s).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(f.store().count(), 2, 10000);
        QVERIFY(!QTest::qWaitFor([&] { return f.store().count() > 2; }, 1500));
        QCOMPARE(f.console()->eventModel()->rowCount(), 2);

        // No credential in any file the console writes: log, settings, diagnostics. (The browser
        // profile under web/ caches what the portal itself sent, its own pages with their forms
        // included, exactly as a browser would; the console does not write there.)
        const QByteArray refreshId = runJs(page, u"DemoPortalLib.config.refreshId"_s).toString().toUtf8();
        f.store().close();
        QDirIterator files(f.dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.fileName().startsWith(f.dataDir() + u"/web/"_s))
                continue;
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++scanned;
            QVERIFY2(!content.contains(authId.toUtf8()) && !content.contains(refreshId),
                     qPrintable(file.fileName()));
        }
        QVERIFY(scanned > 0);
    }

    // The integrator's app is the official SDK (2.x, then 1.x); beside it, a second worker frame of
    // the same vendor's origin is hostile: it sends echo requests naming the console's ids and
    // forges deliveries into the SDK's frame. The SDK and the console both get every genuine event,
    // the console once, and nothing forged.
    void attacksBesideTheOfficialSdk_data() { test::addSdkWorkerRows(); }
    void attacksBesideTheOfficialSdk()
    {
        QFETCH(QString, sdkDir);
        QFETCH(QString, workerPage);
        DemoPortalOptions options = test::sdkWorkerPortal(sdkDir, workerPage);
        QVERIFY2(!options.apps.isEmpty(), "run scripts/run-tests.sh (npm ci in tests/e2e) first");
        QFile hostilePage(QStringLiteral(OPC_SOURCE_DIR "/tests/bridge/pages/worker.html"));
        QVERIFY(hostilePage.open(QIODevice::ReadOnly));
        DemoWorkerApp hostile;
        hostile.html = hostilePage.readAll();
        options.apps << hostile;

        test::ConsoleFixture f;
        DemoPortalServer server(options);
        QVERIFY(server.start());
        f.console()->openPortal(server.portalUrl(), false);
        QVERIFY(f.waitForBinds(2));
        QWebEnginePage *page = f.window()->page();
        const auto sdkState = [page] {
            return QJsonDocument::fromJson(
                       runJs(page, u"JSON.stringify(demoPortal.workerState(0))"_s).toString().toUtf8())
                .object();
        };
        QTRY_VERIFY_WITH_TIMEOUT(sdkState().value(u"ready"_s).toBool(), 45000);
        CallCardBridge *bridge = f.console()->session()->bridge();
        const QStringList ids = bridge->boundCallbackIds();
        QCOMPARE(ids.size(), 34); // two listening frames, 17 each

        const QString hostileFrame =
            u"document.getElementById('appframe_' + demoPortal.frames()[1].appSid).contentWindow"_s;
        const QString idList = u"['"_s + ids.join(u"','"_s) + u"']"_s;
        runJs(page, u"%1.postMessage({attack: 'echo', ids: %2}, '*')"_s.arg(hostileFrame, idList));
        QTRY_COMPARE_WITH_TIMEOUT(bridge->health()->refusedByReason().value(u"echo-request-blocked"_s),
                                  34 * 5, 10000);
        // Forged deliveries into the SDK's frame from its sibling: the source is not the portal.
        runJs(page, u"%1.postMessage({attack: 'sibling', ids: %2}, '*')"_s.arg(hostileFrame, idList));

        runJs(page, u"demoPortal.simulateIncomingCall({phoneNumber: '+74951234567'})"_s);
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.state().card.uiState"_s).toString(),
                                  u"connected"_s, 10000);
        QVERIFY(runJs(page, u"demoPortal.openTransfer() && !!demoPortal.pickEmployee(12)"_s).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(f.store().count(), 2, 10000);
        QVERIFY(!QTest::qWaitFor([&] { return f.store().count() > 2; }, 1500));
        QTRY_COMPARE(sdkState().value(u"received"_s).toObject().value(u"transferButtonClick"_s).toInt(), 1);
        QCOMPARE(sdkState().value(u"error"_s).toString(), QString());
    }
};

QTEST_MAIN(TestE2EBridgeAttacks)
#include "tst_e2e_bridgeattacks.moc"
