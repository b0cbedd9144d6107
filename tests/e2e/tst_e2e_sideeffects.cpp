#include "bridge/portalwebpage.h"
#include "demo/demoportalserver.h"
#include "e2efixture.h"
#include "sdkworkers.h"
#include "webtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

using namespace opc;
using opc::test::runJs;

namespace {

// One run of the not-installed demo portal: what the integrator's app saw, and the portal's record
// of frame 0 (its wire log, install flag and frame loads) and of the handler's page requests.
struct Observed
{
    QString error; // the worker page's own error, if any
    QJsonValue firstRun; // $b24.isFirstRun in the app
    bool installed = false; // the portal recorded the app's install
    int loads = 0; // load events of the worker frame (every document, bitrix24-protocol.md §10.1)
    int documents = 0; // worker pages the handler served
    QMap<QString, int> requests; // commands the portal took for frame 0's APP_SID, by name
    QJsonArray firstRunReplies; // FIRST_RUN of every getInitData reply, in order
    QJsonArray setInstallParams; // params of every setInstall request
};

QString describe(const QMap<QString, int> &requests)
{
    QStringList parts;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        parts.append(it.key() + u" x"_s + QString::number(it.value()));
    return parts.join(u", "_s);
}

} // namespace

// The integrator's install step must not notice the console (bitrix24-protocol.md §10.5): an app that
// is not installed yet gets FIRST_RUN:true in its getInitData and records its install with setInstall,
// exactly as in a plain browser page. The console must send no getInitData of its own (the portal
// hands FIRST_RUN to the first request only) and must never reload or re-navigate the worker frame
// (§10.1, §10.2). Run with the official SDK 2.x and 1.x.
class TestE2ESideEffects : public QObject
{
    Q_OBJECT

    static Observed observe(QWebEnginePage *page, int documents)
    {
        const QString text = runJs(page, uR"(JSON.stringify((() => {
            const tail = (t) => t.slice(t.indexOf(':') + 1);
            const callbackOf = (t) => { const p = t.split(':'); return p[p.length - 2]; };
            const paramsOf = (t) => { const p = t.split(':'); return p.slice(1, p.length - 2).join(':'); };
            const log = demoPortal.wireLog().filter(e => e.frame === 0);
            const requests = log.filter(e => e.dir !== 'out');
            const counts = {};
            for (const e of requests) counts[e.text.split(':')[0]] = (counts[e.text.split(':')[0]] || 0) + 1;
            const initIds = requests.filter(e => e.text.startsWith('getInitData:')).map(e => callbackOf(e.text));
            const frame = demoPortal.frames()[0];
            return {
              worker: demoPortal.workerState(0) || {}, installed: frame.installed, loads: frame.stats.loads,
              requests: counts,
              firstRunReplies: log.filter(e => e.dir === 'out' && initIds.includes(e.text.slice(0, e.text.indexOf(':'))))
                .map(e => JSON.parse(tail(e.text)).FIRST_RUN),
              setInstallParams: requests.filter(e => e.text.startsWith('setInstall:')).map(e => paramsOf(e.text)),
            };
          })()))"_s)
                                 .toString();
        const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
        Observed observed;
        const QJsonObject worker = json.value(u"worker"_s).toObject();
        observed.error = worker.value(u"error"_s).toString();
        observed.firstRun = worker.value(u"firstRun"_s);
        observed.installed = json.value(u"installed"_s).toBool();
        observed.loads = json.value(u"loads"_s).toInt();
        observed.documents = documents;
        const QJsonObject requests = json.value(u"requests"_s).toObject();
        for (auto it = requests.begin(); it != requests.end(); ++it)
            observed.requests.insert(it.key(), it.value().toInt());
        observed.firstRunReplies = json.value(u"firstRunReplies"_s).toArray();
        observed.setInstallParams = json.value(u"setInstallParams"_s).toArray();
        return observed;
    }

    // The SDK has initialised (and so had its setInstall answered) and its binds' 900 ms are over.
    static bool appSettled(QWebEnginePage *page)
    {
        return runJs(page,
                     u"!!(window.demoPortal && demoPortal.workerState(0)"
                     u" && (demoPortal.workerState(0).ready || demoPortal.workerState(0).error))"_s)
            .toBool();
    }

    static int boundCallbacks(QWebEnginePage *page)
    {
        return runJs(page, u"window.demoPortal ? demoPortal.boundCallbackCount(undefined, 0) : 0"_s).toInt();
    }

