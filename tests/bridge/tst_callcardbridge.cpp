#include "bridge/callcardbridge.h"
#include "bridge/portalwebpage.h"
#include "webtestutil.h"

#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineProfile>

using namespace Qt::StringLiterals;

using namespace opc;
using opc::test::runJs;

namespace {
QByteArray page(const char *name)
{
    QFile file(QStringLiteral(OPC_SOURCE_DIR "/tests/bridge/pages/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test page %s", name);
    return file.readAll();
}
} // namespace

// The bridge against a minimal portal: real QtWebEngine, two origins on loopback, an integrator
// worker in the frame, and hostile frames.
class TestCallCardBridge : public QObject
{
    Q_OBJECT

    QHttpServer m_portal;
    QHttpServer m_handler;
    QHttpServer m_evil;
    QString m_portalOrigin;
    QString m_handlerOrigin;
    QString m_evilOrigin;
    QWebEngineProfile *m_profile = nullptr;

    struct Fixture
    {
        std::unique_ptr<PortalWebPage> page;
        std::unique_ptr<CallCardBridge> bridge;
        std::unique_ptr<QSignalSpy> events;
        std::unique_ptr<QSignalSpy> bound;
        std::unique_ptr<QSignalSpy> rejected;
    };

    Fixture open(const QString &path, const QString &handlerOrigin = {})
    {
        Fixture f;
        f.page = std::make_unique<PortalWebPage>(m_profile);
        f.bridge = std::make_unique<CallCardBridge>();
        f.events = std::make_unique<QSignalSpy>(f.bridge.get(), &CallCardBridge::eventReceived);
        f.bound = std::make_unique<QSignalSpy>(f.bridge.get(), &CallCardBridge::workerFrameBound);
        f.rejected = std::make_unique<QSignalSpy>(f.bridge.get(), &CallCardBridge::relayRejected);
        const QUrl url(m_portalOrigin + path);
        f.page->setPortalUrl(url);
        f.bridge->install(f.page.get(), BridgeConfig{url.authority(), handlerOrigin});
        f.page->load(url);
        return f;
    }

private slots:
    void initTestCase()
    {
        m_handlerOrigin = test::listenLoopback(m_handler, u"127.0.0.2"_s);
        m_evilOrigin = test::listenLoopback(m_evil, u"127.0.0.2"_s);
        m_portalOrigin = test::listenLoopback(m_portal, u"127.0.0.1"_s);
        QVERIFY(!m_handlerOrigin.isEmpty() && !m_portalOrigin.isEmpty() && !m_evilOrigin.isEmpty());
        test::serveHtml(m_handler, u"/worker"_s, page("worker.html"));
        test::serveHtml(m_handler, u"/worker2"_s, page("worker.html"));
        test::serveHtml(m_evil, u"/evil"_s, page("evil.html"));

        const auto portal = [this](const QString &handlers, const QString &evil) {
            QByteArray html = page("portal.html");
            html.replace("%HANDLERS%", handlers.toUtf8());
            html.replace("%EVIL%", evil.toUtf8());
            return html;
        };
        const QString one = u"[{\"origin\":\"%1\",\"path\":\"/worker\"}]"_s.arg(m_handlerOrigin);
        const QString two =
            u"[{\"origin\":\"%1\",\"path\":\"/worker\"},{\"origin\":\"%1\",\"path\":\"/worker2\"}]"_s.arg(
                m_handlerOrigin);
        test::serveHtml(m_portal, u"/one"_s, portal(one, {}));
        test::serveHtml(m_portal, u"/two"_s, portal(two, {}));
        test::serveHtml(m_portal, u"/hostile"_s, portal(one, m_evilOrigin + u"/evil"_s));
        m_profile = new QWebEngineProfile(this); // off the record
    }

