#include "demo/demoportalserver.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using opc::DemoPortalOptions;
using opc::DemoPortalServer;

namespace {

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    bool hasFrameOptions = false;
};

} // namespace

class TestDemoPortalServer : public QObject
{
    Q_OBJECT

private:
    Reply fetch(const QUrl &url, const QByteArray &postBody = {}, bool post = false)
    {
        QNetworkRequest request(url);
        std::unique_ptr<QNetworkReply> reply;
        if (post || !postBody.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply.reset(m_net.post(request, postBody));
        } else {
            reply.reset(m_net.get(request));
        }
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll(),
                reply->hasRawHeader("X-Frame-Options")};
    }

    static QStringList frameSids(const QByteArray &html, const QString &host)
    {
        static const QRegularExpression frame(u"<iframe id=\"appframe_([0-9a-f]{32})\" name=\"([^\"]*)\""_s);
        QStringList sids;
        auto it = frame.globalMatch(QString::fromUtf8(html));
        while (it.hasNext()) {
            const auto match = it.next();
            if (match.captured(2) == host + u"|0|" + match.captured(1))
                sids.append(match.captured(1));
        }
        return sids;
    }

    // The page script's configuration (<script type="application/json" id="demo-portal-config">).
    static QJsonObject pageConfig(const QByteArray &html)
    {
        const QByteArray open = R"(<script type="application/json" id="demo-portal-config">)";
        const qsizetype start = html.indexOf(open);
        if (start < 0)
            return {};
        const qsizetype end = html.indexOf("</script>", start);
        // "</" is written as "<\/" there, which JSON reads back as "</".
        return QJsonDocument::fromJson(html.mid(start + open.size(), end - start - open.size())).object();
    }

    QNetworkAccessManager m_net;

