#include "testportal.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;
using opc::test::BridgedPage;

// Each threat of the bridge-trust issue, played by a real page against the real bridge. Every test
// asserts that genuine events are logged exactly once, that nothing forged is, and (where the
// attack is one only a hostile script makes) that it was counted.
class TestBridgeAttacks : public QObject
{
    Q_OBJECT

    test::TestPortal m_servers;
    QWebEngineProfile *m_profile = nullptr;

    std::unique_ptr<BridgedPage> open(const QString &path, const QString &portalOrigin = {},
                                      const FloodBudget &budget = {})
    {
        const QUrl url(m_servers.portalOrigin + path);
        const WebOrigin portal =
            portalOrigin.isEmpty() ? WebOrigin::fromUrl(url) : WebOrigin::parse(portalOrigin).origin;
        return std::make_unique<BridgedPage>(m_profile, url, BridgeConfig{portal, {}, budget});
    }

    // A transfer and a hangup, fired by the portal itself.
    static void fireGenuine(BridgedPage &f)
    {
        f.js(
            u"fire('BackgroundCallCard::transferButtonClick', '{\"phoneNumber\":\"+19001234567\",\"target\":12}')"_s);
        f.js(u"fire('BackgroundCallCard::hangupButtonClick', '')"_s);
    }

    static void expectOnlyGenuine(BridgedPage &f)
    {
        QTRY_COMPARE(f.events->size(), 2);
        QVERIFY(!QTest::qWaitFor([&] { return f.events->size() > 2; }, 1000));
        const auto events = f.received();
        QCOMPARE(events.at(0).phoneNumber, u"+19001234567"_s);
        QCOMPARE(events.at(1).type, CallCardEventType::HangupButtonClick);
    }