    void relaysEachEventOnceAndLeavesTheIntegratorAlone()
    {
        auto f = open(u"/one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.bound->size(), 1, 20000);
        // The integrator bound 3 events itself; the bridge added its own 17 bindings.
        QTRY_COMPARE(
            runJs(f.page.get(), u"bindingCount('BackgroundCallCard::transferButtonClick')"_s).toInt(), 2);
        QCOMPARE(runJs(f.page.get(), u"bindingCount('BackgroundCallCard::dialpadButtonClick')"_s).toInt(), 1);

        runJs(f.page.get(), u"fire('BackgroundCallCard::initialized', '{\"CALL_ID\":\"externalCall.7\"}')"_s);
        runJs(
            f.page.get(),
            u"fire('BackgroundCallCard::transferButtonClick', '{\"phoneNumber\":\"+19001234567\",\"target\":12}')"_s);
        runJs(f.page.get(), u"fire('BackgroundCallCard::hangupButtonClick', '')"_s);
        QTRY_COMPARE(f.events->size(), 3);

        const auto transfer = f.events->at(1).at(0).value<CallCardEvent>();
        QVERIFY(transfer.isTransfer());
        QCOMPARE(transfer.phoneNumber, u"+19001234567"_s);
        QCOMPARE(transfer.target.value(), u"12"_s);
        QCOMPARE(transfer.target.kind(), TransferTarget::Kind::User);
        QCOMPARE(transfer.callId, u"externalCall.7"_s);
        QCOMPARE(f.events->at(2).at(0).value<CallCardEvent>().type, CallCardEventType::HangupButtonClick);

        // The integrator's own handlers still got every event it bound.
        QTRY_COMPARE(runJs(f.page.get(), u"workerReports.filter(r => r.event).length"_s).toInt(), 3);
        QCOMPARE(f.rejected->size(), 0);
    }

    void qtIsInvisibleToPageScripts()
    {
        auto f = open(u"/one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.bound->size(), 1, 20000);
        QCOMPARE(runJs(f.page.get(), u"typeof qt"_s).toString(), u"undefined"_s);
        QCOMPARE(runJs(f.page.get(), u"typeof QWebChannel"_s).toString(), u"undefined"_s);
        QCOMPARE(runJs(f.page.get(), u"workerReports.find(r => r.qtType).qtType"_s).toString(),
                 u"undefined"_s);
        // ...while the console's own world has the channel.
        QCOMPARE(runJs(f.page.get(), u"typeof qt"_s, QWebEngineScript::ApplicationWorld).toString(),
                 u"object"_s);
    }

    void bindsInOneWorkerFrameOnly()
    {
        auto f = open(u"/two"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.bound->size(), 1, 20000);
        // Both integrators bound transferButtonClick; only one frame got the console's binding.
        QTRY_COMPARE(
            runJs(f.page.get(), u"bindingCount('BackgroundCallCard::transferButtonClick')"_s).toInt(), 3);
        QCOMPARE(runJs(f.page.get(), u"bindingCount('BackgroundCallCard::skipButtonClick')"_s).toInt(), 1);
        runJs(f.page.get(), u"fire('BackgroundCallCard::skipButtonClick', '')"_s);
        QTRY_COMPARE(f.events->size(), 1);

        // After the listening frame reloads, it binds again and events still count once.
        const QString first = f.bound->at(0).at(0).toString();
        const int index = runJs(f.page.get(),
                                u"Array.from(document.querySelectorAll('iframe'))"
                                u".findIndex(fr => fr.name.endsWith('%1'))"_s.arg(first))
                              .toInt();
        QVERIFY(index >= 0);
        runJs(f.page.get(), u"reloadFrame(%1)"_s.arg(index));
        QTRY_COMPARE_WITH_TIMEOUT(f.bound->size(), 2, 20000);
        runJs(f.page.get(), u"fire('BackgroundCallCard::answerButtonClick', '')"_s);
        QTRY_COMPARE(f.events->size(), 2);
        QCOMPARE(f.events->at(1).at(0).value<CallCardEvent>().type, CallCardEventType::AnswerButtonClick);
    }

    void configuredHandlerOriginWins()
    {
        auto f = open(u"/one"_s, u"http://127.0.0.2:1"_s);
        QVERIFY(runJs(f.page.get(), u"1"_s).isValid());
        QTRY_VERIFY(runJs(f.page.get(), u"workerReports.filter(r => r.qtType).length"_s).toInt() == 1);
        QTRY_COMPARE(runJs(f.page.get(), u"bindingCount('BackgroundCallCard::hangupButtonClick')"_s).toInt(),
                     1);
        QCOMPARE(f.bound->size(), 0);
    }

    void hostileFramesAreIgnored()
    {
        auto f = open(u"/hostile"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.bound->size(), 1, 20000);
        QTRY_VERIFY(runJs(f.page.get(), u"document.querySelectorAll('iframe').length"_s).toInt() == 2);
        runJs(
            f.page.get(),
            u"fire('BackgroundCallCard::transferButtonClick', '{\"phoneNumber\":\"+1\",\"target\":\"+4930\"}')"_s);
        QTRY_COMPARE(f.events->size(), 1);
        // Let the evil frame forge for a while (its timer runs every 50 ms), and the top page replay.
        QTRY_VERIFY(runJs(f.page.get(), u"replayed"_s).toInt() >= 3);
        // Many rounds of forgeries (each several messages) must come and go without an event.
        QTRY_VERIFY_WITH_TIMEOUT(runJs(f.page.get(), u"evilRounds"_s).toInt() >= 10, 10000);
        QCOMPARE(f.events->size(), 1);
        const auto event = f.events->at(0).at(0).value<CallCardEvent>();
        QCOMPARE(event.target.kind(), TransferTarget::Kind::Phone);
        QCOMPARE(f.rejected->size(), 0); // the forgeries never even reached C++
        QCOMPARE(runJs(f.page.get(), u"typeof qt"_s).toString(), u"undefined"_s);
    }

    // A hostile or broken portal page: malformed deliveries on the console's own callback ids and a
    // flood far beyond what a call card fires. Nothing malformed becomes an event, the flood is cut
    // to the rate limit, and the bridge keeps working afterwards.
    void malformedAndFloodingPortalIsContained()
    {
        auto f = open(u"/one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.bound->size(), 1, 20000);
        QWebEnginePage *page = f.page.get();
        runJs(page,
              u"fire('BackgroundCallCard::transferButtonClick', '{\"phoneNumber\":\"+1\",\"target\":')"_s);
        runJs(page,
              u"fire('BackgroundCallCard::transferButtonClick', '{\"phoneNumber\":5,\"target\":true}')"_s);
        runJs(page, u"fire('BackgroundCallCard::muteButtonClick', '\"yes\"')"_s);
        runJs(page,
              u"fire('BackgroundCallCard::addCommentButtonClick', JSON.stringify('x'.repeat(100000)))"_s);
        QTRY_COMPARE(f.rejected->size(), 4);
        QCOMPARE(f.events->size(), 0);
        const QString reasons = [&] {
            QStringList all;
            for (const auto &call : std::as_const(*f.rejected))
                all << call.at(0).toString();
            return all.join(u" | "_s);
        }();
        QVERIFY2(reasons.contains(u"not valid JSON") && reasons.contains(u"exceeds"), qPrintable(reasons));

        // 2,000 hangups in one go: far beyond a real card.
        runJs(page, u"for (let i = 0; i < 2000; ++i) fire('BackgroundCallCard::hangupButtonClick', '')"_s);
        QTRY_VERIFY(f.rejected->size() > 4); // the flood was reported
        const int accepted = f.events->size();
        QVERIFY2(accepted >= 1 && accepted <= CallCardBridge::burstLimit + 20,
                 qPrintable(QString::number(accepted)));
        // Once the flood is over, a genuine transfer still gets through.
        QTRY_VERIFY_WITH_TIMEOUT(
            runJs(
                page,
                u"fire('BackgroundCallCard::transferButtonClick', '{\"phoneNumber\":\"+1\",\"target\":7}')"_s)
                        .toInt() >= 1 &&
                f.events->size() > accepted &&
                f.events->constLast().at(0).value<CallCardEvent>().isTransfer(),
            10000);
    }

    void cleanupTestCase() { delete m_profile; }
};

QTEST_MAIN(TestCallCardBridge)
#include "tst_callcardbridge.moc"
