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

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

constexpr auto kPortalAddress = QLatin1StringView("127.0.0.1");

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
    m_apps = m_options.effectiveApps();
    m_htmlOverride = QList<QByteArray>(m_apps.size());
    m_authId = m_options.authId;
    m_refreshId = m_options.refreshId;
    m_handlers.clear();
    m_appHost.clear();
    for (const DemoWorkerApp &app : std::as_const(m_apps)) {
        auto host = std::find_if(m_handlers.begin(), m_handlers.end(),
                                 [&](const HandlerHost &h) { return h.address == app.handlerAddress; });
        if (host == m_handlers.end()) {
            m_handlers.push_back({app.handlerAddress, std::make_unique<QHttpServer>(), 0});
            host = std::prev(m_handlers.end());
        }
        m_appHost.append(int(std::distance(m_handlers.begin(), host)));
    }
    addPortalRoutes();
    for (HandlerHost &host : m_handlers)
        addHandlerRoutes(host);
    if (!listenAll(error)) {
        // QHttpServer 6.4 cannot stop listening; a fresh instance is the only clean state.
        m_portal = std::make_unique<QHttpServer>();
        m_handlers.clear();
        m_appHost.clear();
        m_portalPort = 0;
        return false;
    }
    qCInfo(lcDemo).noquote() << "demo portal at" << portalUrl().toString() << "handler at" << handlerOrigin();
    return true;
}

bool DemoPortalServer::listenAll(QString *error)
{
    // The console asks for the ports of its last run so the demo portal keeps its origin, and with
    // it the browser profile's storage and the keychain entry of the demo sign-in.
    const auto listen = [](QHttpServer &server, const QString &address, quint16 preferred) {
        quint16 port = server.listen(QHostAddress(address), preferred);
        if (port == 0 && preferred != 0)
            port = server.listen(QHostAddress(address), 0);
        return port;
    };
    m_portalPort = listen(*m_portal, kPortalAddress, m_options.preferredPortalPort);
    QString failed =
        m_portalPort == 0 ? tr("The demo portal could not listen on %1.").arg(kPortalAddress) : QString();
    for (std::size_t i = 0; failed.isEmpty() && i < m_handlers.size(); ++i) {
        HandlerHost &host = m_handlers.at(i);
        host.port = listen(*host.server, host.address, i == 0 ? m_options.preferredHandlerPort : 0);
        if (host.port == 0)
            failed = tr("The demo app handler could not listen on %1.").arg(host.address);
    }
    if (failed.isEmpty())
        return true;
    qCWarning(lcDemo).noquote() << failed;
    if (error)
        *error = failed;
    return false;
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

QString DemoPortalServer::handlerOrigin(int index) const
{
    if (index < 0 || index >= m_appHost.size())
        return {};
    const HandlerHost &host = m_handlers.at(std::size_t(m_appHost.at(index)));
    return u"http://"_s + host.address + u':' + QString::number(host.port);
}

QString DemoPortalServer::handlerPath(int index)
{
    return index <= 0 ? u"/worker"_s : u"/worker-"_s + QString::number(index + 1);
}

QUrl DemoPortalServer::handlerUrl(int index) const
{
    const QString origin = handlerOrigin(index);
    return origin.isEmpty() ? QUrl() : QUrl(origin + handlerPath(index));
}

QHttpServer *DemoPortalServer::handlerHttpServer(int index) const
{
    if (index < 0 || index >= m_appHost.size())
        return nullptr;
    return m_handlers.at(std::size_t(m_appHost.at(index))).server.get();
}

void DemoPortalServer::setWorkerHtml(int index, const QByteArray &html)
{
    if (index >= 0 && index < m_htmlOverride.size())
        m_htmlOverride[index] = html;
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

void DemoPortalServer::addHandlerRoutes(HandlerHost &host)
{
    // The portal POSTs its form here; a static-HTML handler would be loaded with GET.
    const auto methods = QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post;
    const int hostIndex = int(&host - m_handlers.data());
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_appHost.at(i) != hostIndex)
            continue;
        host.server->route(handlerPath(i), methods, [this, i](const QHttpServerRequest &request) {
            return serveWorkerPage(i, request);
        });
    }
    host.server->route(u"/demo/<arg>"_s, QHttpServerRequest::Method::Get,
                       [](const QString &name) { return webasset::fromResource(name); });
    // The static directory is the fallback, so routes other modules add later still win.
    host.server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
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
    PortalPage page(current, portalHost());
    QStringList sids;
    for (int i = 0; i < m_apps.size(); ++i) {
        const DemoWorkerApp &options = m_apps.at(i);
        WorkerApp app;
        app.appSid = PortalPage::newAppSid();
        app.handlerUrl = handlerUrl(i);
        app.placementId = options.placementId > 0 ? options.placementId : i + 1;
        app.appId = options.appId.isEmpty() ? u"app"_s + QString::number(i + 1) : options.appId;
        app.installed = options.installed;
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
    QByteArray body = m_htmlOverride.value(index);
    if (body.isEmpty())
        body = m_apps.at(index).html;
    if (body.isEmpty())
        body = m_options.workerHtml;
    if (body.isEmpty())
        body = webasset::resourceBytes(u"worker.html");
    return webasset::html(body);
}

} // namespace opc
