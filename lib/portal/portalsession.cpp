#include "portalsession.h"

#include "bridge/callcardbridge.h"
#include "bridge/portalprofile.h"
#include "config/consolesettings.h"
#include "legacywebprofile.h"
#include "protocol/logging.h"

#include <QWebEngineProfile>

using namespace Qt::StringLiterals;

namespace opc {

PortalSession::PortalSession(const Target &target, ConsoleSettings *settings, const QString &dataDir,
                             const QString &handlerOverride, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_origin(WebOrigin::fromUrl(target.url))
    , m_settings(settings)
    , m_handlerOverride(handlerOverride)
    , m_profile(openProfile(dataDir))
    , m_bridge(new CallCardBridge(this))
{
    connect(settings, &ConsoleSettings::changed, this,
            [this](ConsoleSettings::Key key) { onSettingChanged(int(key)); });
    m_installedHandlerOrigin = handlerOrigin();
}

PortalSession::~PortalSession() = default;

QWebEngineProfile *PortalSession::openProfile(const QString &dataDir)
{
    const QString key = profileKey(m_target);
    // An older version kept one profile, for the configured portal, in web/storage: that portal
    // keeps its login.
    if (!m_target.demo && m_origin.contains(m_settings->portalUrl()))
        LegacyWebProfile::adopt(dataDir, key);
    return PortalProfile::create(dataDir, this, key);
}

QString PortalSession::profileKey(const Target &target)
{
    if (target.demo)
        return u"demo"_s; // the demo's ports may change between runs; its login need not
    const WebOrigin origin = WebOrigin::fromUrl(target.url);
    QString key = origin.authority();
    key.replace(u':', u'_').remove(u'[').remove(u']');
    return origin.isSecure() ? key : u"http-"_s + key;
}

void PortalSession::setUrl(const QUrl &url)
{
    if (WebOrigin::fromUrl(url) != m_origin) {
        qCWarning(lcApp) << "not a page of this portal:" << url.toString(QUrl::RemoveQuery);
        return;
    }
    m_target.url = url;
    emit urlChanged(url);
}

QString PortalSession::handlerOrigin() const
{
    if (!m_handlerOverride.isEmpty())
        return m_handlerOverride;
    // The stored choice is for the configured portal; the demo has its own built-in app.
    return m_target.demo ? QString() : m_settings->handlerOrigin();
}

BridgeConfig PortalSession::bridgeConfig() const
{
    return BridgeConfig{m_origin, WebOrigin::parse(handlerOrigin()).origin};
}

OAuthSettings PortalSession::oauthSettings() const
{
    OAuthSettings settings = m_target.demo ? m_target.builtInOAuth : m_settings->oauthSettings();
    settings.setPortalUrl(m_target.url);
    return settings;
}

QStringList PortalSession::trustedHosts() const
{
    return {u"bitrix24.net"_s, u"bitrix.info"_s, u"bitrix24.tech"_s};
}

void PortalSession::setNavigationHook(PortalWebPage::NavigationHook hook)
{
    m_hook = std::move(hook);
}

void PortalSession::preparePage(PortalWebPage *page)
{
    page->setPortalUrl(m_target.url);
    page->setTrustedHosts(trustedHosts());
    page->setNavigationHook(
        [this](const QUrl &url, bool mainFrame) { return m_hook && m_hook(url, mainFrame); });
    m_installedHandlerOrigin = handlerOrigin();
    m_bridge->install(page, bridgeConfig());
}

void PortalSession::notifyPageLoaded(const QUrl &url, bool ok)
{
    if (ok && m_origin.contains(url))
        emit portalLoaded();
}

void PortalSession::onSettingChanged(int key)
{
    switch (ConsoleSettings::Key(key)) {
    case ConsoleSettings::Key::HandlerOrigin:
        if (handlerOrigin() != m_installedHandlerOrigin) {
            qCInfo(lcApp) << "handler origin changed to" << handlerOrigin();
            emit pageSetupChanged();
        }
        break;
    case ConsoleSettings::Key::OAuth:
        if (!m_target.demo)
            emit oauthSettingsChanged();
        break;
    default:
        break;
    }
}

} // namespace opc
