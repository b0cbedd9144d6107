#pragma once

#include "demoportaloptions.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace opc {

// The built-in demo portal: loopback HTTP servers, so the portal page and the app handlers are
// different origins exactly as on a real installation.
//  - PORTAL on 127.0.0.1:P serves a fake Bitrix24 page with a call card and the portal side of the
//    postMessage protocol (bitrix24-protocol.md §1-§3, §10).
//  - HANDLER on 127.0.0.2:Q (and one server per further handler address of DemoPortalOptions::apps,
//    e.g. 127.0.0.3:R) serves the PAGE_BACKGROUND_WORKER app page(s) the portal frames and POSTs to.
// Other modules may add routes (e.g. a fake OAuth/REST) through portalHttpServer()/handlerHttpServer();
// routes added later are matched after the demo's own, and the handler's static directory comes last.
class DemoPortalServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoPortalServer(QObject *parent = nullptr);
    explicit DemoPortalServer(DemoPortalOptions options, QObject *parent = nullptr);
    ~DemoPortalServer() override;

    // Only before start().
    void setOptions(const DemoPortalOptions &options);
    const DemoPortalOptions &options() const { return m_options; }

    bool start(QString *error = nullptr);
    bool isListening() const { return m_portalPort != 0; }

    QUrl portalUrl() const; // http://127.0.0.1:P/
    QString portalHost() const; // 127.0.0.1:P
    QString portalOrigin() const; // http://127.0.0.1:P
    // The handler origin of app `index` (0-based): http://127.0.0.2:Q
    QString handlerOrigin(int index = 0) const;
    // The worker page of app `index`: <its handler origin>/worker, /worker-2, ...
    QUrl handlerUrl(int index = 0) const;
    static QString handlerPath(int index);
    // The apps on the portal page, in DOM order (DemoPortalOptions::effectiveApps(), after start()).
    int appCount() const { return int(m_apps.size()); }

    // Replaces app `index`'s worker page from its next request on (e.g. a hostile page for a
    // test); an empty `html` goes back to the page the options chose.
    void setWorkerHtml(int index, const QByteArray &html);

    // APP_SIDs of the most recent portal page render, one per worker frame.
    QStringList lastAppSids() const { return m_lastAppSids; }
    // The tokens currently valid for the app frames (rotated by the page's refreshAuth).
    QString currentAuthId() const { return m_authId; }
    QString currentRefreshId() const { return m_refreshId; }

    QHttpServer *portalHttpServer() const { return m_portal.get(); }
    // The server behind app `index`'s handler origin; null before start().
    QHttpServer *handlerHttpServer(int index = 0) const;

signals:
    void portalPageServed(const QStringList &appSids);
    // The portal's form POST (or a GET) reached the worker page of app `index`.
    void handlerPageRequested(int index, const QString &method, const QUrlQuery &query,
                              const QUrlQuery &form);
    void authRefreshed(const QString &authId, const QString &refreshId);

private:
    // One loopback address serving the worker pages of the apps registered on it.
    struct HandlerHost
    {
        QString address;
        std::unique_ptr<QHttpServer> server;
        quint16 port = 0;
    };

    bool listenAll(QString *error);
    void addPortalRoutes();
    void addHandlerRoutes(HandlerHost &host);
    QHttpServerResponse renderPortalPage();
    QHttpServerResponse servePortalRefresh();
    QHttpServerResponse serveWorkerPage(int index, const QHttpServerRequest &request);

    DemoPortalOptions m_options;
    std::unique_ptr<QHttpServer> m_portal;
    std::vector<HandlerHost> m_handlers;
    QList<DemoWorkerApp> m_apps;
    QList<int> m_appHost; // app index -> index into m_handlers
    QList<QByteArray> m_htmlOverride; // app index -> setWorkerHtml()
    quint16 m_portalPort = 0;
    QStringList m_lastAppSids;
    QString m_authId;
    QString m_refreshId;
    int m_refreshCount = 0;
};

} // namespace opc
