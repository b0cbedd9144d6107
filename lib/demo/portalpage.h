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
    int placementId = 1; // div#placement_rest_<placementId>
    QString appId; // key of the install flag in the page's storage
    bool installed = true; // false: FIRST_RUN until the app's setInstall (§10.5)
};

// Renders the portal page like intranet.placement + app.layout do (bitrix24-protocol.md §2.1, §10.8):
// the hidden container div#intranet-placement-PAGE_BACKGROUND_WORKER with, per app,
// div#placement_rest_<id> > div#appframe_layout_<SID> > iframe#appframe_<SID> named "<host>|0|<SID>".
// Each app's POST form is handed to the page script (config "formHtml"), which appends it in a hidden
// div at the end of document.body and submits it, as app.layout does for non-DEFAULT placements.
class PortalPage
{
public:
    PortalPage(const DemoPortalOptions &options, QString portalHost);

    void addApp(const WorkerApp &app);
    const QList<WorkerApp> &apps() const { return m_apps; }

    // "<host:port>|0|<sid>", the frame name the app reads back from window.name.
    QString frameName(const WorkerApp &app) const;
    // The handler URL plus DOMAIN, PROTOCOL, LANG and APP_SID, as the form's action.
    QUrl formAction(const WorkerApp &app) const;

    // The app's div#placement_rest_<id> with its layout, frame and loading note.
    QString placementHtml(const WorkerApp &app) const;
    // The app's <form name="appform_<SID>">: action, POST, target = frame name, hidden auth inputs.
    QString formHtml(const WorkerApp &app) const;

    QByteArray html() const;

    static QString newAppSid();

private:
    QByteArray configJson() const;

    DemoPortalOptions m_options;
    QString m_portalHost;
    QList<WorkerApp> m_apps;
};

} // namespace opc
