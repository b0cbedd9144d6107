#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace opc {

// One PAGE_BACKGROUND_WORKER app registered on the demo portal (bitrix24-protocol.md §2.1, §10.8).
struct DemoWorkerApp
{
    // Loopback address of this app's handler server; apps with different addresses are different
    // origins (http://127.0.0.2:Q, http://127.0.0.3:R, ...). Apps on one address share its server.
    QString handlerAddress = QStringLiteral("127.0.0.2");
    // This app's worker page; empty: DemoPortalOptions::workerHtml, or else the built-in worker.
    QByteArray html;
    // false: the app starts "not installed" (§10.5): each page's first getInitData for it answers
    // FIRST_RUN:true until the app sends setInstall {install:true}, which the portal page keeps in
    // its localStorage (so a reload of the portal page keeps the install).
    bool installed = true;
    // The registration id in div#placement_rest_<id>; 0: index + 1.
    int placementId = 0;
    // Key of the app's install flag and user options in the portal's storage; empty: "app<index+1>".
    QString appId;
};

// What the demo portal serves; set before DemoPortalServer::start().
struct DemoPortalOptions
{
    // PAGE_BACKGROUND_WORKER apps on the portal page, each with its own handler path and APP_SID.
    // Used only when `apps` is empty: that many default apps (installed, built-in worker, 127.0.0.2).
    int workerFrames = 1;
    // When not empty: exactly these apps, their frames in this order in the DOM.
    QList<DemoWorkerApp> apps;
    // When set, replaces the built-in worker page on every handler path whose app has no own html
    // (e.g. a page using b24jssdk).
    QByteArray workerHtml;
    // When set, files under this directory are served from every handler origin's root
    // (http://127.0.0.2:Q/<relative path>), after every registered route.
    QString handlerStaticDir;
    QString lang = QStringLiteral("en");
    // Ports to try first (0: any free port); a busy one falls back to any free port. The handler
    // port is that of the first app's handler address.
    quint16 preferredPortalPort = 0;
    quint16 preferredHandlerPort = 0;
    // Fake OAuth values handed to the app frames (POST form and getInitData).
    QString authId = QStringLiteral("demo-auth-0000000000000000000000000001");
    QString refreshId = QStringLiteral("demo-refresh-000000000000000000000000001");
    QString memberId = QStringLiteral("demo0000000000000000000000000000");
    QString applicationToken = QStringLiteral("demo-app-token-0001");
    QString serverEndpoint = QStringLiteral("https://oauth.bitrix.info/rest/");

    // `apps`, or `workerFrames` default apps when it is empty.
    QList<DemoWorkerApp> effectiveApps() const
    {
        if (!apps.isEmpty())
            return apps;
        return QList<DemoWorkerApp>(qMax(1, workerFrames));
    }
};

} // namespace opc
