#pragma once

#include "auth/oauthsettings.h"
#include "bridge/bridgeconfig.h"
#include "bridge/portalwebpage.h"
#include "protocol/weborigin.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QWebEngineProfile;

namespace opc {

class CallCardBridge;
class CallCardState;
class ConsoleSettings;
class ExternalOpener;
class PortalPreferences;
class PortalTrust;

// Everything that belongs to one portal, and the one place where its parts meet: the address
// (and whether it is the built-in demo), the telephony app's handler origin, the bridge and its
// configuration, the OAuth settings, the hosts that may open inside the console, and the browser
// profile that keeps the portal's login. Several sessions can exist at once: each has its own
// profile under <dataDir>/web/<portal>/ (a portal's pages share localStorage, and the portal
// allows one external call card per profile, bitrix24-protocol.md §10.3). The configured portal
// adopts the single profile of older versions (LegacyWebProfile).
//
// A view shows the session: it creates pages on profile(), hands each to preparePage() (pop-up
// windows to preparePopupPage()) and reports loads with notifyPageLoaded(). The session follows
// the settings it depends on. Per portal it also keeps the operator's choices (preferences()), the
// permission and certificate rules (trust()), whether a call card is open (callCard()), and the
// bounded opener for links that leave the console (externalOpener()); the portal's web
// notifications come out as webNotification().
class PortalSession : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QUrl url; // the page to open first (path and query kept)
        bool demo = false; // the built-in demo portal
        // The demo is provisioned like a real desktop: its OAuth application and (loopback-only,
        // not secret) client secret come with it. Empty for a real portal.
        OAuthSettings builtInOAuth;
        QString builtInClientSecret;
    };

    // `handlerOverride`: --handler-origin, for this run only; it wins over the stored setting.
    PortalSession(const Target &target, ConsoleSettings *settings, const QString &dataDir,
                  const QString &handlerOverride = {}, QObject *parent = nullptr);
    ~PortalSession() override;

    QUrl url() const { return m_target.url; }
    // Another page of the same portal (same origin); the view navigates there.
    void setUrl(const QUrl &url);
    bool isDemo() const { return m_target.demo; }
    const WebOrigin &origin() const { return m_origin; }

    // The telephony app whose worker frame the console listens to; empty for any.
    QString handlerOrigin() const;
    BridgeConfig bridgeConfig() const;
    // Keyed by the portal's origin. For a real portal, from the settings; for the demo, its own.
    OAuthSettings oauthSettings() const;
    QString builtInClientSecret() const { return m_target.builtInClientSecret; }
    // Besides the portal, hosts that may open inside the console (Bitrix24's sign-in pages).
    QStringList trustedHosts() const;

    QWebEngineProfile *profile() const { return m_profile; }
    CallCardBridge *bridge() const { return m_bridge; }
    PortalPreferences *preferences() const { return m_preferences.get(); }
    PortalTrust *trust() const { return m_trust; }
    CallCardState *callCard() const { return m_callCard; }
    ExternalOpener *externalOpener() const { return m_opener; }

    // Every page sees this first (the sign-in flow catches its redirect here).
    void setNavigationHook(PortalWebPage::NavigationHook hook);
    // Makes `page` this portal's: its address, trusted hosts, navigation hook, permission and
    // certificate rules, external links, and the bridge.
    void preparePage(PortalWebPage *page);
    // The same for a pop-up window on the portal, without the bridge (the main page keeps it).
    void preparePopupPage(PortalWebPage *page);
    // The view's page finished loading `url`.
    void notifyPageLoaded(const QUrl &url, bool ok);

    // The profile's folder name under <dataDir>/web for this target.
    static QString profileKey(const Target &target);

signals:
    // The page must be prepared again and reloaded (e.g. the handler origin changed).
    void pageSetupChanged();
    void urlChanged(const QUrl &url);
    void oauthSettingsChanged();
    // A page of the portal itself loaded (not the sign-in host, not an error page).
    void portalLoaded();
    // A web notification from the portal's own origin (it needs the operator's permission).
    void webNotification(const QString &title, const QString &message);

private:
    QWebEngineProfile *openProfile(const QString &dataDir);
    void onSettingChanged(int key);
    void prepareAnyPage(PortalWebPage *page);

    Target m_target;
    WebOrigin m_origin;
    ConsoleSettings *m_settings;
    QString m_handlerOverride;
    QWebEngineProfile *m_profile;
    CallCardBridge *m_bridge;
    std::unique_ptr<PortalPreferences> m_preferences;
    PortalTrust *m_trust;
    CallCardState *m_callCard;
    ExternalOpener *m_opener;
    PortalWebPage::NavigationHook m_hook;
    QString m_installedHandlerOrigin;
};

} // namespace opc
