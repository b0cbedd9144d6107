#include "navigationpolicy.h"

using namespace Qt::StringLiterals;

namespace opc {

bool NavigationPolicy::isWebPage(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https");
}

bool NavigationPolicy::isInsideConsole(const QUrl &url) const
{
    if (!isWebPage(url))
        return false;
    const QString host = url.host().toLower();
    if (!host.isEmpty() && host == m_portalUrl.host().toLower())
        return true;
    for (const QString &trusted : m_trustedHosts) {
        if (host == trusted || host.endsWith(u'.' + trusted))
            return true;
    }
    return false;
}

NavigationPolicy::Route NavigationPolicy::forNavigation(const QUrl &url, QWebEnginePage::NavigationType type,
                                                        bool isMainFrame) const
{
    // Only a click by the operator leaves the portal; redirects (sign-in) and sub-frames stay.
    if (isMainFrame && type == QWebEnginePage::NavigationTypeLinkClicked) {
        if (url.scheme() == u"mailto")
            return Route::OpenOutside;
        if (isWebPage(url) && !isInsideConsole(url))
            return Route::OpenOutside;
    }
    return Route::Load;
}

NavigationPolicy::Route NavigationPolicy::forNewWindow(const QUrl &url) const
{
    // A script's window.open('') (to write a print preview into) starts blank, on the opener's origin.
    if (url.isEmpty() || url == QUrl(u"about:blank"_s))
        return Route::Load;
    if (isInsideConsole(url))
        return Route::Load;
    if (isWebPage(url) || url.scheme() == u"mailto")
        return Route::OpenOutside;
    return Route::Refuse;
}

} // namespace opc