public:
    static void initMain() { test::prepareWebEngine(); }

private slots:

    void firstRunAndSetInstallReachTheAppAsWithoutTheConsole_data() { test::addSdkWorkerRows(); }

    void firstRunAndSetInstallReachTheAppAsWithoutTheConsole()
    {
        QFETCH(QString, sdkDir);
        QFETCH(QString, workerPage);
        const DemoPortalOptions options = test::sdkWorkerPortal(sdkDir, workerPage, /*installed=*/false);
        QVERIFY2(!options.apps.isEmpty(), "run scripts/run-tests.sh (npm ci in tests/e2e) first");

        // (a) Without the console: a plain QtWebEngine page, nothing injected.
        Observed plain;
        {
            DemoPortalServer server(options);
            QSignalSpy served(&server, &DemoPortalServer::handlerPageRequested);
            QVERIFY(server.start());
            QWebEngineProfile profile; // off the record
            QWebEnginePage page(&profile);
            QWebEngineView view;
            view.setPage(&page);
            view.resize(1200, 800);
            view.show();
            page.load(server.portalUrl());
            QTRY_VERIFY_WITH_TIMEOUT(appSettled(&page), 45000);
            QCOMPARE(boundCallbacks(&page), 17);
            plain = observe(&page, int(served.size()));
        }
        QCOMPARE(plain.error, QString());
        QCOMPARE(plain.firstRun, QJsonValue(true));
        QCOMPARE(plain.requests.value(u"getInitData"_s), 1);
        QCOMPARE(plain.firstRunReplies, QJsonArray{true});
        QCOMPARE(plain.setInstallParams, QJsonArray{u"{\"install\":true}"_s});
        QVERIFY(plain.installed);
        QCOMPARE(plain.loads, 1);
        QCOMPARE(plain.documents, 1);

        // (b) The same portal in the console, its bridge attached.
        Observed consoled;
        {
            test::ConsoleFixture f;
            QVERIFY(f.ok());
            DemoPortalServer server(options);
            QSignalSpy served(&server, &DemoPortalServer::handlerPageRequested);
            QVERIFY(server.start());
            f.console()->openPortal(server.portalUrl(), false);
            QVERIFY(f.waitForBinds(1));
            QWebEnginePage *page = f.window()->page();
            // The app's 17 binds and the console's 17 on the same frame.
            QTRY_VERIFY_WITH_TIMEOUT(appSettled(page) && boundCallbacks(page) >= 34, 45000);
            consoled = observe(page, int(served.size()));
        }
        QCOMPARE(consoled.error, QString());

        // The console neither reloaded nor re-navigated the worker frame: one document, one load.
        QCOMPARE(consoled.documents, 1);
        QCOMPARE(consoled.loads, 1);

        // The console's own requests: everything beyond what the app sends without it. They contain
        // no getInitData (it would take the app's FIRST_RUN), no setInstall and no CallCard* command
        // (§1.4); and the app still sent everything it sends without the console.
        QMap<QString, int> console;
        for (auto it = consoled.requests.cbegin(); it != consoled.requests.cend(); ++it) {
            const int extra = it.value() - plain.requests.value(it.key());
            if (extra != 0)
                console.insert(it.key(), extra);
        }
        const QString consoleTraffic = u"console's requests: "_s + describe(console);
        for (auto it = console.cbegin(); it != console.cend(); ++it) {
            QVERIFY2(it.value() > 0,
                     qPrintable(u"the app sent fewer "_s + it.key() + u"; "_s + consoleTraffic));
            QVERIFY2(it.key() != u"getInitData"_s && it.key() != u"setInstall"_s &&
                         !it.key().startsWith(u"CallCard"_s),
                     qPrintable(consoleTraffic));
        }

        // So the app saw what it sees without the console: FIRST_RUN true, its setInstall recorded.
        QCOMPARE(consoled.requests.value(u"getInitData"_s), 1);
        QCOMPARE(consoled.firstRunReplies, plain.firstRunReplies);
        QCOMPARE(consoled.firstRun, plain.firstRun);
        QCOMPARE(consoled.setInstallParams, plain.setInstallParams);
        QVERIFY(consoled.installed);
    }
};

QTEST_MAIN(TestE2ESideEffects)
#include "tst_e2e_sideeffects.moc"
