#include "demo/demoportalserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <memory>

using opc::DemoPortalOptions;
using opc::DemoPortalServer;

namespace {

// Collects JavaScript errors from every frame: the demo pages must run clean in Chromium 102.
class RecordingPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;
    QStringList errors;

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override
    {
        if (level == ErrorMessageLevel)
            errors.append(source + u':' + QString::number(line) + u": "_qs + message);
    }
};

} // namespace

// Loads the demo portal in an offscreen QtWebEngine and drives it through window.demoPortal.
// The built-in worker (127.0.0.2) reports what it received back to the portal page, because
// runJavaScript only reaches the main frame in Qt 6.4.
class TestDemoPortalPage : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        // Also when run directly rather than through ctest (opc_add_test sets these).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }

private:
    struct Portal
    {
        std::unique_ptr<DemoPortalServer> server;
        std::unique_ptr<QWebEngineProfile> profile;
        std::unique_ptr<RecordingPage> page;
        std::unique_ptr<QWebEngineView> view;
        ~Portal()
        {
            // The page must go before its profile.
            view.reset();
            page.reset();
        }
    };

    static std::unique_ptr<Portal> openPortal(const DemoPortalOptions &options = {})
    {
        auto portal = std::make_unique<Portal>();
        portal->server = std::make_unique<DemoPortalServer>(options);
        if (!portal->server->start())
            return {};
        portal->profile = std::make_unique<QWebEngineProfile>(); // off the record
        portal->page = std::make_unique<RecordingPage>(portal->profile.get());
        portal->view = std::make_unique<QWebEngineView>();
        portal->view->setPage(portal->page.get());
        portal->view->resize(1200, 800);
        portal->view->show();
        portal->view->load(portal->server->portalUrl());
        return portal;
    }

    static QVariant run(QWebEnginePage *page, const QString &script)
    {
        QVariant result;
        bool done = false;
        page->runJavaScript(script, [&](const QVariant &value) {
            result = value;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning() << "runJavaScript timed out:" << script.left(120);
        return result;
    }

    // Evaluates a JS expression in the portal page and returns it through JSON (exact types).
    static QJsonValue json(QWebEnginePage *page, const QString &expression)
    {
        const QString text = run(page,
                                 u"JSON.stringify([(() => { try { return ("_qs + expression +
                                     u"); } catch (e) { return null; } })()])"_qs)
                                 .toString();
        return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
    }

    QJsonValue js(const QString &expression) { return json(m_portal->page.get(), expression); }

    std::unique_ptr<Portal> m_portal;
    QString m_sid;

private slots:
    void initTestCase()
    {
        m_portal = openPortal();
        QVERIFY(m_portal);
        QSignalSpy requested(m_portal->server.get(), &DemoPortalServer::handlerPageRequested);
        // The worker frame was POSTed into and has bound all 17 events.
        QTRY_VERIFY_WITH_TIMEOUT(js(u"window.demoPortal && demoPortal.boundCallbackCount()"_qs).toInt() == 17,
                                 30000);
        m_sid = m_portal->server->lastAppSids().value(0);
        QCOMPARE(m_sid.size(), 32);

        QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 10000);
        const auto args = requested.first();
        QCOMPARE(args.at(1).toString(), u"POST"_qs);
        const auto query = args.at(2).value<QUrlQuery>();
        QCOMPARE(query.queryItemValue(u"APP_SID"_qs), m_sid);
        QCOMPARE(query.queryItemValue(u"DOMAIN"_qs, QUrl::FullyDecoded), m_portal->server->portalHost());
        const auto form = args.at(3).value<QUrlQuery>();
        QCOMPARE(form.queryItemValue(u"AUTH_ID"_qs, QUrl::FullyDecoded), m_portal->server->currentAuthId());
        QCOMPARE(form.queryItemValue(u"PLACEMENT"_qs), u"PAGE_BACKGROUND_WORKER"_qs);
        QCOMPARE(form.queryItemValue(u"PLACEMENT_OPTIONS"_qs, QUrl::FullyDecoded),
                 u"{\"ID\":\"PAGE_BACKGROUND_WORKER\",\"URI\":\"/\"}"_qs);
    }

    void workerGotInitData()
    {
        QTRY_VERIFY_WITH_TIMEOUT(js(u"demoPortal.workerState(0).initData.hasAuth"_qs).toBool(), 10000);
        const QJsonObject init = js(u"demoPortal.workerState(0).initData"_qs).toObject();
        QCOMPARE(init.value(u"DOMAIN"_qs).toString(), m_portal->server->portalHost());
        QCOMPARE(init.value(u"PLACEMENT"_qs).toString(), u"PAGE_BACKGROUND_WORKER"_qs);
        QCOMPARE(init.value(u"PLACEMENT_OPTIONS"_qs).toObject().value(u"URI"_qs).toString(), u"/"_qs);
        QCOMPARE(js(u"demoPortal.boundCallbackCount('BackgroundCallCard::transferButtonClick')"_qs).toInt(),
                 1);
        QCOMPARE(js(u"demoPortal.state().card"_qs), QJsonValue(QJsonValue::Null));
    }

    void wrongOriginIsIgnored()
    {
        const int before = js(u"demoPortal.frames()[0].stats.droppedOrigin"_qs).toInt();
        // Right APP_SID, but posted by the portal page itself: not the handler origin.
        js(u"window.postMessage('CallCardGetListUiStates:{}:evil1:"_qs + m_sid + u"', '*'), 0"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(js(u"demoPortal.frames()[0].stats.droppedOrigin"_qs).toInt() > before,
                                 10000);
        QVERIFY(!js(u"demoPortal.wireLog().some(e => e.text.startsWith('evil1:'))"_qs).toBool());
        QVERIFY(!js(u"demoPortal.state().used"_qs).toBool());
    }

    void wrongAppSidIsIgnoredAndCommandsNeedACard()
    {
        // A sibling frame on the handler origin: the portal checks origin and APP_SID, not the source.
        const QString wrongSid(32, u'f');
        QJsonArray messages;
        messages.append(QString(u"CallCardGetListUiStates:{}:probe0:"_qs + wrongSid));
        messages.append(QString(
            u"CallCardSetUiState:{\"uiState\":\"connected\",\"isRawValue\":false}:probe1:"_qs + m_sid));
        messages.append(QString(u"CallCardGetListUiStates:{\"isRawValue\":false}:probe2:"_qs + m_sid));
        messages.append(QString(u"noSuchCommand:{}:probe3:"_qs + m_sid));
        QJsonObject probe;
        probe.insert(u"target"_qs, m_portal->server->portalOrigin());
        probe.insert(u"messages"_qs, messages);
        const QString spec = QString::fromUtf8(QJsonDocument(probe).toJson(QJsonDocument::Compact));
        const int before = js(u"demoPortal.frames()[0].stats.droppedSid"_qs).toInt();
        js(u"(() => { const f = document.createElement('iframe'); f.id = 'probe'; f.src = '"_qs +
           m_portal->server->handlerOrigin() + u"/demo/probe.html#' + encodeURIComponent("_qs +
           u"JSON.stringify("_qs + spec + u")); document.body.append(f); return 0; })()"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(
            js(u"demoPortal.wireLog().some(e => e.text.startsWith('probe2:'))"_qs).toBool(), 10000);
        QVERIFY(js(u"demoPortal.frames()[0].stats.droppedSid"_qs).toInt() > before);
        QVERIFY(!js(u"demoPortal.wireLog().some(e => e.text.startsWith('probe0:'))"_qs).toBool());
        // Before `initialized` there is no card; the list of ui states works regardless.
        QCOMPARE(js(u"demoPortal.wireLog().find(e => e.text.startsWith('probe1:')).text"_qs).toString(),
                 u"probe1:[{\"result\":\"error\",\"errorCode\":\"Call card is undefined\"}]"_qs);
        const QString states =
            js(u"demoPortal.wireLog().find(e => e.text.startsWith('probe2:')).text"_qs).toString();
        QCOMPARE(QJsonDocument::fromJson(states.mid(7).toUtf8()).array().size(), 12);
        // Unknown commands are never answered.
        QVERIFY(!js(u"demoPortal.wireLog().some(e => e.dir === 'out' && e.text.startsWith('probe3:'))"_qs)
                     .toBool());
    }

    void incomingCallReachesConnectedOnlyThroughTheWorker()
    {
        // Synchronously, right after creation: an external card has only close (and fold).
        const QJsonObject created =
            js(u"(() => { const id = demoPortal.simulateIncomingCall({phoneNumber: '+19001234567'});"
               u" const s = demoPortal.state().card; return {id, ui: s.uiState, buttons: s.buttons,"
               u" transfer: demoPortal.openTransfer(), again: demoPortal.simulateIncomingCall()}; })()"_qs)
                .toObject();
        QVERIFY(QRegularExpression(u"^externalCall\\.[0-9a-f]{32}$"_qs)
                    .match(created.value(u"id"_qs).toString())
                    .hasMatch());
        QCOMPARE(created.value(u"ui"_qs).toString(), u"externalCard"_qs);
        QCOMPARE(created.value(u"buttons"_qs).toArray(), QJsonArray{u"close"_qs});
        QVERIFY(!created.value(u"transfer"_qs).toBool());
        QCOMPARE(created.value(u"again"_qs), QJsonValue(QJsonValue::Null)); // one card at a time

        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.workerState(0).counts.initialized"_qs).toInt(), 1, 10000);
        const QJsonObject init =
            js(u"demoPortal.workerState(0).received.find(r => r.event === 'initialized').data"_qs).toObject();
        QCOMPARE(init.value(u"CALL_ID"_qs).toString(), created.value(u"id"_qs).toString());
        QCOMPARE(init.value(u"PHONE_NUMBER"_qs).toString(), u"+19001234567"_qs);
        QCOMPARE(init.value(u"CALL_STATE"_qs).toString(), u"connected"_qs);
        QCOMPARE(init.value(u"CALL_DIRECTION"_qs).toString(), u"incoming"_qs);
        QVERIFY(init.value(u"CRM_ENTITY_ID"_qs).isDouble());
        QVERIFY(init.value(u"CRM_BINDINGS"_qs).isArray());
        QCOMPARE(init.value(u"CALL_LIST_MODE"_qs), QJsonValue(false));
        for (const char *key : {"LINE_NUMBER", "LINE_NAME", "CRM_ENTITY_TYPE", "CRM_ACTIVITY_ID"})
            QVERIFY2(init.contains(QLatin1StringView(key)), key);

        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.state().card.uiState"_qs).toString(), u"connected"_qs,
                                  10000);
        // ... and it got there because the worker asked, in the wire format of §3.2.
        QVERIFY(js(u"demoPortal.wireLog().some(e => e.dir === 'in' && e.frame === 0"
                   u" && e.text.startsWith('CallCardSetUiState:{\"uiState\":\"connected\"}:'))"_qs)
                    .toBool());
        QVERIFY(js(u"demoPortal.state().used"_qs).toBool());
        QVERIFY(js(u"demoPortal.state().card.timer.running"_qs).toBool());
    }

    void buttonsFireTheirEvents()
    {
        QVERIFY(js(u"demoPortal.clickButton('mute')"_qs).toBool());
        QVERIFY(js(u"demoPortal.clickButton('dialpad', '7')"_qs).toBool());
        QVERIFY(js(u"demoPortal.clickButton('qualityMeter', 4)"_qs).toBool());
        QVERIFY(
            js(u"demoPortal.clickButton('addComment', 'Customer asks for a callback: 10:30')"_qs).toBool());
        QVERIFY(!js(u"demoPortal.clickButton('answer')"_qs).toBool()); // not in state connected
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.workerState(0).counts.addCommentButtonClick"_qs).toInt(), 1,
                                  10000);
        const QJsonObject counts = js(u"demoPortal.workerState(0).counts"_qs).toObject();
        QCOMPARE(counts.value(u"muteButtonClick"_qs).toInt(), 1);
        QCOMPARE(js(u"demoPortal.workerState(0).received.find(r => r.event === 'muteButtonClick').data"_qs),
                 QJsonValue(true));
        QCOMPARE(
            js(u"demoPortal.workerState(0).received.find(r => r.event === 'dialpadButtonClick').data"_qs),
            QJsonValue(u"7"_qs));
        QCOMPARE(js(u"demoPortal.workerState(0).received.find(r => r.event === 'qualityMeterClick').data"_qs),
                 QJsonValue(u"4"_qs));
        QCOMPARE(
            js(u"demoPortal.workerState(0).received.find(r => r.event === 'addCommentButtonClick').data"_qs),
            QJsonValue(u"Customer asks for a callback: 10:30"_qs));
    }

    void transferTargetShapes()
    {
        // Employee 12 has no phone fields: target is the user id as a JSON number.
        QVERIFY(js(u"demoPortal.employees().find(e => e.ID === 12).phones.length === 0"_qs).toBool());
        QVERIFY(js(u"demoPortal.openTransfer()"_qs).toBool());
        QCOMPARE(js(u"demoPortal.pickEmployee(12)"_qs).toObject(),
                 (QJsonObject{{u"phoneNumber"_qs, u"+19001234567"_qs}, {u"target"_qs, 12}}));
        QCOMPARE(js(u"demoPortal.state().card.uiState"_qs).toString(), u"transferring"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.workerState(0).counts.transferButtonClick"_qs).toInt(), 1,
                                  10000);
        // The worker put the card back when the operator returned to the call.
        QVERIFY(js(u"demoPortal.clickButton('cancelTransfer')"_qs).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.state().card.uiState"_qs).toString(), u"connected"_qs,
                                  10000);

        // Employee 14 has phones: a plain pick opens the small menu; "Internal call" sends the id as a
        // string.
        QVERIFY(js(u"demoPortal.openTransfer()"_qs).toBool());
        QCOMPARE(js(u"demoPortal.pickEmployee(14)"_qs), QJsonValue(QJsonValue::Null));
        QVERIFY(js(u"demoPortal.state().transferOpen"_qs).toBool());
        QCOMPARE(js(u"demoPortal.pickEmployee(14, 'internal').target"_qs), QJsonValue(u"14"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.workerState(0).counts.transferButtonClick"_qs).toInt(), 2,
                                  10000);
        QVERIFY(js(u"demoPortal.clickButton('cancelTransfer')"_qs).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.state().card.uiState"_qs).toString(), u"connected"_qs,
                                  10000);

        // ... or one of the phones: target is that phone string.
        const QString phone = js(u"demoPortal.employees().find(e => e.ID === 14).phones[0]"_qs).toString();
        QVERIFY(phone.startsWith(u"+4930"_qs));
        QVERIFY(js(u"demoPortal.openTransfer()"_qs).toBool());
        QCOMPARE(js(u"demoPortal.pickEmployee(14, '"_qs + phone + u"').target"_qs).toString(), phone);
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.workerState(0).counts.transferButtonClick"_qs).toInt(), 3,
                                  10000);

        const QJsonArray received =
            js(u"demoPortal.workerState(0).received.filter(r => r.event === 'transferButtonClick').map(r => r.data)"_qs)
                .toArray();
        QCOMPARE(received.at(0).toObject(),
                 (QJsonObject{{u"phoneNumber"_qs, u"+19001234567"_qs}, {u"target"_qs, 12}}));
        QCOMPARE(received.at(1).toObject(),
                 (QJsonObject{{u"phoneNumber"_qs, u"+19001234567"_qs}, {u"target"_qs, u"14"_qs}}));
        QCOMPARE(received.at(2).toObject(),
                 (QJsonObject{{u"phoneNumber"_qs, u"+19001234567"_qs}, {u"target"_qs, phone}}));
        // The worker answered the transfer with a status text, as an integration would.
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.state().card.statusText"_qs).toString(),
                                  u"Transferring to "_qs + phone, 10000);
    }

    void workerClosesTheCardOnHangup()
    {
        QVERIFY(js(u"demoPortal.clickButton('completeTransfer')"_qs).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.state().card"_qs), QJsonValue(QJsonValue::Null), 10000);
        QCOMPARE(js(u"demoPortal.workerState(0).counts.completeTransferButtonClick"_qs).toInt(), 1);
        // No-data events arrive as "<cb>:" (value undefined, dropped by JSON in the report).
        QVERIFY(js(u"demoPortal.wireLog().some(e => e.dir === 'out' && /^[0-9a-z]{32}:$/.test(e.text))"_qs)
                    .toBool());
        QCOMPARE(js(u"demoPortal.workerState(0).rejected"_qs).toInt(), 0);
    }

    void twoWorkerFramesEachGetEvents()
    {
        DemoPortalOptions options;
        options.workerFrames = 2;
        auto portal = openPortal(options);
        QVERIFY(portal);
        QWebEnginePage *page = portal->page.get();
        QTRY_VERIFY_WITH_TIMEOUT(
            json(page, u"window.demoPortal && demoPortal.boundCallbackCount()"_qs).toInt() == 34, 30000);
        QCOMPARE(json(page, u"demoPortal.boundCallbackCount(undefined, 1)"_qs).toInt(), 17);
        const QJsonArray frames = json(page, u"demoPortal.frames()"_qs).toArray();
        QCOMPARE(frames.size(), 2);
        QVERIFY(frames.at(0).toObject().value(u"handlerUrl"_qs) !=
                frames.at(1).toObject().value(u"handlerUrl"_qs));
        json(page, u"demoPortal.simulateIncomingCall()"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.workerState(0).counts.initialized"_qs).toInt(), 1,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.workerState(1).counts.initialized"_qs).toInt(), 1,
                                  10000);
    }

    // The official SDK must get along with the demo portal (bitrix24-protocol.md §9): it drops empty
    // fields, adds "isRawValue":false and resolves binds locally after 900 ms.
    void b24jssdkWorker()
    {
        const QDir here = QFileInfo(QStringLiteral(__FILE__)).dir();
        const QString sdkDir = here.filePath(u"../e2e/node_modules/@bitrix24/b24jssdk/dist/umd"_qs);
        if (!QFileInfo::exists(sdkDir + u"/index.min.js"_qs))
            QSKIP("b24jssdk is not installed (npm ci in tests/e2e)");
        QFile html(here.filePath(u"sdkworker.html"_qs));
        QVERIFY(html.open(QIODevice::ReadOnly));
        DemoPortalOptions options;
        options.workerHtml = html.readAll();
        options.handlerStaticDir = sdkDir;
        auto portal = openPortal(options);
        QVERIFY(portal);
        QWebEnginePage *page = portal->page.get();
        QTRY_VERIFY_WITH_TIMEOUT(
            json(page,
                 u"window.demoPortal && demoPortal.workerState(0) && demoPortal.workerState(0).bound"_qs)
                .toBool(),
            30000);
        QCOMPARE(json(page, u"demoPortal.workerState(0).error"_qs), QJsonValue(QJsonValue::Null));
        QVERIFY(json(page, u"demoPortal.workerState(0).initData.hasAuth"_qs).toBool());
        QCOMPARE(json(page, u"demoPortal.boundCallbackCount()"_qs).toInt(), 17);
        QCOMPARE(json(page, u"demoPortal.workerState(0).uiStates.length"_qs).toInt(), 12);

        json(page, u"demoPortal.simulateIncomingCall({phoneNumber: '+19001234567'})"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.workerState(0).counts.initialized"_qs).toInt(), 1,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.state().card.uiState"_qs).toString(),
                                  u"connected"_qs, 10000);
        QVERIFY(json(page, u"demoPortal.openTransfer()"_qs).toBool());
        json(page, u"demoPortal.pickEmployee(12)"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(
            json(page, u"demoPortal.workerState(0).counts.transferButtonClick"_qs).toInt(), 1, 10000);
        QCOMPARE(
            json(page,
                 u"demoPortal.workerState(0).received.find(r => r.event === 'transferButtonClick').data"_qs)
                .toObject(),
            (QJsonObject{{u"phoneNumber"_qs, u"+19001234567"_qs}, {u"target"_qs, 12}}));
        QCOMPARE(portal->page->errors, QStringList());
    }

    void cleanup()
    {
        if (m_portal)
            QCOMPARE(m_portal->page->errors, QStringList());
    }

    void cleanupTestCase() { m_portal.reset(); }
};

QTEST_MAIN(TestDemoPortalPage)
#include "tst_demoportalpage.moc"
