#include "demo/demoportalserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
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

    static QDir testDir() { return QDir(QStringLiteral(OPC_SOURCE_DIR "/tests/demo")); }

    // tests/demo/scriptedworker.html, sending `atLoad` when it loads.
    static QByteArray scriptedWorker(const QStringList &atLoad = {})
    {
        QFile file(testDir().filePath(u"scriptedworker.html"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray html = file.readAll();
        html.replace("/*SEND_AT_LOAD*/[]",
                     QJsonDocument(QJsonArray::fromStringList(atLoad)).toJson(QJsonDocument::Compact));
        return html;
    }

    // Tells the scripted worker in frame `index` to post `messages` to the portal.
    static void sendFromWorker(QWebEnginePage *page, int index, const QStringList &messages)
    {
        const QString list = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(messages)).toJson(QJsonDocument::Compact));
        json(page,
             u"(() => { const f = demoPortal.frames()[%1]; document.getElementById('appframe_' + f.appSid)"
             u".contentWindow.postMessage({demoSend: %2}, f.handlerOrigin); return 0; })()"_s.arg(index)
                 .arg(list));
    }

    // The value the portal sent back on `callback` (the `n`-th such reply), or undefined.
    static QJsonValue replyOn(QWebEnginePage *page, const QString &callback, int n = 0)
    {
        return json(page,
                    u"(() => { const r = demoPortal.wireLog().filter(e => e.dir === 'out'"
                    u" && e.text.startsWith('%1:'))[%2]; return r && JSON.parse(r.text.slice(%3)); })()"_s
                        .arg(callback)
                        .arg(n)
                        .arg(callback.size() + 1));
    }

    static int replyCount(QWebEnginePage *page, const QString &callback)
    {
        return json(page,
                    u"demoPortal.wireLog().filter(e => e.dir === 'out' && e.text.startsWith('%1:')).length"_s
                        .arg(callback))
            .toInt();
    }

    // Reloads the top page and waits for the new render's page script.
    static bool reloadPortal(Portal *portal)
    {
        const QStringList before = portal->server->lastAppSids();
        portal->page->triggerAction(QWebEnginePage::Reload);
        return QTest::qWaitFor(
            [&] {
                return portal->server->lastAppSids() != before &&
                    json(portal->page.get(), u"window.demoPortal ? demoPortal.frames()[0].appSid : ''"_s)
                        .toString() == portal->server->lastAppSids().value(0);
            },
            20000);
    }

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

    // bitrix24-protocol.md §10.8 / §2.1: what a bridge may rely on to find worker frames.
    void domIsLikeIntranetPlacementAndAppLayout()
    {
        const QJsonObject dom = js(uR"((() => {
            const names = (node) => Array.from(node.children).map(e => e.tagName + '#' + e.id);
            const container = document.getElementById('intranet-placement-PAGE_BACKGROUND_WORKER');
            const placement = container.firstElementChild;
            const layout = placement.firstElementChild;
            const frame = layout.firstElementChild;
            const form = document.forms['appform_%1'];
            const holder = form.parentElement;
            return {
              display: getComputedStyle(container).display, container: names(container),
              placement: names(placement), layout: names(layout),
              frameName: frame.name, frameAllow: frame.getAttribute('allow'),
              formMethod: form.method, formTarget: form.target, formAction: form.action,
              holderDisplay: holder.style.display, holderChildren: holder.children.length,
              holderIsLastInBody: holder.parentElement === document.body && document.body.lastElementChild === holder,
              inputs: Array.from(form.elements).map(e => e.type + ':' + e.name),
              frames: document.getElementsByTagName('iframe').length,
            };
          })())"_s.arg(m_sid))
                                    .toObject();
        QCOMPARE(dom.value(u"display"_s).toString(), u"none"_s);
        QCOMPARE(dom.value(u"container"_s).toArray(), QJsonArray{u"DIV#placement_rest_1"_s});
        QCOMPARE(dom.value(u"placement"_s).toArray(), QJsonArray{QString(u"DIV#appframe_layout_"_s + m_sid)});
        QCOMPARE(dom.value(u"layout"_s).toArray(),
                 (QJsonArray{QString(u"IFRAME#appframe_"_s + m_sid),
                             QString(u"DIV#appframe_loading_"_s + m_sid)}));
        QCOMPARE(dom.value(u"frameName"_s).toString(), m_portal->server->portalHost() + u"|0|"_s + m_sid);
        QCOMPARE(dom.value(u"frameAllow"_s).toString(),
                 u"geolocation *; microphone *; camera *; autoplay *;"_s);
        QCOMPARE(dom.value(u"frames"_s).toInt(), 1);

        // The form sits alone in a hidden div at the end of the body, aimed at the frame by name.
        QCOMPARE(dom.value(u"holderDisplay"_s).toString(), u"none"_s);
        QCOMPARE(dom.value(u"holderChildren"_s).toInt(), 1);
        QVERIFY(dom.value(u"holderIsLastInBody"_s).toBool());
        QCOMPARE(dom.value(u"formMethod"_s).toString(), u"post"_s);
        QCOMPARE(dom.value(u"formTarget"_s).toString(), dom.value(u"frameName"_s).toString());
        const QUrl action(dom.value(u"formAction"_s).toString());
        QCOMPARE(action.adjusted(QUrl::RemoveQuery), m_portal->server->handlerUrl(0));
        const QUrlQuery query(action);
        QCOMPARE(query.queryItems(QUrl::FullyDecoded),
                 (QList<std::pair<QString, QString>>{{u"DOMAIN"_s, m_portal->server->portalHost()},
                                                     {u"PROTOCOL"_s, u"0"_s},
                                                     {u"LANG"_s, u"en"_s},
                                                     {u"APP_SID"_s, m_sid}}));
        QJsonArray inputs;
        for (const char *name :
             {"AUTH_ID", "AUTH_EXPIRES", "REFRESH_ID", "SERVER_ENDPOINT", "APPLICATION_TOKEN",
              "APPLICATION_SCOPE", "member_id", "status", "PLACEMENT", "PLACEMENT_OPTIONS"})
            inputs.append(QString(u"hidden:"_s + QLatin1StringView(name)));
        QCOMPARE(dom.value(u"inputs"_s).toArray(), inputs);
        // One document so far, and the form went in once.
        QCOMPARE(js(u"demoPortal.frames()[0].stats.loads"_s).toInt(), 1);
    }

    void workerGotInitData()
    {
        QTRY_VERIFY_WITH_TIMEOUT(js(u"demoPortal.workerState(0).initData.hasAuth"_s).toBool(), 10000);
        const QJsonObject init = js(u"demoPortal.workerState(0).initData"_s).toObject();
        QCOMPARE(init.value(u"DOMAIN"_s).toString(), m_portal->server->portalHost());
        QCOMPARE(init.value(u"PLACEMENT"_s).toString(), u"PAGE_BACKGROUND_WORKER"_s);
        QCOMPARE(init.value(u"PLACEMENT_OPTIONS"_s).toObject().value(u"URI"_s).toString(), u"/"_s);
        // An installed app: no first run, so the worker sends no setInstall.
        QCOMPARE(init.value(u"FIRST_RUN"_s), QJsonValue(false));
        QVERIFY(js(u"demoPortal.frames()[0].installed"_s).toBool());
        QVERIFY(!js(u"demoPortal.wireLog().some(e => e.text.startsWith('setInstall:'))"_s).toBool());
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
        const int unknownBefore = js(u"demoPortal.workerState(0).unknownCallbacks"_s).toInt();
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
        // The portal took the probe's requests without looking at the sender, and answered them to the
        // registered frame (§10.6): the worker got two replies on ids it never issued.
        QCOMPARE(
            js(u"demoPortal.wireLog().find(e => e.text.startsWith('CallCardGetListUiStates:{\"isRawValue\"')).from"_s)
                .toString(),
            u"other"_s);
        QCOMPARE(
            js(u"demoPortal.wireLog().find(e => e.dir === 'in' && e.text.startsWith('placementBindEvent:')).from"_s)
                .toString(),
            u"frame"_s);
        QTRY_COMPARE_WITH_TIMEOUT(js(u"demoPortal.workerState(0).unknownCallbacks"_s).toInt(),
                                  unknownBefore + 2, 10000);
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

    // FIRST_RUN (§10.5): true in the first getInitData reply of a page render only, until setInstall;
    // the install is kept in the portal page's storage. Echo replies and denied commands (§10.6, §2.1).
    void firstRunGoesToTheFirstGetInitDataUntilSetInstall()
    {
        DemoPortalOptions options;
        opc::DemoWorkerApp app;
        app.installed = false;
        app.html = scriptedWorker({u"getInitData:first:{sid}"_s, u"getInitData:second:{sid}"_s});
        QVERIFY(!app.html.isEmpty());
        options.apps = {app};
        auto portal = openPortal(options);
        QVERIFY(portal);
        QWebEnginePage *page = portal->page.get();
        const auto firstRuns = [page](const QString &callback) {
            QList<bool> values;
            for (int i = 0; i < replyCount(page, callback); ++i)
                values.append(replyOn(page, callback, i).toObject().value(u"FIRST_RUN"_s).toBool());
            return values;
        };
        QTRY_COMPARE_WITH_TIMEOUT(replyCount(page, u"second"_s), 1, 20000);
        QCOMPARE(firstRuns(u"first"_s), QList<bool>{true});
        QCOMPARE(firstRuns(u"second"_s), QList<bool>{false});
        QCOMPARE(json(page, u"demoPortal.frames()[0].installed"_s), QJsonValue(false));
        QCOMPARE(json(page, u"demoPortal.frames()[0].firstRunPending"_s), QJsonValue(false));

        // A reloaded frame is no first run either.
        QVERIFY(json(page, u"demoPortal.reloadFrame(0)"_s).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(replyCount(page, u"second"_s), 2, 20000);
        QCOMPARE(firstRuns(u"first"_s), (QList<bool>{true, false}));
        QCOMPARE(json(page, u"demoPortal.frames()[0].stats.loads"_s).toInt(), 2);

        // Never installed: the next page render hands FIRST_RUN out again, to whoever asks first.
        QVERIFY(reloadPortal(portal.get()));
        QTRY_COMPARE_WITH_TIMEOUT(replyCount(page, u"second"_s), 1, 20000);
        QCOMPARE(firstRuns(u"first"_s), QList<bool>{true});
        QCOMPARE(firstRuns(u"second"_s), QList<bool>{false});

        sendFromWorker(page, 0,
                       {u"setInstall:{\"install\":true}:inst:{sid}"_s,
                        u"setUserOption:{\"name\":\"line\",\"value\":\"3\"}:opt:{sid}"_s,
                        u"resizeWindow:{\"width\":300,\"height\":200}:size:{sid}"_s,
                        u"setTitle:{\"title\":\"x\"}:title:{sid}"_s, u"getInterface:iface:{sid}"_s});
        QTRY_COMPARE_WITH_TIMEOUT(replyCount(page, u"iface"_s), 1, 10000);
        QCOMPARE(replyOn(page, u"inst"_s), QJsonValue(QJsonObject{{u"install"_s, true}}));
        QCOMPARE(replyOn(page, u"opt"_s),
                 QJsonValue(QJsonObject{{u"name"_s, u"line"_s}, {u"value"_s, u"3"_s}}));
        const QJsonObject size = replyOn(page, u"size"_s).toObject();
        QCOMPARE(size.keys(), (QStringList{u"height"_s, u"width"_s}));
        QVERIFY(size.value(u"width"_s).isDouble() && size.value(u"height"_s).isDouble());
        const QJsonObject iface = replyOn(page, u"iface"_s).toObject();
        QCOMPARE(iface.value(u"command"_s).toArray().size(), 9);
        QCOMPARE(iface.value(u"event"_s).toArray().size(), 17);
        // Denied for placements: dropped without an answer.
        QCOMPARE(replyCount(page, u"title"_s), 0);
        QVERIFY(json(page,
                     u"demoPortal.wireLog().some(e => e.dir === 'drop' && e.text.startsWith('setTitle:'))"_s)
                    .toBool());
        // The echoes went to the frame.
        QTRY_VERIFY_WITH_TIMEOUT(
            json(page, u"demoPortal.workerState(0).received.includes('inst:{\"install\":true}')"_s).toBool(),
            10000);
        QVERIFY(json(page, u"demoPortal.frames()[0].installed"_s).toBool());

        // Installed now, also after a reload of the portal page; user options come back in init data.
        QVERIFY(reloadPortal(portal.get()));
        QVERIFY(json(page, u"demoPortal.frames()[0].installed"_s).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(replyCount(page, u"second"_s), 1, 20000);
        QCOMPARE(firstRuns(u"first"_s), QList<bool>{false});
        QCOMPARE(replyOn(page, u"first"_s).toObject().value(u"USER_OPTIONS"_s).toObject(),
                 (QJsonObject{{u"line"_s, u"3"_s}}));
        QCOMPARE(portal->page->errors, QStringList());
    }

    // §10.2: a reload of the frame leaves the old document's bindings in place; after N reloads each
    // event is posted N+1 times to the frame, N of them on ids the current document never issued.
    void bindingsOutliveAReloadOfTheFrame()
    {
        auto portal = openPortal();
        QVERIFY(portal);
        QWebEnginePage *page = portal->page.get();
        QTRY_COMPARE_WITH_TIMEOUT(
            json(page, u"window.demoPortal && demoPortal.boundCallbackCount()"_s).toInt(), 17, 30000);
        for (int reloads = 1; reloads <= 2; ++reloads) {
            QVERIFY(json(page, u"demoPortal.reloadFrame(0)"_s).toBool());
            QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.boundCallbackCount()"_s).toInt(),
                                      17 * (reloads + 1), 20000);
        }
        QCOMPARE(json(page, u"demoPortal.frames()[0].stats.loads"_s).toInt(), 3);
        QCOMPARE(json(page, u"demoPortal.boundCallbackCount('BackgroundCallCard::initialized')"_s).toInt(),
                 3);

        const QString callId = json(page, u"demoPortal.simulateIncomingCall()"_s).toString();
        QVERIFY(!callId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.workerState(0).counts.initialized"_s).toInt(), 1,
                                  10000);
        QCOMPARE(json(page, u"demoPortal.workerState(0).unknownCallbacks"_s).toInt(), 2);
        const QJsonArray posted =
            json(page,
                 u"demoPortal.wireLog().filter(e => e.dir === 'out' && e.text.includes('%1'))"
                 u".map(e => e.text.slice(0, e.text.indexOf(':')))"_s.arg(callId))
                .toArray();
        QCOMPARE(posted.size(), 3);
        QCOMPARE(
            QSet<QString>({posted.at(0).toString(), posted.at(1).toString(), posted.at(2).toString()}).size(),
            3);
        // Only the current document answered: one CallCardSetUiState.
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.state().card.uiState"_s).toString(), u"connected"_s,
                                  10000);
        QCOMPARE(
            json(
                page,
                u"demoPortal.wireLog().filter(e => e.dir === 'in' && e.text.startsWith('CallCardSetUiState:')).length"_s)
                .toInt(),
            1);
        QCOMPARE(portal->page->errors, QStringList());
    }

    // Several apps' workers on one page, from two handler origins, in DOM order; every bound frame gets
    // every event. An app's page can be any HTML (here the scripted worker, binding one event).
    void appsFromSeveralOriginsEachGetEveryEvent()
    {
        DemoPortalOptions options;
        opc::DemoWorkerApp second;
        second.handlerAddress = u"127.0.0.3"_s;
        opc::DemoWorkerApp third;
        third.handlerAddress = u"127.0.0.3"_s;
        third.html = scriptedWorker(
            {u"placementBindEvent:{\"event\":\"BackgroundCallCard::initialized\"}:custom-init:{sid}"_s});
        options.apps = {opc::DemoWorkerApp{}, second, third};
        auto portal = openPortal(options);
        QVERIFY(portal);
        QWebEnginePage *page = portal->page.get();
        QTRY_COMPARE_WITH_TIMEOUT(
            json(page, u"window.demoPortal && demoPortal.boundCallbackCount()"_s).toInt(), 35, 30000);
        QCOMPARE(json(page, u"demoPortal.boundCallbackCount(undefined, 1)"_s).toInt(), 17);
        QCOMPARE(json(page, u"demoPortal.boundCallbackCount(undefined, 2)"_s).toInt(), 1);
        const QJsonArray frames = json(page, u"demoPortal.frames()"_s).toArray();
        QCOMPARE(frames.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(frames.at(i).toObject().value(u"handlerOrigin"_s).toString(),
                     portal->server->handlerOrigin(i));
        QVERIFY(portal->server->handlerOrigin(0).startsWith(u"http://127.0.0.2:"_s));
        QVERIFY(portal->server->handlerOrigin(2).startsWith(u"http://127.0.0.3:"_s));
        const QJsonArray domOrder =
            json(page,
                 u"Array.from(document.querySelectorAll('#intranet-placement-PAGE_BACKGROUND_WORKER iframe'))"
                 u".map(f => f.id.slice('appframe_'.length))"_s)
                .toArray();
        QStringList sidsInDom;
        for (const QJsonValue &sid : domOrder)
            sidsInDom.append(sid.toString());
        QCOMPARE(sidsInDom, portal->server->lastAppSids());

        const QString callId = json(page, u"demoPortal.simulateIncomingCall()"_s).toString();
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.workerState(0).counts.initialized"_s).toInt(), 1,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(json(page, u"demoPortal.workerState(1).counts.initialized"_s).toInt(), 1,
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            json(
                page,
                u"demoPortal.workerState(2).received.some(t => t.startsWith('custom-init:') && t.includes('%1'))"_s
                    .arg(callId))
                .toBool(),
            10000);
        // Once to each frame (in bind order, which is each worker's own schedule).
        const QJsonArray deliveredTo =
            json(
                page,
                u"demoPortal.wireLog().filter(e => e.dir === 'out' && e.text.includes('%1')).map(e => e.frame).sort()"_s
                    .arg(callId))
                .toArray();
        QCOMPARE(deliveredTo, (QJsonArray{0, 1, 2}));
        QCOMPARE(portal->page->errors, QStringList());
    }

    // The official SDK (2.x and the docs' 1.x) must get along with the demo portal (bitrix24-protocol.md
    // §9, §3.9): it drops empty fields, adds "isRawValue":false, resolves binds locally after 900 ms and,
    // for an app not installed yet, answers FIRST_RUN with setInstall.
    void b24jssdkWorker_data()
    {
        QTest::addColumn<QString>("package");
        QTest::newRow("2.2.0") << u"@bitrix24/b24jssdk"_s;
        QTest::newRow("1.3.0") << u"b24jssdk-1"_s;
    }

    void b24jssdkWorker()
    {
        QFETCH(QString, package);
        const QString sdkDir = testDir().filePath(u"../e2e/node_modules/"_s + package + u"/dist/umd"_s);
        if (!QFileInfo::exists(sdkDir + u"/index.min.js"_s))
            QSKIP("b24jssdk is not installed (npm ci in tests/e2e)");
        QFile html(testDir().filePath(u"sdkworker.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        DemoPortalOptions options;
        opc::DemoWorkerApp app;
        app.installed = false;
        app.html = html.readAll();
        options.apps = {app};
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
        QCOMPARE(json(page, u"demoPortal.workerState(0).firstRun"_s), QJsonValue(true));
        QVERIFY(json(page, u"demoPortal.frames()[0].installed"_s).toBool());
        QVERIFY(json(page,
                     u"demoPortal.wireLog().some(e => e.dir === 'in'"
                     u" && e.text.startsWith('setInstall:{\"install\":true}:'))"_s)
                    .toBool());
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
