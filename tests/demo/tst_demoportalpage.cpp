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

using namespace Qt::StringLiterals;

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
            errors.append(source + u':' + QString::number(line) + u": "_s + message);
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
                                 u"JSON.stringify([(() => { try { return ("_s + expression +
                                     u"); } catch (e) { return null; } })()])"_s)
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
        QTRY_VERIFY_WITH_TIMEOUT(js(u"window.demoPortal && demoPortal.boundCallbackCount()"_s).toInt() == 17,
                                 30000);
        m_sid = m_portal->server->lastAppSids().value(0);
        QCOMPARE(m_sid.size(), 32);

        QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 10000);
        const auto args = requested.first();
        QCOMPARE(args.at(1).toString(), u"POST"_s);
        const auto query = args.at(2).value<QUrlQuery>();
        QCOMPARE(query.queryItemValue(u"APP_SID"_s), m_sid);
        QCOMPARE(query.queryItemValue(u"DOMAIN"_s, QUrl::FullyDecoded), m_portal->server->portalHost());
        const auto form = args.at(3).value<QUrlQuery>();
        QCOMPARE(form.queryItemValue(u"AUTH_ID"_s, QUrl::FullyDecoded), m_portal->server->currentAuthId());
        QCOMPARE(form.queryItemValue(u"PLACEMENT"_s), u"PAGE_BACKGROUND_WORKER"_s);
        QCOMPARE(form.queryItemValue(u"PLACEMENT_OPTIONS"_s, QUrl::FullyDecoded),
                 u"{\"ID\":\"PAGE_BACKGROUND_WORKER\",\"URI\":\"/\"}"_s);
    }

    void workerGotInitData()
    {
        QTRY_VERIFY_WITH_TIMEOUT(js(u"demoPortal.workerState(0).initData.hasAuth"_s).toBool(), 10000);
        const QJsonObject init = js(u"demoPortal.workerState(0).initData"_s).toObject();
        QCOMPARE(init.value(u"DOMAIN"_s).toString(), m_portal->server->portalHost());
        QCOMPARE(init.value(u"PLACEMENT"_s).toString(), u"PAGE_BACKGROUND_WORKER"_s);
        QCOMPARE(init.value(u"PLACEMENT_OPTIONS"_s).toObject().value(u"URI"_s).toString(), u"/"_s);
        QCOMPARE(js(u"demoPortal.boundCallbackCount('BackgroundCallCard::transferButtonClick')"_s).toInt(),
                 1);
        QCOMPARE(js(u"demoPortal.state().card"_s), QJsonValue(QJsonValue::Null));
    }

    void wrongOriginIsIgnored()
    {
        const int before = js(u"demoPortal.frames()[0].stats.droppedOrigin"_s).toInt();
        // Right APP_SID, but posted by the portal page itself: not the handler origin.
        js(u"window.postMessage('CallCardGetListUiStates:{}:evil1:"_s + m_sid + u"', '*'), 0"_s);
        QTRY_VERIFY_WITH_TIMEOUT(js(u"demoPortal.frames()[0].stats.droppedOrigin"_s).toInt() > before, 10000);
        QVERIFY(!js(u"demoPortal.wireLog().some(e => e.text.startsWith('evil1:'))"_s).toBool());
        QVERIFY(!js(u"demoPortal.state().used"_s).toBool());
    }

    void wrongAppSidIsIgnoredAndCommandsNeedACard()
    {
        // A sibling frame on the handler origin: the portal checks origin and APP_SID, not the source.
        const QString wrongSid(32, u'f');
        QJsonArray messages;
        messages.append(QString(u"CallCardGetListUiStates:{}:probe0:"_s + wrongSid));
        messages.append(QString(
            u"CallCardSetUiState:{\"uiState\":\"connected\",\"isRawValue\":false}:probe1:"_s + m_sid));
        messages.append(QString(u"CallCardGetListUiStates:{\"isRawValue\":false}:probe2:"_s + m_sid));
        messages.append(QString(u"noSuchCommand:{}:probe3:"_s + m_sid));
        QJsonObject probe;
        probe.insert(u"target"_s, m_portal->server->portalOrigin());
        probe.insert(u"messages"_s, messages);
        const QString spec = QString::fromUtf8(QJsonDocument(probe).toJson(QJsonDocument::Compact));
        const int before = js(u"demoPortal.frames()[0].stats.droppedSid"_s).toInt();
        js(u"(() => { const f = document.createElement('iframe'); f.id = 'probe'; f.src = '"_s +
           m_portal->server->handlerOrigin() + u"/demo/probe.html#' + encodeURIComponent("_s +
           u"JSON.stringify("_s + spec + u")); document.body.append(f); return 0; })()"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            js(u"demoPortal.wireLog().some(e => e.text.startsWith('probe2:'))"_s).toBool(), 10000);
        QVERIFY(js(u"demoPortal.frames()[0].stats.droppedSid"_s).toInt() > before);
        QVERIFY(!js(u"demoPortal.wireLog().some(e => e.text.startsWith('probe0:'))"_s).toBool());
        // Before `initialized` there is no card; the list of ui states works regardless.
        QCOMPARE(js(u"demoPortal.wireLog().find(e => e.text.startsWith('probe1:')).text"_s).toString(),
                 u"probe1:[{\"result\":\"error\",\"errorCode\":\"Call card is undefined\"}]"_s);
        const QString states =
            js(u"demoPortal.wireLog().find(e => e.text.startsWith('probe2:')).text"_s).toString();
        QCOMPARE(QJsonDocument::fromJson(states.mid(7).toUtf8()).array().size(), 12);
        // Unknown commands are never answered.
        QVERIFY(!js(u"demoPortal.wireLog().some(e => e.dir === 'out' && e.text.startsWith('probe3:'))"_s)
                     .toBool());
    }

    void incomingCallReachesConnectedOnlyThroughTheWorker()
    {
        // Synchronously, right after creation: an external card has only close (and fold).
        const QJsonObject created =
            js(u"(() => { const id = demoPortal.simulateIncomingCall({phoneNumber: '+19001234567'});"
               u" const s = demoPortal.state().card; return {id, ui: s.uiState, buttons: s.buttons,"
               u" transfer: demoPortal.openTransfer(), again: demoPortal.simulateIncomingCall()}; })()"_s)
                .toObject();
        QVERIFY(QRegularExpression(u"^externalCall\\.[0-9a-f]{32}$"_s)
                    .match(created.value(u"id"_s).toString())
                    .hasMatch());
        QCOMPARE(created.value(u"ui"_s).toString(), u"externalCard"_s);
        QCOMPARE(created.value(u"buttons"_s).toArray(), QJsonArray{u"close"_s});
        QVERIFY(!created.value(u"transfer"_s).toBool());
        QCOMPARE(created.value(u"again"_s), QJsonValue(QJsonValue::Null)); // one card at a time

        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.workerState(0).counts.initialized"_s).toInt(), 1, 10000);
        const QJsonObject init =
            js(u"demoPortal.workerState(0).received.find(r => r.event === 'initialized').data"_s).toObject();
        QCOMPARE(init.value(u"CALL_ID"_s).toString(), created.value(u"id"_s).toString());
        QCOMPARE(init.value(u"PHONE_NUMBER"_s).toString(), u"+19001234567"_s);
        QCOMPARE(init.value(u"CALL_STATE"_s).toString(), u"connected"_s);
        QCOMPARE(init.value(u"CALL_DIRECTION"_s).toString(), u"incoming"_s);
        QVERIFY(init.value(u"CRM_ENTITY_ID"_s).isDouble());
        QVERIFY(init.value(u"CRM_BINDINGS"_s).isArray());
        QCOMPARE(init.value(u"CALL_LIST_MODE"_s), QJsonValue(false));
        for (const char *key : {"LINE_NUMBER", "LINE_NAME", "CRM_ENTITY_TYPE", "CRM_ACTIVITY_ID"})
            QVERIFY2(init.contains(QLatin1StringView(key)), key);

        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.state().card.uiState"_s).toString(), u"connected"_s, 10000);
        // ... and it got there because the worker asked, in the wire format of §3.2.
        QVERIFY(js(u"demoPortal.wireLog().some(e => e.dir === 'in' && e.frame === 0"
                   u" && e.text.startsWith('CallCardSetUiState:{\"uiState\":\"connected\"}:'))"_s)
                    .toBool());
        QVERIFY(js(u"demoPortal.state().used"_s).toBool());
        QVERIFY(js(u"demoPortal.state().card.timer.running"_s).toBool());
    }

    void buttonsFireTheirEvents()
    {
        QVERIFY(js(u"demoPortal.clickButton('mute')"_s).toBool());
        QVERIFY(js(u"demoPortal.clickButton('dialpad', '7')"_s).toBool());
        QVERIFY(js(u"demoPortal.clickButton('qualityMeter', 4)"_s).toBool());
        QVERIFY(
            js(u"demoPortal.clickButton('addComment', 'Customer asks for a callback: 10:30')"_s).toBool());
        QVERIFY(!js(u"demoPortal.clickButton('answer')"_s).toBool()); // not in state connected
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.workerState(0).counts.addCommentButtonClick"_s).toInt(), 1,
                                  10000);
        const QJsonObject counts = js(u"demoPortal.workerState(0).counts"_s).toObject();
        QCOMPARE(counts.value(u"muteButtonClick"_s).toInt(), 1);
        QCOMPARE(js(u"demoPortal.workerState(0).received.find(r => r.event === 'muteButtonClick').data"_s),
                 QJsonValue(true));
        QCOMPARE(js(u"demoPortal.workerState(0).received.find(r => r.event === 'dialpadButtonClick').data"_s),
                 QJsonValue(u"7"_s));
        QCOMPARE(js(u"demoPortal.workerState(0).received.find(r => r.event === 'qualityMeterClick').data"_s),
                 QJsonValue(u"4"_s));
        QCOMPARE(
            js(u"demoPortal.workerState(0).received.find(r => r.event === 'addCommentButtonClick').data"_s),
            QJsonValue(u"Customer asks for a callback: 10:30"_s));
    }

    void transferTargetShapes()
    {
        // Employee 12 has no phone fields: target is the user id as a JSON number.
        QVERIFY(js(u"demoPortal.employees().find(e => e.ID === 12).phones.length === 0"_s).toBool());
        QVERIFY(js(u"demoPortal.openTransfer()"_s).toBool());
        QCOMPARE(js(u"demoPortal.pickEmployee(12)"_s).toObject(),
                 (QJsonObject{{u"phoneNumber"_s, u"+19001234567"_s}, {u"target"_s, 12}}));
        QCOMPARE(js(u"demoPortal.state().card.uiState"_s).toString(), u"transferring"_s);
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.workerState(0).counts.transferButtonClick"_s).toInt(), 1,
                                  10000);
        // The worker put the card back when the operator returned to the call.
        QVERIFY(js(u"demoPortal.clickButton('cancelTransfer')"_s).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.state().card.uiState"_s).toString(), u"connected"_s, 10000);

        // Employee 14 has phones: a plain pick opens the small menu; "Internal call" sends the id as a
        // string.
        QVERIFY(js(u"demoPortal.openTransfer()"_s).toBool());
        QCOMPARE(js(u"demoPortal.pickEmployee(14)"_s), QJsonValue(QJsonValue::Null));
        QVERIFY(js(u"demoPortal.state().transferOpen"_s).toBool());
        QCOMPARE(js(u"demoPortal.pickEmployee(14, 'internal').target"_s), QJsonValue(u"14"_s));
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.workerState(0).counts.transferButtonClick"_s).toInt(), 2,
                                  10000);
        QVERIFY(js(u"demoPortal.clickButton('cancelTransfer')"_s).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.state().card.uiState"_s).toString(), u"connected"_s, 10000);

        // ... or one of the phones: target is that phone string.
        const QString phone = js(u"demoPortal.employees().find(e => e.ID === 14).phones[0]"_s).toString();
        QVERIFY(phone.startsWith(u"+4930"_s));
        QVERIFY(js(u"demoPortal.openTransfer()"_s).toBool());
        QCOMPARE(js(u"demoPortal.pickEmployee(14, '"_s + phone + u"').target"_s).toString(), phone);
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.workerState(0).counts.transferButtonClick"_s).toInt(), 3,
                                  10000);

        const QJsonArray received =
            js(u"demoPortal.workerState(0).received.filter(r => r.event === 'transferButtonClick').map(r => r.data)"_s)
                .toArray();
        QCOMPARE(received.at(0).toObject(),
                 (QJsonObject{{u"phoneNumber"_s, u"+19001234567"_s}, {u"target"_s, 12}}));
        QCOMPARE(received.at(1).toObject(),
                 (QJsonObject{{u"phoneNumber"_s, u"+19001234567"_s}, {u"target"_s, u"14"_s}}));
        QCOMPARE(received.at(2).toObject(),
                 (QJsonObject{{u"phoneNumber"_s, u"+19001234567"_s}, {u"target"_s, phone}}));
        // The worker answered the transfer with a status text, as an integration would.
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.state().card.statusText"_s).toString(),
                                  u"Transferring to "_s + phone, 10000);
    }

    void workerClosesTheCardOnHangup()
    {
        QVERIFY(js(u"demoPortal.clickButton('completeTransfer')"_s).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.state().card"_s), QJsonValue(QJsonValue::Null), 10000);
        QCOMPARE(js(u"demoPortal.workerState(0).counts.completeTransferButtonClick"_s).toInt(), 1);
        // No-data events arrive as "<cb>:" (value undefined, dropped by JSON in the report).
        QVERIFY(js(u"demoPortal.wireLog().some(e => e.dir === 'out' && /^[0-9a-z]{32}:$/.test(e.text))"_s)
                    .toBool());
        QCOMPARE(js(u"demoPortal.workerState(0).rejected"_s).toInt(), 0);
    }

    void twoWorkerFramesEachGetEvents()
    {
        DemoPortalOptions options;
        options.workerFrames = 2;
        auto portal = openPortal(options);
        QVERIFY(portal);
        QWebEnginePage *page = portal->page.get();
        QTRY_VERIFY_WITH_TIMEOUT(
            json(page, u"window.demoPortal && demoPortal.boundCallbackCount()"_s).toInt() == 34, 30000);
        QCOMPARE(json(page, u"demoPortal.boundCallbackCount(undefined, 1)"_s).toInt(), 17);
        const QJsonArray frames = json(page, u"demoPortal.frames()"_s).toArray();
        QCOMPARE(frames.size(), 2);
        QVERIFY(frames.at(0).toObject().value(u"handlerUrl"_s) !=
                frames.at(1).toObject().value(u"handlerUrl"_s));
        json(page, u"demoPortal.simulateIncomingCall()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.workerState(0).counts.initialized"_s).toInt(), 1,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.workerState(1).counts.initialized"_s).toInt(), 1,
                                  10000);
    }

    // The official SDK must get along with the demo portal (bitrix24-protocol.md §9): it drops empty
    // fields, adds "isRawValue":false and resolves binds locally after 900 ms.
    void b24jssdkWorker()
    {
        const QDir here = QFileInfo(QStringLiteral(__FILE__)).dir();
        const QString sdkDir = here.filePath(u"../e2e/node_modules/@bitrix24/b24jssdk/dist/umd"_s);
        if (!QFileInfo::exists(sdkDir + u"/index.min.js"_s))
            QSKIP("b24jssdk is not installed (npm ci in tests/e2e)");
        QFile html(here.filePath(u"sdkworker.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        DemoPortalOptions options;
        options.workerHtml = html.readAll();
        options.handlerStaticDir = sdkDir;
        auto portal = openPortal(options);
        QVERIFY(portal);
        QWebEnginePage *page = portal->page.get();
        QTRY_VERIFY_WITH_TIMEOUT(
            json(page, u"window.demoPortal && demoPortal.workerState(0) && demoPortal.workerState(0).bound"_s)
                .toBool(),
            30000);
        QCOMPARE(json(page, u"demoPortal.workerState(0).error"_s), QJsonValue(QJsonValue::Null));
        QVERIFY(json(page, u"demoPortal.workerState(0).initData.hasAuth"_s).toBool());
        QCOMPARE(json(page, u"demoPortal.boundCallbackCount()"_s).toInt(), 17);
        QCOMPARE(json(page, u"demoPortal.workerState(0).uiStates.length"_s).toInt(), 12);

        json(page, u"demoPortal.simulateIncomingCall({phoneNumber: '+19001234567'})"_s);
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.workerState(0).counts.initialized"_s).toInt(), 1,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.state().card.uiState"_s).toString(), u"connected"_s,
                                  10000);
        QVERIFY(json(page, u"demoPortal.openTransfer()"_s).toBool());
        json(page, u"demoPortal.pickEmployee(12)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            json(page, u"demoPortal.workerState(0).counts.transferButtonClick"_s).toInt(), 1, 10000);
        QCOMPARE(
            json(page,
                 u"demoPortal.workerState(0).received.find(r => r.event === 'transferButtonClick').data"_s)
                .toObject(),
            (QJsonObject{{u"phoneNumber"_s, u"+19001234567"_s}, {u"target"_s, 12}}));
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
