#pragma once

#include <QStringList>
#include <QUrl>
#include <QWebEnginePage>

namespace opc {

// The one rule for where a URL opens. The portal and the hosts it signs in through (and their
// subdomains) open inside the console; a link the operator follows to another site opens in the
// system browser; redirects and sub-frames (the sign-in flow, telephony apps) load where they are.
// New windows on the portal open in a console window with the same login; new windows elsewhere go
// to the system browser; anything that is not a web page (data:, file:, view-source:, javascript:)
// opens nowhere.
class NavigationPolicy
{
public:
    enum class Route { Load, OpenOutside, Refuse };

    NavigationPolicy() = default;
    NavigationPolicy(const QUrl &portalUrl, const QStringList &trustedHosts)
        : m_portalUrl(portalUrl)
        , m_trustedHosts(trustedHosts)
    {
    }

    QUrl portalUrl() const { return m_portalUrl; }
    void setPortalUrl(const QUrl &url) { m_portalUrl = url; }
    QStringList trustedHosts() const { return m_trustedHosts; }
    void setTrustedHosts(const QStringList &hosts) { m_trustedHosts = hosts; }

    bool isInsideConsole(const QUrl &url) const;
    static bool isWebPage(const QUrl &url);

    Route forNavigation(const QUrl &url, QWebEnginePage::NavigationType type, bool isMainFrame) const;
    // Load: in a console window.
    Route forNewWindow(const QUrl &url) const;

private:
    QUrl m_portalUrl;
    QStringList m_trustedHosts;
};

} // namespace opc
