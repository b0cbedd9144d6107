#pragma once

#include "demoportaloptions.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace opc {

// One PAGE_BACKGROUND_WORKER app as rendered on one portal page.
struct WorkerApp
{
    QString appSid; // fresh 32 lowercase hex digits per render
    QUrl handlerUrl; // without the DOMAIN/PROTOCOL/LANG/APP_SID query
};

// Renders the portal page like intranet.placement + app.layout do (bitrix24-protocol.md §2.1):
// a hidden container with, per app, an iframe named "<host>|0|<APP_SID>" and a POST form aimed at it.
class PortalPage
{
public:
    PortalPage(const DemoPortalOptions &options, QString portalHost, QString handlerOrigin);

    void addApp(const WorkerApp &app);
    const QList<WorkerApp> &apps() const { return m_apps; }

    // "<host:port>|0|<sid>", the frame name the app reads back from window.name.
    QString frameName(const WorkerApp &app) const;
    // The handler URL plus DOMAIN, PROTOCOL, LANG and APP_SID, as the form's action.
    QUrl formAction(const WorkerApp &app) const;

    QByteArray html() const;

    static QString newAppSid();

private:
    QString workerAppsHtml() const;
    QByteArray configJson() const;

    DemoPortalOptions m_options;
    QString m_portalHost;
    QString m_handlerOrigin;
    QList<WorkerApp> m_apps;
};

} // namespace opc