private slots:
    void listensOnTwoOrigins()
    {
        DemoPortalServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server.portalUrl().host(), u"127.0.0.1"_s);
        QVERIFY(server.portalUrl().port() > 0);
        QCOMPARE(server.portalUrl().path(), u"/"_s);
        QCOMPARE(server.portalHost(), u"127.0.0.1:"_s + QString::number(server.portalUrl().port()));
        QVERIFY(server.handlerOrigin().startsWith(u"http://127.0.0.2:"_s));
        QVERIFY(server.handlerOrigin() != server.portalOrigin());
        QVERIFY(server.portalHttpServer());
        QVERIFY(server.handlerHttpServer());
    }

    void portalPageHasWorkerFrameAndForm()
    {
        DemoPortalServer server;
        QVERIFY(server.start());
        const Reply page = fetch(server.portalUrl());
        QCOMPARE(page.status, 200);
        QCOMPARE(page.contentType, QByteArrayLiteral("text/html; charset=utf-8"));
        QVERIFY(!page.hasFrameOptions);

        const QStringList sids = frameSids(page.body, server.portalHost());
        QCOMPARE(sids.size(), 1);
        QCOMPARE(sids, server.lastAppSids());
        const QString sid = sids.first();

        // intranet.placement's container > placement_rest_<id> > app.layout's layout div > frame
        // (bitrix24-protocol.md §10.8), the frame named "<host>|0|<SID>" with app.layout's allow list.
        const QString nesting = uR"(<div id="intranet-placement-PAGE_BACKGROUND_WORKER" style="display:none">
<div id="placement_rest_1">
<div id="appframe_layout_%1" class="app-frame-layout">
<iframe id="appframe_%1" name="%2|0|%1" frameborder="0" class="app-frame app-loading" allow="geolocation *; microphone *; camera *; autoplay *;"></iframe>
<div id="appframe_loading_%1" class="app-loading-msg"></div>
</div>
</div>
)"_s.arg(sid, server.portalHost());
        QVERIFY2(page.body.contains(nesting.toUtf8()), page.body.constData());
        // The form is not next to the frame: the page script appends it at the end of the body.
        QVERIFY(!page.body.contains(R"(<form name="appform_)"));

        const QJsonArray apps = pageConfig(page.body).value(u"apps"_s).toArray();
        QCOMPARE(apps.size(), 1);
        const QJsonObject app = apps.first().toObject();
        QCOMPARE(app.value(u"appSid"_s).toString(), sid);
        QCOMPARE(app.value(u"handlerOrigin"_s).toString(), server.handlerOrigin());
        QCOMPARE(app.value(u"installed"_s).toBool(), true);
        QCOMPARE(app.value(u"placementId"_s).toInt(), 1);
        const QString formHtml = app.value(u"formHtml"_s).toString();

        // The form posts into the frame by name, to the handler with the documented query.
        static const QRegularExpression form(
            u"^<form name=\"appform_([0-9a-f]{32})\" action=\"([^\"]+)\" method=\"POST\" target=\"([^\"]+)\">"_s);
        const auto match = form.match(formHtml);
        QVERIFY2(match.hasMatch(), qPrintable(formHtml));
        QCOMPARE(match.captured(1), sid);
        QCOMPARE(match.captured(3), server.portalHost() + u"|0|" + sid);
        const QUrl action(match.captured(2).replace(u"&amp;"_s, u"&"_s));
        QCOMPARE(action.adjusted(QUrl::RemoveQuery), server.handlerUrl(0));
        const QUrlQuery query(action);
        QCOMPARE(query.queryItemValue(u"DOMAIN"_s, QUrl::FullyDecoded), server.portalHost());
        QCOMPARE(query.queryItemValue(u"PROTOCOL"_s), u"0"_s);
        QCOMPARE(query.queryItemValue(u"LANG"_s), u"en"_s);
        QCOMPARE(query.queryItemValue(u"APP_SID"_s), sid);
        for (const char *field :
             {"AUTH_ID", "AUTH_EXPIRES", "REFRESH_ID", "SERVER_ENDPOINT", "APPLICATION_TOKEN",
              "APPLICATION_SCOPE", "member_id", "status", "PLACEMENT", "PLACEMENT_OPTIONS"}) {
            const QString input = u"type=\"hidden\" name=\""_s + QLatin1StringView(field) + u'"';
            QVERIFY2(formHtml.contains(input), field);
        }
        QVERIFY(formHtml.contains(
            uR"(name="PLACEMENT_OPTIONS" value="{&quot;ID&quot;:&quot;PAGE_BACKGROUND_WORKER&quot;,&quot;URI&quot;:&quot;/&quot;}")"_s));

        // Every render is a new page with a fresh APP_SID.
        const Reply again = fetch(server.portalUrl());
        const QStringList sidsAgain = frameSids(again.body, server.portalHost());
        QCOMPARE(sidsAgain.size(), 1);
        QVERIFY(sidsAgain.first() != sid);
    }

    void servesWebFilesWithContentTypes()
    {
        DemoPortalServer server;
        QVERIFY(server.start());
        const QUrl portal = server.portalUrl();
        const Reply js = fetch(portal.resolved(QUrl(u"/demo/demoportal.js"_s)));
        QCOMPARE(js.status, 200);
        QCOMPARE(js.contentType, QByteArrayLiteral("application/javascript"));
        QVERIFY(js.body.contains("window.demoPortal"));
        const Reply css = fetch(portal.resolved(QUrl(u"/demo/portal.css"_s)));
        QCOMPARE(css.contentType, QByteArrayLiteral("text/css"));
        QCOMPARE(fetch(portal.resolved(QUrl(u"/demo/missing.js"_s))).status, 404);
        const Reply workerJs = fetch(QUrl(server.handlerOrigin() + u"/demo/worker.js"_s));
        QCOMPARE(workerJs.status, 200);
        QCOMPARE(workerJs.contentType, QByteArrayLiteral("application/javascript"));
    }

    void handlerAnswersPostAndGet()
    {
        DemoPortalServer server;
        QVERIFY(server.start());
        QSignalSpy requested(&server, &DemoPortalServer::handlerPageRequested);
        QUrl url = server.handlerUrl(0);
        url.setQuery(u"DOMAIN=127.0.0.1%3A1&PROTOCOL=0&LANG=en&APP_SID=0123456789abcdef0123456789abcdef"_s);
        const Reply post = fetch(url,
                                 QByteArrayLiteral("AUTH_ID=abc&PLACEMENT=PAGE_BACKGROUND_WORKER&"
                                                   "PLACEMENT_OPTIONS=%7B%22ID%22%3A%22x%22%7D&note=a+b"));
        QCOMPARE(post.status, 200);
        QCOMPARE(post.contentType, QByteArrayLiteral("text/html; charset=utf-8"));
        QVERIFY(!post.hasFrameOptions);
        QVERIFY(post.body.contains("/demo/worker.js"));
        QCOMPARE(requested.size(), 1);
        const auto args = requested.first();
        QCOMPARE(args.at(0).toInt(), 0);
        QCOMPARE(args.at(1).toString(), u"POST"_s);
        QCOMPARE(args.at(2).value<QUrlQuery>().queryItemValue(u"APP_SID"_s),
                 u"0123456789abcdef0123456789abcdef"_s);
        const auto form = args.at(3).value<QUrlQuery>();
        QCOMPARE(form.queryItemValue(u"AUTH_ID"_s), u"abc"_s);
        QCOMPARE(form.queryItemValue(u"PLACEMENT_OPTIONS"_s, QUrl::FullyDecoded), u"{\"ID\":\"x\"}"_s);
        QCOMPARE(form.queryItemValue(u"note"_s, QUrl::FullyDecoded), u"a b"_s);

        QCOMPARE(fetch(server.handlerUrl(0)).status, 200);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.last().at(1).toString(), u"GET"_s);
        // Only one worker frame by default: no second handler path.
        QCOMPARE(server.handlerUrl(1), QUrl());
        QCOMPARE(fetch(QUrl(server.handlerOrigin() + DemoPortalServer::handlerPath(1))).status, 404);
    }

    void twoWorkerFramesUseDifferentHandlerPaths()
    {
        DemoPortalOptions options;
        options.workerFrames = 2;
        DemoPortalServer server(options);
        QVERIFY(server.start());
        QCOMPARE(server.appCount(), 2);
        QVERIFY(server.handlerUrl(0).path() != server.handlerUrl(1).path());
        QCOMPARE(server.handlerOrigin(1), server.handlerOrigin(0));
        const Reply page = fetch(server.portalUrl());
        const QStringList sids = frameSids(page.body, server.portalHost());
        QCOMPARE(sids.size(), 2);
        QVERIFY(sids.at(0) != sids.at(1));
        const QJsonArray apps = pageConfig(page.body).value(u"apps"_s).toArray();
        QCOMPARE(apps.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QString action = server.handlerUrl(i).toString() + u"?DOMAIN="_s;
            QVERIFY(apps.at(i).toObject().value(u"formHtml"_s).toString().contains(action));
            QVERIFY(page.body.contains(
                QByteArray("<div id=\"placement_rest_").append(QByteArray::number(i + 1)).append("\">")));
        }
        QCOMPARE(fetch(server.handlerUrl(1), {}, true).status, 200);
    }

    // Apps on different loopback addresses are different handler origins, each its own server, their
    // frames in the order of DemoPortalOptions::apps; each can serve its own page.
    void appsOnSeveralHandlerOrigins()
    {
        DemoPortalOptions options;
        opc::DemoWorkerApp first;
        first.html = QByteArrayLiteral("<!DOCTYPE html><title>first app</title>");
        first.placementId = 7;
        opc::DemoWorkerApp second;
        second.handlerAddress = u"127.0.0.3"_s;
        second.installed = false;
        second.appId = u"local.second"_s;
        options.apps = {first, second};
        options.workerHtml = QByteArrayLiteral("<!DOCTYPE html><title>shared</title>");
        DemoPortalServer server(options);
        QVERIFY(server.start());
        QCOMPARE(server.appCount(), 2);
        QVERIFY(server.handlerOrigin(0).startsWith(u"http://127.0.0.2:"_s));
        QVERIFY(server.handlerOrigin(1).startsWith(u"http://127.0.0.3:"_s));
        QVERIFY(server.handlerHttpServer(0) != server.handlerHttpServer(1));
        QCOMPARE(server.handlerHttpServer(2), nullptr);

        const Reply page = fetch(server.portalUrl());
        const QStringList sids = frameSids(page.body, server.portalHost());
        QCOMPARE(sids, server.lastAppSids());
        QVERIFY(page.body.indexOf("placement_rest_7") < page.body.indexOf("placement_rest_2"));
        const QJsonArray apps = pageConfig(page.body).value(u"apps"_s).toArray();
        QCOMPARE(apps.at(0).toObject().value(u"handlerOrigin"_s).toString(), server.handlerOrigin(0));
        QCOMPARE(apps.at(1).toObject().value(u"handlerOrigin"_s).toString(), server.handlerOrigin(1));
        QCOMPARE(apps.at(0).toObject().value(u"appId"_s).toString(), u"app1"_s);
        QCOMPARE(apps.at(1).toObject().value(u"appId"_s).toString(), u"local.second"_s);
        QCOMPARE(apps.at(1).toObject().value(u"installed"_s).toBool(), false);

        // Each app's page on its own origin only; the app's html wins over workerHtml.
        QCOMPARE(fetch(server.handlerUrl(0)).body, first.html);
        QCOMPARE(fetch(server.handlerUrl(1)).body, options.workerHtml);
        QCOMPARE(fetch(QUrl(server.handlerOrigin(1) + DemoPortalServer::handlerPath(0))).status, 404);
        QCOMPARE(fetch(QUrl(server.handlerOrigin(0) + DemoPortalServer::handlerPath(1))).status, 404);
        QCOMPARE(fetch(QUrl(server.handlerOrigin(1) + u"/demo/worker.js"_s)).status, 200);

        // A test can swap an app's page while the portal runs, and go back.
        server.setWorkerHtml(1, QByteArrayLiteral("<!DOCTYPE html><title>hostile</title>"));
        QCOMPARE(fetch(server.handlerUrl(1)).body,
                 QByteArrayLiteral("<!DOCTYPE html><title>hostile</title>"));
        QCOMPARE(fetch(server.handlerUrl(0)).body, first.html);
        server.setWorkerHtml(1, {});
        QCOMPARE(fetch(server.handlerUrl(1)).body, options.workerHtml);
    }

    void customWorkerHtmlAndStaticDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"sdk"_s));
        QFile sdk(dir.filePath(u"sdk/index.min.js"_s));
        QVERIFY(sdk.open(QIODevice::WriteOnly));
        sdk.write("var B24Js = {};");
        sdk.close();

        DemoPortalOptions options;
        options.workerHtml = QByteArrayLiteral("<!DOCTYPE html><title>custom worker</title>");
        options.handlerStaticDir = dir.path();
        DemoPortalServer server(options);
        QVERIFY(server.start());

        const Reply worker = fetch(server.handlerUrl(0), QByteArrayLiteral("AUTH_ID=x"));
        QCOMPARE(worker.status, 200);
        QCOMPARE(worker.body, options.workerHtml);
        const Reply js = fetch(QUrl(server.handlerOrigin() + u"/sdk/index.min.js"_s));
        QCOMPARE(js.status, 200);
        QCOMPARE(js.contentType, QByteArrayLiteral("application/javascript"));
        QCOMPARE(js.body, QByteArrayLiteral("var B24Js = {};"));
        QCOMPARE(fetch(QUrl(server.handlerOrigin() + u"/sdk/missing.js"_s)).status, 404);
        QCOMPARE(fetch(QUrl(server.handlerOrigin() + u"/sdk/%2E%2E/%2E%2E/etc/passwd"_s)).status, 404);

        // Routes added later by other modules take precedence over the static directory.
        server.handlerHttpServer()->route(u"/sdk/index.min.js"_s, [] {
            return QHttpServerResponse(QByteArrayLiteral("application/javascript"),
                                       QByteArrayLiteral("override"));
        });
        QCOMPARE(fetch(QUrl(server.handlerOrigin() + u"/sdk/index.min.js"_s)).body,
                 QByteArrayLiteral("override"));
    }

    void otherModulesCanAddPortalRoutes()
    {
        DemoPortalServer server;
        QVERIFY(server.start());
        server.portalHttpServer()->route(u"/rest/profile.json"_s, [] {
            return QHttpServerResponse(QJsonObject{{u"result"_s, true}});
        });
        const Reply reply = fetch(server.portalUrl().resolved(QUrl(u"/rest/profile.json"_s)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"result"_s).toBool(), true);
    }

    void refreshRotatesTokens()
    {
        DemoPortalServer server;
        QVERIFY(server.start());
        QSignalSpy refreshed(&server, &DemoPortalServer::authRefreshed);
        const QString before = server.currentAuthId();
        const Reply reply = fetch(server.portalUrl().resolved(QUrl(u"/demo/api/refresh-auth"_s)), {}, true);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(json.value(u"access_token"_s).toString(), server.currentAuthId());
        QCOMPARE(json.value(u"refresh_token"_s).toString(), server.currentRefreshId());
        QCOMPARE(json.value(u"expires_in"_s).toInt(), 3600);
        QVERIFY(server.currentAuthId() != before);
        QCOMPARE(refreshed.size(), 1);
        // The next render hands the new token to the frames.
        QVERIFY(fetch(server.portalUrl()).body.contains(server.currentAuthId().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestDemoPortalServer)
#include "tst_demoportalserver.moc"
