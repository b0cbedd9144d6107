#include "portalwebpage.h"

#include "protocol/logging.h"

#include <QWebEngineNewWindowRequest>

namespace opc {

PortalWebPage::PortalWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::newWindowRequested, this, &PortalWebPage::onNewWindowRequested);
}

void PortalWebPage::onNewWindowRequested(QWebEngineNewWindowRequest &request)
{
    const QUrl url = request.requestedUrl();
    switch (m_policy.forNewWindow(url)) {
    case NavigationPolicy::Route::Load:
        emit popupRequested(request);
        break;
    case NavigationPolicy::Route::OpenOutside:
        emit externalLinkRequested(url);
        break;
    case NavigationPolicy::Route::Refuse:
        qCInfo(lcApp) << "a new window for a" << url.scheme() << "URL was not opened";
        break;
    }
}

bool PortalWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (m_hook && m_hook(url, isMainFrame))
        return false;
    if (m_policy.forNavigation(url, type, isMainFrame) == NavigationPolicy::Route::OpenOutside) {
        emit externalLinkRequested(url);
        return false;
    }
    return true;
}

void PortalWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                             int line, const QString &sourceId)
{
    if (level == ErrorMessageLevel && message.contains(u"NotAllowedError: Write permission denied."))
        emit clipboardWriteDenied(QUrl(sourceId));
    // Only the console's own scripts: a page may print anything, tokens included.
    if (!sourceId.startsWith(u"userscript:"))
        return;
    if (level == ErrorMessageLevel)
        qCWarning(lcBridge).noquote() << sourceId << line << message.left(300);
    else
        qCDebug(lcBridge).noquote() << sourceId << line << message.left(300);
}

} // namespace opc
