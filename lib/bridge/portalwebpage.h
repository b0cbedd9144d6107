#pragma once

#include <QUrl>
#include <QWebEnginePage>

#include <functional>

namespace opc {

// The page that shows the portal. It is the single gate for navigation: a hook sees every URL
// first (the sign-in flow uses it to catch its redirect without loading it), links to other sites
// open in the system browser, and pop-up windows never open inside the console.
class PortalWebPage : public QWebEnginePage
{
    Q_OBJECT

public:
    // Returns true when it consumed the navigation; the page then does not load it.
    using NavigationHook = std::function<bool(const QUrl &url, bool isMainFrame)>;

    explicit PortalWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setPortalUrl(const QUrl &url) { m_portalUrl = url; }
    QUrl portalUrl() const { return m_portalUrl; }
    void setNavigationHook(NavigationHook hook) { m_hook = std::move(hook); }
    // Hosts besides the portal that links may open inside the console (sign-in pages).
    void setTrustedHosts(const QStringList &hosts) { m_trustedHosts = hosts; }

signals:
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &sourceId) override;

private:
    bool isInsideConsole(const QUrl &url) const;

    QUrl m_portalUrl;
    QStringList m_trustedHosts;
    NavigationHook m_hook;
};

} // namespace opc
