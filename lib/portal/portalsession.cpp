#include "portalsession.h"

#include "bridge/callcardbridge.h"
#include "bridge/portalprofile.h"
#include "config/consolesettings.h"
#include "events/callcardstate.h"
#include "externalopener.h"
#include "legacywebprofile.h"
#include "portalpreferences.h"
#include "portaltrust.h"
#include "protocol/logging.h"

#include <QWebEngineLoadingInfo>
#include <QWebEngineNotification>
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
    , m_preferences(std::make_unique<PortalPreferences>(settings->fileName(), profileKey(target)))
    , m_trust(new PortalTrust(m_origin, m_preferences.get(), this))
    , m_callCard(new CallCardState(this))
    , m_opener(new ExternalOpener(this))
{
    connect(settings, &ConsoleSettings::changed, this,
            [this](ConsoleSettings::Key key) { onSettingChanged(int(key)); });
    connect(m_bridge, &CallCardBridge::eventReceived, m_callCard, &CallCardState::record);
    m_installedHandlerOrigin = handlerOrigin();
    m_profile->setNotificationPresenter([this](std::unique_ptr<QWebEngineNotification> notification) {
        // Only the portal can have been allowed to notify; anything else is dropped all the same.
        if (!m_origin.contains(notification->origin()))
            return;
        notification->show();
        emit webNotification(notification->title(), notification->message());
    });
}

PortalSession::~PortalSession()
{
    m_profile->setNotificationPresenter({});
}

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

void PortalSession::prepareAnyPage(PortalWebPage *page)
{
    page->setPortalUrl(m_target.url);
    page->setTrustedHosts(trustedHosts());
    page->setNavigationHook(
        [this](const QUrl &url, bool mainFrame) { return m_hook && m_hook(url, mainFrame); });
    // A page prepared again (new handler origin) keeps its one set of connections.
    disconnect(page, &PortalWebPage::externalLinkRequested, m_opener, nullptr);
    connect(page, &PortalWebPage::externalLinkRequested, m_opener, &ExternalOpener::open);
    m_trust->watch(page);
}

void PortalSession::preparePage(PortalWebPage *page)
{
    prepareAnyPage(page);
    m_installedHandlerOrigin = handlerOrigin();
    m_bridge->install(page, bridgeConfig());
    // The call card lives in the page's document: a fresh page, or a new document in it, has none.
    m_callCard->reset();
    disconnect(page, &QWebEnginePage::loadingChanged, m_callCard, nullptr);
    connect(page, &QWebEnginePage::loadingChanged, m_callCard,
            [card = m_callCard](const QWebEngineLoadingInfo &info) {
                if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus)
                    card->documentLoading();
                else if (info.status() != QWebEngineLoadingInfo::LoadStoppedStatus)
                    card->documentReplaced();
            });
}

void PortalSession::preparePopupPage(PortalWebPage *page)
{
    prepareAnyPage(page);
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
