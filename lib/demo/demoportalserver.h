#pragma once

#include "demoportaloptions.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace opc {

// The built-in demo portal: two loopback HTTP servers, so the portal page and the app handler are
// different origins exactly as on a real installation.
//  - PORTAL on 127.0.0.1:P serves a fake Bitrix24 page with a call card and the portal side of the
//    postMessage protocol (bitrix24-protocol.md §1-§3).
//  - HANDLER on 127.0.0.2:Q serves the PAGE_BACKGROUND_WORKER app page(s) the portal frames and POSTs to.
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
    bool isListening() const { return m_portalPort != 0 && m_handlerPort != 0; }

    QUrl portalUrl() const; // http://127.0.0.1:P/
    QString portalHost() const; // 127.0.0.1:P
    QString portalOrigin() const; // http://127.0.0.1:P
    QString handlerOrigin() const; // http://127.0.0.2:Q
    // The worker page of app `index` (0-based): /worker, /worker-2, ...
    QUrl handlerUrl(int index = 0) const;
    static QString handlerPath(int index);

    // APP_SIDs of the most recent portal page render, one per worker frame.
    QStringList lastAppSids() const { return m_lastAppSids; }
    // The tokens currently valid for the app frames (rotated by the page's refreshAuth).
    QString currentAuthId() const { return m_authId; }
    QString currentRefreshId() const { return m_refreshId; }

    QHttpServer *portalHttpServer() const { return m_portal.get(); }
    QHttpServer *handlerHttpServer() const { return m_handler.get(); }

signals:
    void portalPageServed(const QStringList &appSids);
    // The portal's form POST (or a GET) reached the worker page of app `index`.
    void handlerPageRequested(int index, const QString &method, const QUrlQuery &query,
                              const QUrlQuery &form);
    void authRefreshed(const QString &authId, const QString &refreshId);

private:
    void addPortalRoutes();
    void addHandlerRoutes();
    QHttpServerResponse renderPortalPage();
    QHttpServerResponse servePortalRefresh();
    QHttpServerResponse serveWorkerPage(int index, const QHttpServerRequest &request);

    DemoPortalOptions m_options;
    std::unique_ptr<QHttpServer> m_portal;
    std::unique_ptr<QHttpServer> m_handler;
    quint16 m_portalPort = 0;
    quint16 m_handlerPort = 0;
    QStringList m_lastAppSids;
    QString m_authId;
    QString m_refreshId;
    int m_refreshCount = 0;
};

} // namespace opc
