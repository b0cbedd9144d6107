#include "demo/demoportalserver.h"

#include <QHttpServer>
#include <QHttpServerResponse>
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
        QVERIFY(page.body.contains(
            R"(<div id="intranet-placement-PAGE_BACKGROUND_WORKER" style="display:none">)"));

        const QStringList sids = frameSids(page.body, server.portalHost());
        QCOMPARE(sids.size(), 1);
        QCOMPARE(sids, server.lastAppSids());
        const QString sid = sids.first();

        // The form posts into the frame by name, to the handler with the documented query.
        static const QRegularExpression form(
            u"<form name=\"appform_([0-9a-f]{32})\"[^>]*method=\"POST\"[^>]*action=\"([^\"]+)\" target=\"([^\"]+)\">"_s);
        const auto match = form.match(QString::fromUtf8(page.body));
        QVERIFY(match.hasMatch());
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
            const QByteArray input = QByteArray("type=\"hidden\" name=\"") + field + '"';
            QVERIFY2(page.body.contains(input), field);
        }
        QVERIFY(page.body.contains(
            R"(name="PLACEMENT_OPTIONS" value="{&quot;ID&quot;:&quot;PAGE_BACKGROUND_WORKER&quot;,&quot;URI&quot;:&quot;/&quot;}")"));

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
        QCOMPARE(fetch(server.handlerUrl(1)).status, 404);
    }

    void twoWorkerFramesUseDifferentHandlerPaths()
    {
        DemoPortalOptions options;
        options.workerFrames = 2;
        DemoPortalServer server(options);
        QVERIFY(server.start());
        QVERIFY(server.handlerUrl(0).path() != server.handlerUrl(1).path());
        const Reply page = fetch(server.portalUrl());
        const QStringList sids = frameSids(page.body, server.portalHost());
        QCOMPARE(sids.size(), 2);
        QVERIFY(sids.at(0) != sids.at(1));
        for (int i = 0; i < 2; ++i) {
            const QByteArray action = server.handlerUrl(i).toString().toUtf8() + "?DOMAIN=";
            QVERIFY(page.body.contains(action));
        }
        QCOMPARE(fetch(server.handlerUrl(1), {}, true).status, 200);
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
