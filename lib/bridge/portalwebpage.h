#pragma once

#include "navigationpolicy.h"

#include <QUrl>
#include <QWebEnginePage>

#include <functional>

class QWebEngineNewWindowRequest;

namespace opc {

// The page that shows the portal. It is the single gate for navigation: a hook sees every URL
// first (the sign-in flow uses it to catch its redirect without loading it), then NavigationPolicy
// decides: links to other sites open in the system browser, new windows on the portal open in a
// console window with the same login (whoever handles popupRequested), other new windows go to
// the system browser, and what is not a web page opens nowhere.
class PortalWebPage : public QWebEnginePage
{
    Q_OBJECT

public:
    // Returns true when it consumed the navigation; the page then does not load it.
    using NavigationHook = std::function<bool(const QUrl &url, bool isMainFrame)>;

    explicit PortalWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setPortalUrl(const QUrl &url) { m_policy.setPortalUrl(url); }
    QUrl portalUrl() const { return m_policy.portalUrl(); }
    void setNavigationHook(NavigationHook hook) { m_hook = std::move(hook); }
    // Hosts besides the portal that links may open inside the console (sign-in pages).
    void setTrustedHosts(const QStringList &hosts) { m_policy.setTrustedHosts(hosts); }
    const NavigationPolicy &navigationPolicy() const { return m_policy; }

signals:
    void externalLinkRequested(const QUrl &url);
    // A new window on the portal: open it with request.openIn() before returning (a handler that
    // doesn't leaves it unopened).
    void popupRequested(QWebEngineNewWindowRequest &request);
    // A script of `document` was refused the asynchronous clipboard API (navigator.clipboard
    // .writeText): Qt 6.4 refuses it without a permission request, so the console learns of it
    // from the error the page left uncaught.
    void clipboardWriteDenied(const QUrl &document);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &sourceId) override;

private:
    void onNewWindowRequested(QWebEngineNewWindowRequest &request);

    NavigationPolicy m_policy;
    NavigationHook m_hook;
};

} // namespace opc
