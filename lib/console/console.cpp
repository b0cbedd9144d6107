#include "console.h"

#include "auth/authsession.h"
#include "auth/keychaintokenstore.h"
#include "auth/restclient.h"
#include "auth/userdirectory.h"
#include "bridge/callcardbridge.h"
#include "config/consolesettings.h"
#include "events/eventrecorder.h"
#include "events/targetnameresolver.h"
#include "portal/portalsession.h"
#include "portal/portaltrial.h"
#include "protocol/logging.h"
#include "store/eventlogmodel.h"
#include "store/retentionpruner.h"
#include "traynotifier.h"

#if OPC_WITH_DEMO
#include "demo/demooauthservice.h"
#include "demo/demoportalserver.h"
#endif

#include <QNetworkAccessManager>

#include <utility>

using namespace Qt::StringLiterals;

namespace opc {

struct Console::Demo
{
#if OPC_WITH_DEMO
    std::unique_ptr<DemoPortalServer> server;
    std::unique_ptr<DemoOAuthService> oauth;
#endif
};

Console::Console(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(new ConsoleSettings(options.dataDir, this))
    , m_store(new EventStore(this))
    , m_opened(m_store->open(options.dataDir))
    , m_network(new QNetworkAccessManager(this))
    , m_tokenStore(options.tokenStore ? options.tokenStore : new KeychainTokenStore(m_network))
    , m_auth(new AuthSession(m_tokenStore, m_network, this))
    , m_rest(new RestClient(m_auth, m_network, this))
    , m_directory(new UserDirectory(m_rest, EventStore::databasePath(options.dataDir), this))
    , m_model(new EventLogModel(m_store, this))
    , m_recorder(new EventRecorder(m_store, this))
    , m_names(new TargetNameResolver(m_store, m_directory, this))
    , m_pruner(new RetentionPruner(EventStore::databasePath(options.dataDir), this))
    , m_tray(new TrayNotifier(this))
    , m_demo(std::make_unique<Demo>())
{
    if (!m_tokenStore->parent())
        m_tokenStore->setParent(this);
    m_pruner->setRetentionDays(m_settings->retentionDays());
    m_tray->setEnabled(m_settings->notifyTransfers());
    connect(m_settings, &ConsoleSettings::changed, this,
            [this](ConsoleSettings::Key key) { onSettingChanged(int(key)); });

    connect(m_recorder, &EventRecorder::recorded, this, [](const CallCardEvent &event, bool) {
        qCInfo(lcApp).noquote() << "event shown in panel:" << event.eventName() << "id" << event.id;
    });
    connect(m_recorder, &EventRecorder::transferRecorded, m_names, &TargetNameResolver::resolve);
    connect(m_recorder, &EventRecorder::transferRecorded, m_tray, &TrayNotifier::notifyTransfer);
    connect(m_auth, &AuthSession::stateChanged, this, [this](AuthSession::State state) {
        if (state == AuthSession::State::SignedIn)
            m_directory->resolveCurrentUser();
    });
}

Console::~Console()
{
    // Pages go before their profile (a view has already dropped them), the session before the
    // demo portal it shows.
    cancelTrial();
    delete m_session;
    m_session = nullptr;
}

void Console::onSettingChanged(int key)
{
    switch (ConsoleSettings::Key(key)) {
    case ConsoleSettings::Key::RetentionDays:
        m_pruner->setRetentionDays(m_settings->retentionDays());
        break;
    case ConsoleSettings::Key::NotifyTransfers:
        m_tray->setEnabled(m_settings->notifyTransfers());
        break;
    default:
        break;
    }
}

PortalSession *Console::openPortal(const QUrl &url, bool remember)
{
    // Whatever opens a portal now (a second launch, the demo) wins over a trial still loading: it
    // must not replace this choice later, nor share a profile folder with it.
    cancelTrial();
    if (m_session && !m_session->isDemo() && m_session->origin() == WebOrigin::fromUrl(url)) {
        m_session->setUrl(url);
    } else {
        qCInfo(lcApp) << "opening portal" << url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        // Before remembering `url`: the new session adopts an older version's profile only if it
        // is the portal configured until now (LegacyWebProfile).
        setSession(
            new PortalSession({url, false, {}, {}}, m_settings, dataDir(), m_options.handlerOrigin, this));
    }
    if (remember)
        m_settings->setPortalUrl(url);
    return m_session;
}

PortalTrial *Console::tryPortal(const QUrl &url)
{
    cancelTrial();
    if (m_session && !m_session->isDemo() && m_session->origin() == WebOrigin::fromUrl(url)) {
        openPortal(url, true);
        return nullptr;
    }
    m_trial = new PortalTrial(
        new PortalSession({url, false, {}, {}}, m_settings, dataDir(), m_options.handlerOrigin), this);
    connect(m_trial, &PortalTrial::finished, this, [this](bool ok) {
        if (ok)
            adoptTrial();
    });
    return m_trial;
}

void Console::adoptTrial()
{
    if (!m_trial)
        return;
    PortalTrial *trial = std::exchange(m_trial, nullptr);
    const QUrl url = trial->url();
    qCInfo(lcApp) << "switching to portal" << url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    PortalSession *session = trial->takeSession();
    session->setParent(this);
    trial->deleteLater(); // it may be emitting finished()
    setSession(session);
    m_settings->setPortalUrl(url);
    emit portalSwitched(url);
}

void Console::cancelTrial()
{
    if (!m_trial)
        return;
    PortalTrial *trial = std::exchange(m_trial, nullptr);
    trial->disconnect(this);
    // The profile of a session never shown goes now, before another one may open on its folder.
    delete trial;
}

bool Console::hasDemo()
{
    return OPC_WITH_DEMO;
}

DemoPortalServer *Console::demoServer() const
{
#if OPC_WITH_DEMO
    return m_demo->server.get();
#else
    return nullptr;
#endif
}

DemoOAuthService *Console::demoOAuth() const
{
#if OPC_WITH_DEMO
    return m_demo->oauth.get();
#else
    return nullptr;
#endif
}

PortalSession *Console::openDemo(QString *error)
{
    cancelTrial(); // as in openPortal
#if OPC_WITH_DEMO
    if (!m_demo->server) {
        DemoPortalOptions options;
        options.preferredPortalPort = m_settings->demoPortalPort();
        options.preferredHandlerPort = m_settings->demoHandlerPort();
        auto server = std::make_unique<DemoPortalServer>(options);
        QString why;
        if (!server->start(&why)) {
            if (error)
                *error = tr("The demo portal could not start: %1").arg(why);
            return nullptr;
        }
        m_settings->setDemoPorts(server->portalUrl().port(), QUrl(server->handlerOrigin()).port());
        m_demo->oauth = std::make_unique<DemoOAuthService>(server.get());
        m_demo->server = std::move(server);
    }
    if (m_session && m_session->isDemo())
        return m_session;
    qCInfo(lcApp) << "opening the demo portal";
    const PortalSession::Target target{m_demo->server->portalUrl(), true, m_demo->oauth->settings(),
                                       DemoOAuthService::clientSecret()};
    setSession(new PortalSession(target, m_settings, dataDir(), m_options.handlerOrigin, this));
    return m_session;
#else
    if (error)
        *error = tr("This build of the console has no demo portal.");
    return nullptr;
#endif
}

Console::StartOutcome Console::openStartPortal(const QUrl &url, bool demo, QString *error)
{
    if (url.isValid() && !url.isEmpty()) {
        openPortal(url, true);
        return StartOutcome::Opened;
    }
    const QUrl saved = m_settings->portalUrl();
    if (!demo && saved.isValid() && !saved.isEmpty()) {
        openPortal(saved, false);
        return StartOutcome::Opened;
    }
    if (!hasDemo())
        return StartOutcome::NeedsPortalAddress;
    return openDemo(error) ? StartOutcome::Opened : StartOutcome::Failed;
}

void Console::setSession(PortalSession *session)
{
    PortalSession *previous = m_session;
    m_session = session;
    connect(session->bridge(), &CallCardBridge::eventReceived, m_recorder, &EventRecorder::record);
    connect(session, &PortalSession::portalLoaded, m_auth, &AuthSession::portalLoaded);
    connect(session, &PortalSession::oauthSettingsChanged, this, &Console::applyAccountSettings);
    connect(session, &PortalSession::webNotification, m_tray, &TrayNotifier::notifyPortal);
    session->setNavigationHook(
        [auth = m_auth](const QUrl &url, bool) { return auth->handleNavigation(url); });
    applyAccountSettings();
    emit sessionChanged(session, previous);
    delete previous;
}

void Console::applyAccountSettings()
{
    if (!m_session)
        return;
    m_directory->clearMemoryCache();
    m_directory->setPortalKey(m_session->origin().authority());
    // Empty for a real portal: its secret is read from the keychain.
    m_auth->oauthClient()->setClientSecret(m_session->builtInClientSecret());
    m_auth->setSettings(m_session->oauthSettings());
    m_auth->restore();
}

} // namespace opc
