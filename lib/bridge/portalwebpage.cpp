#include "portalwebpage.h"

#include "protocol/logging.h"

#include <QWebEngineNewWindowRequest>

namespace opc {

PortalWebPage::PortalWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest &request) {
        const QUrl url = request.requestedUrl();
        if (url.scheme() == u"http" || url.scheme() == u"https")
            emit externalLinkRequested(url);
    });
}

bool PortalWebPage::isInsideConsole(const QUrl &url) const
{
    const QString host = url.host().toLower();
    if (host == m_portalUrl.host().toLower())
        return true;
    for (const QString &trusted : m_trustedHosts) {
        if (host == trusted || host.endsWith(u'.' + trusted))
            return true;
    }
    return false;
}

bool PortalWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (m_hook && m_hook(url, isMainFrame))
        return false;
    // Only a click by the operator leaves the portal; redirects (sign-in) and sub-frames stay.
    if (isMainFrame && type == NavigationTypeLinkClicked && !isInsideConsole(url) &&
        (url.scheme() == u"http" || url.scheme() == u"https")) {
        emit externalLinkRequested(url);
        return false;
    }
    return true;
}

void PortalWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                             int line, const QString &sourceId)
{
    // Only the console's own scripts: a page may print anything, tokens included.
    if (!sourceId.startsWith(u"userscript:"))
        return;
    if (level == ErrorMessageLevel)
        qCWarning(lcBridge).noquote() << sourceId << line << message.left(300);
    else
        qCDebug(lcBridge).noquote() << sourceId << line << message.left(300);
}

} // namespace opc
