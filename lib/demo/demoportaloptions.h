#pragma once

#include <QByteArray>
#include <QString>

namespace opc {

// What the demo portal serves; set before DemoPortalServer::start().
struct DemoPortalOptions
{
    // PAGE_BACKGROUND_WORKER apps on the portal page, each with its own handler path and APP_SID.
    int workerFrames = 1;
    // When set, replaces the built-in worker page on every handler path (e.g. a page using b24jssdk).
    QByteArray workerHtml;
    // When set, files under this directory are served from the handler origin root
    // (http://127.0.0.2:Q/<relative path>), after every registered route.
    QString handlerStaticDir;
    QString lang = QStringLiteral("en");
    // Ports to try first (0: any free port); a busy one falls back to any free port.
    quint16 preferredPortalPort = 0;
    quint16 preferredHandlerPort = 0;
    // Fake OAuth values handed to the app frames (POST form and getInitData).
    QString authId = QStringLiteral("demo-auth-0000000000000000000000000001");
    QString refreshId = QStringLiteral("demo-refresh-000000000000000000000000001");
    QString memberId = QStringLiteral("demo0000000000000000000000000000");
    QString applicationToken = QStringLiteral("demo-app-token-0001");
    QString serverEndpoint = QStringLiteral("https://oauth.bitrix.info/rest/");
};

} // namespace opc
