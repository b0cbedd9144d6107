#include "demoportalserver.h"

#include "portalpage.h"
#include "protocol/logging.h"
#include "webasset.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

constexpr auto kPortalAddress = QLatin1StringView("127.0.0.1");
constexpr auto kHandlerAddress = QLatin1StringView("127.0.0.2");

QUrlQuery formBody(const QHttpServerRequest &request)
{
    // application/x-www-form-urlencoded: QUrlQuery does not treat '+' as a space.
    QByteArray body = request.body();
    body.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(body));
}

} // namespace

DemoPortalServer::DemoPortalServer(QObject *parent)
    : DemoPortalServer(DemoPortalOptions{}, parent)
{
}

DemoPortalServer::DemoPortalServer(DemoPortalOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_portal(std::make_unique<QHttpServer>())
    , m_handler(std::make_unique<QHttpServer>())
{
}

DemoPortalServer::~DemoPortalServer() = default;

void DemoPortalServer::setOptions(const DemoPortalOptions &options)
{
    if (isListening()) {
        qCWarning(lcDemo) << "demo portal options changed after start(); ignored";
        return;
    }
    m_options = options;
}

bool DemoPortalServer::start(QString *error)
{
    if (isListening())
        return true;
    m_options.workerFrames = qMax(1, m_options.workerFrames);
    m_authId = m_options.authId;
    m_refreshId = m_options.refreshId;
    addPortalRoutes();
    addHandlerRoutes();

    // The console asks for the ports of its last run so the demo portal keeps its origin, and with
    // it the browser profile's storage and the keychain entry of the demo sign-in.
    m_portalPort = m_portal->listen(QHostAddress(kPortalAddress), m_options.preferredPortalPort);
    if (m_portalPort == 0 && m_options.preferredPortalPort != 0)
        m_portalPort = m_portal->listen(QHostAddress(kPortalAddress), 0);
    m_handlerPort = m_handler->listen(QHostAddress(kHandlerAddress), m_options.preferredHandlerPort);
    if (m_handlerPort == 0 && m_options.preferredHandlerPort != 0)
        m_handlerPort = m_handler->listen(QHostAddress(kHandlerAddress), 0);
    if (m_portalPort == 0 || m_handlerPort == 0) {
        const QString message = m_portalPort == 0
            ? tr("The demo portal could not listen on %1.").arg(kPortalAddress)
            : tr("The demo app handler could not listen on %1.").arg(kHandlerAddress);
        qCWarning(lcDemo).noquote() << message;
        if (error)
            *error = message;
        // QHttpServer 6.4 cannot stop listening; a fresh instance is the only clean state.
        m_portal = std::make_unique<QHttpServer>();
        m_handler = std::make_unique<QHttpServer>();
        m_portalPort = m_handlerPort = 0;
        return false;
    }
    qCInfo(lcDemo).noquote() << "demo portal at" << portalUrl().toString() << "handler at" << handlerOrigin();
    return true;
}

QUrl DemoPortalServer::portalUrl() const
{
    return QUrl(portalOrigin() + u'/');
}

QString DemoPortalServer::portalHost() const
{
    return kPortalAddress + u':' + QString::number(m_portalPort);
}

QString DemoPortalServer::portalOrigin() const
{
    return u"http://"_s + portalHost();
}

QString DemoPortalServer::handlerOrigin() const
{
    return u"http://"_s + kHandlerAddress + u':' + QString::number(m_handlerPort);
}

QString DemoPortalServer::handlerPath(int index)
{
    return index <= 0 ? u"/worker"_s : u"/worker-"_s + QString::number(index + 1);
}

QUrl DemoPortalServer::handlerUrl(int index) const
{
    return QUrl(handlerOrigin() + handlerPath(index));
}

void DemoPortalServer::addPortalRoutes()
{
    m_portal->route(u"/"_s, QHttpServerRequest::Method::Get, [this] { return renderPortalPage(); });
    // Stand-in for app.layout's ajax endpoint: refreshAuth is answered server-side (§3.5).
    m_portal->route(u"/demo/api/refresh-auth"_s, QHttpServerRequest::Method::Post,
                    [this] { return servePortalRefresh(); });
    m_portal->route(u"/demo/<arg>"_s, QHttpServerRequest::Method::Get,
                    [](const QString &name) { return webasset::fromResource(name); });
}

void DemoPortalServer::addHandlerRoutes()
{
    // The portal POSTs its form here; a static-HTML handler would be loaded with GET.
    const auto methods = QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post;
    for (int i = 0; i < m_options.workerFrames; ++i) {
        m_handler->route(handlerPath(i), methods, [this, i](const QHttpServerRequest &request) {
            return serveWorkerPage(i, request);
        });
    }
    m_handler->route(u"/demo/<arg>"_s, QHttpServerRequest::Method::Get,
                     [](const QString &name) { return webasset::fromResource(name); });
    // The static directory is the fallback, so routes other modules add later still win.
    m_handler->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const bool get = request.method() == QHttpServerRequest::Method::Get;
        const QHttpServerResponse response = get && !m_options.handlerStaticDir.isEmpty()
            ? webasset::fromDirectory(m_options.handlerStaticDir, request.url().path())
            : webasset::notFound();
        response.write(std::move(responder));
    });
}

QHttpServerResponse DemoPortalServer::renderPortalPage()
{
    // A reload is a new page: fresh APP_SIDs, and the tokens handed out are the current ones.
    DemoPortalOptions current = m_options;
    current.authId = m_authId;
    current.refreshId = m_refreshId;
    PortalPage page(current, portalHost(), handlerOrigin());
    QStringList sids;
    for (int i = 0; i < m_options.workerFrames; ++i) {
        const WorkerApp app{PortalPage::newAppSid(), handlerUrl(i)};
        page.addApp(app);
        sids.append(app.appSid);
    }
    m_lastAppSids = sids;
    emit portalPageServed(sids);
    return webasset::html(page.html());
}

QHttpServerResponse DemoPortalServer::servePortalRefresh()
{
    ++m_refreshCount;
    const QString suffix = QString::number(m_refreshCount).rightJustified(8, u'0');
    m_authId = u"demo-auth-refreshed-"_s + suffix;
    m_refreshId = u"demo-refresh-refreshed-"_s + suffix;
    qCInfo(lcDemo) << "demo portal refreshed the app tokens";
    emit authRefreshed(m_authId, m_refreshId);
    QHttpServerResponse response(QJsonObject{
        {u"access_token"_s, m_authId},
        {u"refresh_token"_s, m_refreshId},
        {u"expires_in"_s, 3600},
    });
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse DemoPortalServer::serveWorkerPage(int index, const QHttpServerRequest &request)
{
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const QUrlQuery form = post ? formBody(request) : QUrlQuery();
    qCDebug(lcDemo) << "worker page" << index << (post ? "POST" : "GET");
    emit handlerPageRequested(index, post ? u"POST"_s : u"GET"_s, request.query(), form);
    const QByteArray body =
        m_options.workerHtml.isEmpty() ? webasset::resourceBytes(u"worker.html") : m_options.workerHtml;
    return webasset::html(body);
}

} // namespace opc