    static QString idsJson(BridgedPage &f)
    {
        return u"['"_s + f.bridge->boundCallbackIds().join(u"','"_s) + u"']"_s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_servers.start());
        m_servers.addPage(u"/one"_s, {m_servers.vendorAOrigin});
        // A third-origin frame and a same-origin sibling of the worker (another placement of the same
        // vendor, or an XSS), both direct children of the portal page, both forging all the time.
        m_servers.addPage(
            u"/hostile"_s, {m_servers.vendorAOrigin},
            u"[{\"src\":\"%1/evil\"},{\"src\":\"%2/evil\"},"
            u"{\"src\":\"%2/evil\",\"inContainer\":true,\"id\":\"appframe_%3\",\"name\":\"x\"}]"_s.arg(
                m_servers.evilOrigin, m_servers.vendorAOrigin, u"0"_s.repeated(32)));
        m_profile = new QWebEngineProfile(this);
    }

    // Threat: the integrator's page (or anything it loads) dispatches forged deliveries, with the
    // parent as source and the portal's origin, on the console's real callback ids.
    void syntheticEventsInTheWorkerAreIgnored()
    {
        auto f = open(u"/one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->bound->size(), 1, 20000);
        QCOMPARE(f->bridge->boundCallbackIds().size(), 17);
        f->js(u"frames[0].postMessage({attack: 'synthetic', ids: %1}, '*')"_s.arg(idsJson(*f)));
        QTRY_VERIFY(f->js(u"workerReports.some(r => r.attackDone === 'synthetic')"_s).toBool());
        fireGenuine(*f);
        expectOnlyGenuine(*f);
    }

    // Threat: a script in the portal page's main world forges a relay with the real token.
    void syntheticRelaysInTheTopAreIgnored()
    {
        auto f = open(u"/one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->bound->size(), 1, 20000);
        const auto frame = f->bridge->health()->frames().first();
        const QString forged =
            u"{__opcRelay: '%1', kind: 'event', sid: '%2', doc: '%3', seq: 1000, "
            u"data: '%4:{\"phoneNumber\":\"666\",\"target\":1}'}"_s.arg(
                f->secrets.token, frame.appSid, u"0"_s.repeated(32), f->bridge->boundCallbackIds().first());
        f->js(u"for (let i = 0; i < 20; ++i) window.dispatchEvent(new MessageEvent('message', "
              u"{data: %1, origin: '%2', source: frames[0]}))"_s.arg(forged, m_servers.vendorAOrigin));
        QTRY_COMPARE(f->refused(u"synthetic-event"_s), 20);
        fireGenuine(*f);
        expectOnlyGenuine(*f);
        QVERIFY(f->bridge->health()->attacks() >= 20);
    }

    // Threat: a script on the handler's origin asks the genuine portal to echo chosen JSON, or the
    // app's tokens, to the console's callback ids (bitrix24-protocol.md §10.6).
    void echoRequestsNeverReachThePortal()
    {
        auto f = open(u"/one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->bound->size(), 1, 20000);
        const int before = f->js(u"requests.length"_s).toInt();
        f->js(u"frames[0].postMessage({attack: 'echo', ids: %1}, '*')"_s.arg(idsJson(*f)));
        QTRY_VERIFY(f->js(u"workerReports.some(r => r.attackDone === 'echo')"_s).toBool());
        QTRY_COMPARE(f->refused(u"echo-request-blocked"_s), 17 * 5);
        // The portal's handler never saw one of them.
        QCOMPARE(f->js(u"requests.slice(%1).filter(r => r.text.includes('%2')).length"_s.arg(before).arg(
                           f->secrets.marker))
                     .toInt(),
                 0);
        fireGenuine(*f);
        expectOnlyGenuine(*f);
    }

    // Threat: the portal itself (or a script that got it to) posts replies, echoes and token-bearing
    // answers on the console's ids: shapes no real event has are refused, tokens never pass.
    void repliesOnEventIdsAreNotEvents()
    {
        auto f = open(u"/one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->bound->size(), 1, 20000);
        for (const char *payload : {"[]", "{}", "\\\"\\\"", "null"})
            f->js(u"fire('BackgroundCallCard::hangupButtonClick', '%1')"_s.arg(QLatin1StringView(payload)));
        f->js(u"fire('BackgroundCallCard::transferButtonClick', '{\"phoneNumber\":\"1\",\"target\":2,"
              u"\"AUTH_ID\":\"SECRET_AUTH_ID_VALUE\"}')"_s);
        f->js(u"fire('BackgroundCallCard::initialized', '{\"CALL_ID\":\"c\",\"REFRESH_ID\":\"SECRET\"}')"_s);
        QTRY_COMPARE(f->refused(u"command-reply-as-event"_s), 4);
        QTRY_COMPARE(f->refused(u"credential-in-payload"_s), 2);
        fireGenuine(*f);
        expectOnlyGenuine(*f);
        for (const auto &event : f->received())
            QVERIFY(!event.payloadJson.contains("SECRET"));
    }

    // Threat: hostile frames (a third origin, a same-origin sibling, a look-alike inside the worker
    // container) forge relays and deliveries again and again.
    void hostileFramesGainNothing()
    {
        auto f = open(u"/hostile"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->bound->size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            f->js(u"workerReports.filter(r => r.evilRounds >= 10).length"_s).toInt() >= 3, 15000);
        fireGenuine(*f);
        expectOnlyGenuine(*f);
        QCOMPARE(f->bridge->health()->frames().size(), 1);
        QCOMPARE(f->js(u"typeof qt"_s).toString(), u"undefined"_s);
    }

    // Threat: one frame floods the top page; a genuine event from the portal must still get through.
    void floodFromOneFrameCostsNoGenuineEvent()
    {
        auto f = open(u"/one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->bound->size(), 1, 20000);
        f->js(u"frames[0].postMessage({attack: 'flood', count: 5000}, '*')"_s);
        fireGenuine(*f);
        QTRY_VERIFY_WITH_TIMEOUT(f->js(u"workerReports.some(r => r.attackDone === 'flood')"_s).toBool(),
                                 20000);
        expectOnlyGenuine(*f);
        QTRY_VERIFY(f->refused(u"relay-bad-token"_s) >= 5000);
    }

    // A portal page floods deliveries far beyond a real card: cut to the frame's budget, counted once
    // per period in the log, and the bridge keeps working afterwards. A small budget keeps the test
    // quick; tst_workerframedirectory checks what the shipped one admits and cuts.
    void floodOfDeliveriesIsCut()
    {
        auto f = open(u"/one"_s, {}, FloodBudget{200, 40, 512 * 1024, 128 * 1024});
        QTRY_COMPARE_WITH_TIMEOUT(f->bound->size(), 1, 20000);
        f->js(u"for (let i = 0; i < 2000; ++i) fire('BackgroundCallCard::dialpadButtonClick', '\"1\"')"_s);
        QTRY_VERIFY(f->refused(u"event-rate"_s) > 0);
        const int accepted = f->events->size();
        QVERIFY2(accepted >= 100 && accepted < 1000, qPrintable(QString::number(accepted)));
        QTRY_VERIFY_WITH_TIMEOUT(
            f->js(
                 u"fire('BackgroundCallCard::transferButtonClick', '{\"phoneNumber\":\"+1\",\"target\":7}')"_s)
                        .toInt() >= 1 &&
                f->events->size() > accepted && f->received().constLast().isTransfer(),
            15000);
    }

    // Threat: the top document is not the portal (the operator followed a link, a page redirected).
    // The scripts stay inert: nothing reaches C++.
    void offPortalTopDocumentIsInert()
    {
        // The same page served from another origin, with worker frames named after the portal.
        auto f = open(u"/one"_s, u"http://127.0.0.1:1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f->js(u"workerReports.some(r => 'firstRun' in r)"_s).toBool(), 20000);
        QVERIFY(!QTest::qWaitFor([&] { return f->bridge->health()->refusedTotal() > 0; }, 2000));
        QCOMPARE(f->bridge->health()->frames().size(), 0);
        QCOMPARE(f->js(u"bindingCount('BackgroundCallCard::hangupButtonClick')"_s).toInt(), 1); // the app's
        fireGenuine(*f);
        QVERIFY(!QTest::qWaitFor([&] { return f->events->size() > 0; }, 1000));
    }

    // Threat: an http:// page on the portal's host and port is not the https portal.
    void httpLookAlikeIsNotThePortal()
    {
        const QUrl http(m_servers.portalOrigin);
        auto f = open(u"/one"_s, u"https://%1"_s.arg(http.authority()));
        QTRY_VERIFY_WITH_TIMEOUT(f->js(u"workerReports.some(r => 'firstRun' in r)"_s).toBool(), 20000);
        QVERIFY(!QTest::qWaitFor([&] { return !f->bridge->health()->frames().isEmpty(); }, 2000));
        QCOMPARE(f->js(u"bindingCount('BackgroundCallCard::hangupButtonClick')"_s).toInt(), 1);
        fireGenuine(*f);
        QVERIFY(!QTest::qWaitFor([&] { return f->events->size() > 0; }, 1000));
        QCOMPARE(f->bridge->health()->refusedTotal(), 0);
    }

    void cleanupTestCase() { delete m_profile; }
};

QTEST_MAIN(TestBridgeAttacks)
#include "tst_bridgeattacks.moc"
