#include "testportal.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;
using opc::test::BridgedPage;

// The bridge against a faithful test portal: real QtWebEngine, integrators' workers on two other
// origins. What it must do for genuine traffic: every event once, from any worker frame, with the
// integrator's app seeing exactly what it would see without the console.
class TestCallCardBridge : public QObject
{
    Q_OBJECT

    test::TestPortal m_servers;
    QWebEngineProfile *m_profile = nullptr;

    std::unique_ptr<BridgedPage> open(const QString &path, const QString &preferred = {})
    {
        const QUrl url(m_servers.portalOrigin + path);
        auto page = std::make_unique<BridgedPage>(
            m_profile, url, BridgeConfig{WebOrigin::fromUrl(url), WebOrigin::parse(preferred).origin});
        return page;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_servers.start());
        m_servers.addPage(u"/one"_s, {m_servers.vendorAOrigin});
        m_servers.addPage(u"/two"_s, {m_servers.vendorAOrigin, m_servers.vendorBOrigin});
        m_servers.addPage(u"/three"_s,
                          {m_servers.vendorAOrigin, m_servers.vendorAOrigin, m_servers.vendorBOrigin});
        m_profile = new QWebEngineProfile(this); // off the record
    }

    void relaysEachEventOnceAndLeavesTheIntegratorAlone()
    {
        auto f = open(u"/one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->bound->size(), 1, 20000);
        // The integrator bound 3 events itself; the bridge added its own 17 bindings.
        QTRY_COMPARE(f->js(u"bindingCount('BackgroundCallCard::transferButtonClick')"_s).toInt(), 2);
        QCOMPARE(f->js(u"bindingCount('BackgroundCallCard::dialpadButtonClick')"_s).toInt(), 1);

        f->js(u"fire('BackgroundCallCard::initialized', '{\"CALL_ID\":\"externalCall.7\"}')"_s);
        f->js(
            u"fire('BackgroundCallCard::transferButtonClick', '{\"phoneNumber\":\"+19001234567\",\"target\":12}')"_s);
        f->js(u"fire('BackgroundCallCard::hangupButtonClick', '')"_s);
        QTRY_COMPARE(f->events->size(), 3);
        const auto events = f->received();
        QVERIFY(events.at(1).isTransfer());
        QCOMPARE(events.at(1).phoneNumber, u"+19001234567"_s);
        QCOMPARE(events.at(1).target.value(), u"12"_s);
        QCOMPARE(events.at(1).callId, u"externalCall.7"_s);
        QCOMPARE(events.at(1).portalHost, QUrl(m_servers.portalOrigin).authority());
        QCOMPARE(events.at(2).type, CallCardEventType::HangupButtonClick);
        QVERIFY(events.at(2).payloadJson.isEmpty());

        // The integrator got every event it bound, its FIRST_RUN and its install step, and never
        // saw the console's traffic (no unknown callback ids reached its handler).
        QTRY_COMPARE(f->js(u"workerReports.filter(r => r.event).length"_s).toInt(), 3);
        QCOMPARE(f->js(u"workerReports.find(r => 'firstRun' in r).firstRun"_s).toBool(), true);
        QTRY_VERIFY(f->js(u"workerReports.some(r => r.installed)"_s).toBool());
        QCOMPARE(f->js(u"initCount(0)"_s).toInt(), 1);
        QCOMPARE(f->js(u"requests.filter(r => r.text.startsWith('getInitData')).length"_s).toInt(), 1);
        QCOMPARE(f->js(u"workerReports.filter(r => r.unknownId).length"_s).toInt(), 0);
        QCOMPARE(f->bridge->health()->refusedTotal(), 0);
        QCOMPARE(f->bridge->health()->listeningFrames(), 1);
    }

    void qtIsInvisibleToPageScripts()
    {
        auto f = open(u"/one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->bound->size(), 1, 20000);
        QCOMPARE(f->js(u"typeof qt"_s).toString(), u"undefined"_s);
        QCOMPARE(f->js(u"typeof QWebChannel"_s).toString(), u"undefined"_s);
        QTRY_COMPARE(f->js(u"workerReports.find(r => r.qtType).qtType"_s).toString(), u"undefined"_s);
        QCOMPARE(test::runJs(f->page.get(), u"typeof qt"_s, QWebEngineScript::ApplicationWorld).toString(),
                 u"object"_s);
    }

    // Two apps' worker frames: both listen, each broadcast is logged once, and when one frame
    // navigates away or reloads the other carries on without losing or doubling an event.
    void failoverNeitherLosesNorDoubles()
    {
        auto f = open(u"/two"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->bound->size(), 2, 20000);
        QTRY_COMPARE(f->js(u"bindingCount('BackgroundCallCard::dialpadButtonClick')"_s).toInt(), 2);
        const auto fireKeys = [&](const QString &keys) {
            for (const QChar key : keys)
                f->js(u"fire('BackgroundCallCard::dialpadButtonClick', '\"%1\"')"_s.arg(key));
        };
        fireKeys(u"1123"_s); // two equal presses in a row stay two
        QTRY_COMPARE(f->events->size(), 4);

        f->js(u"navigateFrame(0, '%1/away')"_s.arg(m_servers.vendorBOrigin)); // off the handler's origin
        fireKeys(u"44"_s); // at once, while the first frame is leaving
        QTRY_COMPARE(f->events->size(), 6);
        QTRY_COMPARE(f->bridge->health()->listeningFrames(), 1);
        fireKeys(u"5"_s);
        QTRY_COMPARE(f->events->size(), 7);

        // The remaining frame reloads: the portal now delivers twice to it (old and new ids).
        f->js(u"reloadFrame(1)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->bound->size(), 3, 20000);
        QTRY_COMPARE(f->js(u"bindingCount('BackgroundCallCard::dialpadButtonClick', 1)"_s).toInt(), 2);
        fireKeys(u"6"_s);
        QTRY_COMPARE(f->events->size(), 8);
        QString keys;
        for (const auto &event : f->received())
            keys += event.payload().toString();
        QCOMPARE(keys, u"11234456"_s);
        // Nothing arrives late.
        QVERIFY(!QTest::qWaitFor([&] { return f->events->size() > 8; }, 1000));
    }

    void preferredHandlersFrameListens()
    {
        // Three frames; the preferred app's frame is last in the DOM and still listens.
        auto f = open(u"/three"_s, m_servers.vendorBOrigin);
        QTRY_VERIFY_WITH_TIMEOUT(f->bridge->health()->listeningFrames() >= 2, 20000);
        QTRY_VERIFY([&] {
            for (const auto &frame : f->bridge->health()->frames()) {
                if (frame.preferred && frame.listening)
                    return frame.handler.toString() == m_servers.vendorBOrigin;
            }
            return false;
        }());
        QTRY_COMPARE(f->js(u"bindingCount('BackgroundCallCard::skipButtonClick', 2)"_s).toInt(), 1);
        f->js(u"fire('BackgroundCallCard::skipButtonClick', '')"_s);
        QTRY_COMPARE(f->events->size(), 1);
        QVERIFY(!QTest::qWaitFor([&] { return f->events->size() > 1; }, 500));
    }

    void removedFrameIsReplaced()
    {
        auto f = open(u"/three"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f->bridge->health()->listeningFrames() >= 2, 20000);
        // The first two in DOM order listen (the third too if it spoke first: there is no unbind).
        QTRY_COMPARE(f->js(u"bindingCount('BackgroundCallCard::skipButtonClick', 0)"_s).toInt(), 1);
        QTRY_COMPARE(f->js(u"bindingCount('BackgroundCallCard::skipButtonClick', 1)"_s).toInt(), 1);
        f->js(u"removeFrame(0)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->bridge->health()->listeningFrames(), 2, 10000);
        // The top script notices within its ping period and binds the third frame.
        QTRY_COMPARE_WITH_TIMEOUT(f->js(u"bindingCount('BackgroundCallCard::skipButtonClick', 2)"_s).toInt(),
                                  1, 10000);
        f->js(u"fire('BackgroundCallCard::skipButtonClick', '')"_s);
        QTRY_COMPARE(f->events->size(), 1);
        QVERIFY(!QTest::qWaitFor([&] { return f->events->size() > 1; }, 500));
        QCOMPARE(f->bridge->health()->refusedTotal(), 0);
    }

    void cleanupTestCase() { delete m_profile; }
};

QTEST_MAIN(TestCallCardBridge)
#include "tst_callcardbridge.moc"
